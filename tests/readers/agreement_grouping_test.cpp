#include "readers/agreement_grouping.hpp"

#include <gtest/gtest.h>

#include "pactum/error.hpp"

namespace pactum::host {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ids(const std::vector<InputGroup>& groups) {
  std::vector<std::string> out;
  for (const InputGroup& group : groups) {
    out.push_back(group.id + ":" + std::to_string(group.files.size()));
  }
  return out;
}

TEST(AgreementGrouping, EachFileIsItsOwnAgreementByDefault) {
  const std::vector<fs::path> files = {"in/a.docx", "in/b.txt", "other/c.md"};
  const auto groups = group_inputs(files, GroupBy::file, {}, {});
  EXPECT_EQ(ids(groups), (std::vector<std::string>{"in/a.docx:1", "in/b.txt:1", "other/c.md:1"}));
}

TEST(AgreementGrouping, GroupByDirJoinsAFoldersFilesInInputOrder) {
  const std::vector<fs::path> files = {"in/a.docx", "other/c.md", "in/b.txt"};
  const auto groups = group_inputs(files, GroupBy::dir, {}, {});
  ASSERT_EQ(ids(groups), (std::vector<std::string>{"in:2", "other:1"}));
  EXPECT_EQ(groups[0].files[1], fs::path("in/b.txt"));
}

TEST(AgreementGrouping, PlaybookGroupsMatchGlobsRelativeToThePlaybookFolder) {
  const std::vector<fs::path> files = {"/deals/x/msa.docx", "/deals/x/notes.txt",
                                       "/deals/y/schedule-1.docx", "/elsewhere/msa.docx"};
  const std::vector<AgreementGroupSpec> specs = {
      {"harbour", {"x/msa.docx", "y/schedule-*.docx"}, ".pactum.yaml:2:5"}};
  const auto groups = group_inputs(files, GroupBy::file, specs, "/deals");
  EXPECT_EQ(ids(groups), (std::vector<std::string>{"harbour:2", "/deals/x/notes.txt:1",
                                                   "/elsewhere/msa.docx:1"}));
}

TEST(AgreementGrouping, AFileInTwoGroupsJoinsTheFirst) {
  const std::vector<fs::path> files = {"/d/a.txt"};
  const std::vector<AgreementGroupSpec> specs = {{"one", {"*.txt"}, ""}, {"two", {"a.txt"}, ""}};
  EXPECT_EQ(ids(group_inputs(files, GroupBy::dir, specs, "/d")),
            (std::vector<std::string>{"one:1"}));
}

TEST(AgreementGrouping, PlaybookAgreementsAreParsedWithTheirOrigin) {
  const Playbook playbook = Playbook::parse(
      "agreements:\n  - id: harbour\n    files: [msa.docx, \"schedules/*\"]\n", ".pactum.yaml");
  ASSERT_EQ(playbook.agreements.size(), 1U);
  EXPECT_EQ(playbook.agreements[0].id, "harbour");
  EXPECT_EQ(playbook.agreements[0].files, (std::vector<std::string>{"msa.docx", "schedules/*"}));
  EXPECT_EQ(playbook.agreements[0].origin, ".pactum.yaml:2:5");
}

TEST(AgreementGrouping, PlaybookAgreementErrorsAreLocated) {
  const auto message = [](const char* yaml) {
    try {
      (void)Playbook::parse(yaml, ".pactum.yaml");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("agreements:\n  - id: a\n"),
            ".pactum.yaml:2:5: error: agreement group 'a' needs files: a list of paths or globs");
  EXPECT_EQ(message("agreements:\n  - {id: a, files: [x]}\n  - {id: a, files: [y]}\n"),
            ".pactum.yaml:3:10: error: agreement group 'a' is already defined at "
            ".pactum.yaml:2:5");
  EXPECT_EQ(message("agreements: {id: a}\n"),
            ".pactum.yaml:1:13: error: agreements is a list of {id, files: [paths or globs]}");
}

TEST(AgreementGrouping, GroupByParsesOnlyFileAndDir) {
  EXPECT_EQ(parse_group_by("dir"), GroupBy::dir);
  EXPECT_EQ(parse_group_by("file"), GroupBy::file);
  EXPECT_FALSE(parse_group_by("folder"));
}

} // namespace
} // namespace pactum::host
