// One rule pack shared by two plugins: `${name}` placeholders filled per plugin, and a placeholder
// with no value is an error that names the pack and the line, never text in a report.
#include <gtest/gtest.h>

#include "pactum/error.hpp"
#include "pactum/plugin/pack_parameters.hpp"

TEST(PackParameters, FillsEveryPlaceholderAndKeepsTheLines) {
  const std::string out = pactum::with_pack_parameters(
      "art28.yaml", "- id: ${prefix}-art28\n  source: ${law} Art. 28 ($ and {} stay)\n",
      {{"prefix", "ukgdpr"}, {"law", "UK GDPR"}});
  EXPECT_EQ(out, "- id: ukgdpr-art28\n  source: UK GDPR Art. 28 ($ and {} stay)\n");
}

TEST(PackParameters, APlaceholderWithoutAValueIsALocatedError) {
  try {
    (void)pactum::with_pack_parameters("art28.yaml", "rules:\n  - id: ${prefx}-x\n",
                                       {{"prefix", "gdpr"}});
    FAIL() << "no error";
  } catch (const pactum::Error& e) {
    EXPECT_STREQ(e.what(), "art28.yaml:2: error: no value for pack parameter '${prefx}'");
  }
  EXPECT_THROW((void)pactum::with_pack_parameters("p", "${unclosed", {{"unclosed", "x"}}),
               pactum::Error);
  EXPECT_THROW((void)pactum::with_pack_parameters("p", "${a}", {{"a", "two\nlines"}}),
               pactum::Error);
}
