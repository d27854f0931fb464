// parse_section_label and nested_section: the one normalisation of section numbers every reader
// uses, so "12.3" means the same whether typed into a text file or numbered by Word.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "readers/section_label.hpp"

using pactum::host::nested_section;
using pactum::host::parse_section_label;
using pactum::host::SectionLabel;

namespace {

SectionLabel label(std::string_view text) {
  const std::optional<SectionLabel> parsed = parse_section_label(text);
  EXPECT_TRUE(parsed.has_value()) << text;
  return parsed.value_or(SectionLabel{});
}

TEST(SectionLabel, DottedNumbersGiveDepthAndDropTheTrailingDot) {
  EXPECT_EQ(label("12.3 Fees").number, "12.3");
  EXPECT_EQ(label("12.3 Fees").depth, 2);
  EXPECT_EQ(label("12.3. Fees").number, "12.3");
  EXPECT_EQ(label("1. DEFINITIONS").number, "1");
  EXPECT_EQ(label("1. DEFINITIONS").depth, 1);
  EXPECT_EQ(label("1.2.3.4 Deep").depth, 4);
  EXPECT_EQ(label("1) Scope").number, "1");
}

TEST(SectionLabel, LengthCoversTheLabelItsPunctuationAndBlanks) {
  EXPECT_EQ(label("12.3 Fees").length, 5U);
  EXPECT_EQ(label("1.   TERM").length, 5U);
  EXPECT_EQ(label("(a) the Client").length, 4U);
  EXPECT_EQ(label("Section 2.1 Term.").length, 12U);
}

TEST(SectionLabel, KeywordsArticleSectionClauseAndParagraphSign) {
  EXPECT_EQ(label("Article 5").number, "5");
  EXPECT_TRUE(label("Article 5").keyword);
  EXPECT_EQ(label("ARTICLE V").number, "5");
  EXPECT_EQ(label("ARTICLE XIV - MISCELLANEOUS").number, "14");
  EXPECT_EQ(label("ARTICLE 5 \xE2\x80\x93 TERM").number, "5");
  EXPECT_EQ(label("Section 2.1 Term.").number, "2.1");
  EXPECT_EQ(label("Section 2.1 Term.").depth, 2);
  EXPECT_EQ(label("Clause 7: Liability").number, "7");
  EXPECT_EQ(label("\xC2\xA7 5 Fees").number, "5");
  EXPECT_EQ(label("\xC2\xA7"
                  "5 Fees")
                .number,
            "5");
}

TEST(SectionLabel, ParenthesisedLettersAndRomanNumeralsHaveDepthZero) {
  EXPECT_EQ(label("(a) the Client").number, "a");
  EXPECT_EQ(label("(a) the Client").depth, 0);
  EXPECT_EQ(label("(A) the Client").number, "a");
  EXPECT_EQ(label("(iv) fourth").number, "iv");
  EXPECT_EQ(label("(iv) fourth").depth, 0);
  EXPECT_EQ(label("(3) third").number, "3");
  EXPECT_EQ(label("(3) third").depth, 0);
  EXPECT_EQ(label("a) first").number, "a");
  EXPECT_EQ(label("b. second").number, "b");
}

TEST(SectionLabel, RefusesWhatOnlyLooksLikeANumber) {
  EXPECT_FALSE(parse_section_label("1,000 units"));
  EXPECT_FALSE(parse_section_label("2024. The year"));
  EXPECT_FALSE(parse_section_label("30 days after"));
  EXPECT_FALSE(parse_section_label("A party may"));
  EXPECT_FALSE(parse_section_label("I. Introduction"));
  EXPECT_FALSE(parse_section_label("Section 5 of this Agreement"));
  EXPECT_FALSE(parse_section_label("Sections 5 and 6"));
  EXPECT_FALSE(parse_section_label("Articles of association"));
  EXPECT_FALSE(parse_section_label("(abc) not a numeral"));
  EXPECT_FALSE(parse_section_label("(a)b"));
  EXPECT_FALSE(parse_section_label(""));
  EXPECT_FALSE(parse_section_label("1.2.3.4.5.6.7 too deep"));
}

TEST(SectionLabel, ALabelAloneIsALabel) {
  EXPECT_EQ(label("ARTICLE V").length, 9U);
  EXPECT_EQ(label("12.3").number, "12.3");
}

TEST(SectionLabel, NestedSectionPutsLettersUnderTheEnclosingSection) {
  EXPECT_EQ(nested_section("12.3", label("(a) x")), "12.3(a)");
  EXPECT_EQ(nested_section("12.3(a)", label("(iv) x")), "12.3(a)(iv)");
  EXPECT_EQ(nested_section("12.3", label("12.4 x")), "12.4");
  EXPECT_EQ(nested_section("", label("(a) x")), "a");
}

TEST(SectionLabel, HostileInputIsRefusedQuickly) {
  const std::string letters(1 << 20, 'x');
  EXPECT_FALSE(parse_section_label("Article " + letters));
  EXPECT_FALSE(parse_section_label(std::string(1 << 20, '1')));
  EXPECT_FALSE(parse_section_label("(" + letters));
}

} // namespace
