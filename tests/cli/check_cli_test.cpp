// `pactum check` as reviewers run it: deal files and Agreement XML, real plugins, exit statuses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/run_process.hpp"
#include "support/scratch_folder.hpp"

namespace fs = std::filesystem;
using pactum::test::run_process;

namespace {

// Each test's files live in a folder of their own.
class Scratch : public pactum::test::ScratchFolder {
public:
  Scratch() : ScratchFolder("check") {}
};

std::string deal(const char* name) {
  return (fs::path(PACTUM_SOURCE_DIR) / "examples" / "deals" / name).string();
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

} // namespace

TEST(CheckCli, EveryExampleDealChecksWithoutErrorFindings) {
  const auto r = run_process({PACTUM_EXE, "check", deal("uk-retail-philippines.yaml"),
                              deal("dk-utility-poland.yaml"), deal("it-telecom-albania.yaml"),
                              deal("cn-platform-china.yaml")});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("4 agreement(s)"), std::string::npos) << r.out;
}

TEST(CheckCli, GeneratedXmlGivesTheSameOutcomesAsTheDeal) {
  Scratch scratch;
  const auto generated = run_process({PACTUM_EXE, "generate", deal("uk-retail-philippines.yaml"),
                                      "--format", "xml", "-o", scratch.path().string()});
  ASSERT_EQ(generated.status, 0) << generated.err;
  const auto from_deal = run_process({PACTUM_EXE, "check", deal("uk-retail-philippines.yaml"),
                                      "--format", "json", "--as-of", "2027-01-01"});
  const auto from_xml =
      run_process({PACTUM_EXE, "check", (scratch.path() / "agreement.xml").string(), "--format",
                   "json", "--as-of", "2027-01-01"});
  ASSERT_EQ(from_deal.status, from_xml.status) << from_deal.err << from_xml.err;
  // The outcomes blocks must be identical; inputs (paths, hashes) naturally differ.
  const auto outcomes = [](const std::string& json) {
    const auto begin = json.find("\"outcomes\"");
    const auto end = json.find("\"findings\"", begin);
    return json.substr(begin, end - begin);
  };
  ASSERT_NE(from_deal.out.find("\"outcomes\""), std::string::npos) << from_deal.out;
  EXPECT_EQ(outcomes(from_deal.out), outcomes(from_xml.out));
}

TEST(CheckCli, FindingsAtOrAboveFailOnGiveExitOne) {
  Scratch scratch;
  std::string text = slurp(deal("uk-retail-philippines.yaml"));
  const auto at = text.find("    notice: P90D"); // the convenience notice, not renewal_notice
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 16, "    notice: P12M");
  const fs::path mutated = scratch.write("long-notice.yaml", text);
  const auto warning_gate =
      run_process({PACTUM_EXE, "check", mutated.string(), "--fail-on", "warning"});
  EXPECT_EQ(warning_gate.status, 1) << warning_gate.out;
  EXPECT_NE(warning_gate.out.find("core-optout-notice"), std::string::npos) << warning_gate.out;
  const auto error_gate = run_process({PACTUM_EXE, "check", mutated.string()});
  EXPECT_EQ(error_gate.status, 0) << "a warning does not fail the default --fail-on error";
}

TEST(CheckCli, WaiversInTheDealAreReportedAsWaived) {
  Scratch scratch;
  std::string text = slurp(deal("uk-retail-philippines.yaml"));
  text.replace(text.find("    notice: P90D"), 16, "    notice: P12M");
  text += "waivers:\n  - {rule: core-optout-notice, reason: Board approved the long notice}\n";
  const fs::path mutated = scratch.write("waived.yaml", text);
  const auto r = run_process(
      {PACTUM_EXE, "check", mutated.string(), "--fail-on", "warning", "--format", "json"});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("Board approved the long notice"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"waived\": true"), std::string::npos);
}

TEST(CheckCli, ABadFileIsAnErrorEntryAndTheRestAreStillChecked) {
  Scratch scratch;
  const fs::path bad = scratch.write("broken.xml", "<agreement><unclosed></agreement>");
  const auto r = run_process(
      {PACTUM_EXE, "check", bad.string(), deal("uk-retail-philippines.yaml"), "--format", "json"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("broken.xml:1:"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.out.find("uk-retail-philippines"), std::string::npos) << "the good file was checked";
}

TEST(CheckCli, MissingAndUnsupportedInputsAreNamedErrorLines) {
  Scratch scratch;
  const fs::path sheet = scratch.write("prices.xlsx", "PK");
  const auto r = run_process({PACTUM_EXE, "check", sheet.string(), "/nonexistent/deal.yaml"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(sheet.string() + ": error: cannot read '.xlsx' files: this version reads "
                                        ".docx, .markdown, .md, .text, .txt, deal files"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("/nonexistent/deal.yaml: error: no such file or folder"), std::string::npos)
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2) << r.err;
}

TEST(CheckCli, PlaybookFileDisablesRulesAndChangesSeverity) {
  Scratch scratch;
  std::string text = slurp(deal("uk-retail-philippines.yaml"));
  text.replace(text.find("    notice: P90D"), 16, "    notice: P12M");
  const fs::path mutated = scratch.write("deal.yaml", text);
  scratch.write(".pactum.yaml", "severity: {core-optout-notice: error}\n");
  const auto found = run_process({PACTUM_EXE, "check", mutated.string()});
  EXPECT_EQ(found.status, 1) << "the .pactum.yaml beside the deal raised the severity\n"
                             << found.out;
  const fs::path off = scratch.write("off.yaml", "rules: [-core-optout-notice]\n");
  const auto disabled =
      run_process({PACTUM_EXE, "check", mutated.string(), "--playbook", off.string()});
  EXPECT_EQ(disabled.status, 0) << disabled.out;
  EXPECT_EQ(disabled.out.find("core-optout-notice"), std::string::npos);
}

TEST(CheckCli, RulesListAndExplain) {
  const auto list = run_process({PACTUM_EXE, "rules", "list", "--plugin", "core"});
  EXPECT_EQ(list.status, 0) << list.err;
  EXPECT_NE(list.out.find("core-pilot-missing"), std::string::npos) << list.out;
  const auto explain = run_process({PACTUM_EXE, "rules", "explain", "core-optout-notice"});
  EXPECT_EQ(explain.status, 0) << explain.err;
  EXPECT_NE(explain.out.find("## Source"), std::string::npos) << explain.out;
  const auto unknown = run_process({PACTUM_EXE, "rules", "explain", "core-nope"});
  EXPECT_EQ(unknown.status, 2);
}
