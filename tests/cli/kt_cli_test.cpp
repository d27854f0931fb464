// `pactum kt` as a KT lead runs it: the real deal, the real checklist, real files out; a bad
// tracking copy is a one-line located error with exit status 2, never a wrong status.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "support/run_process.hpp"
#include "support/scratch_folder.hpp"

namespace fs = std::filesystem;
using pactum::test::run_process;

namespace {

std::string deal(const char* name) {
  return (fs::path(PACTUM_SOURCE_DIR) / "examples" / "deals" / name).string();
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The UK example's tracking copy, generated into `folder`.
fs::path generated_copy(const pactum::test::ScratchFolder& folder) {
  const auto r = run_process({PACTUM_EXE, "kt", "generate", deal("uk-retail-philippines.yaml"),
                              "--format", "yaml", "-o", folder.path().string()});
  EXPECT_EQ(r.status, 0) << r.err;
  return folder.path() / "kt_plan.yaml";
}

} // namespace

TEST(KtCli, GenerateWritesEveryFormatAndNamesEachFile) {
  pactum::test::ScratchFolder out("kt");
  const auto r = run_process({PACTUM_EXE, "kt", "generate", deal("uk-retail-philippines.yaml"),
                              "--format", "yaml,csv,md,html,docx", "-o", out.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* name :
       {"kt_plan.yaml", "kt_plan.csv", "kt_plan.md", "kt_plan.html", "kt_plan.docx"}) {
    EXPECT_NE(r.out.find((out.path() / name).string()), std::string::npos) << name;
    EXPECT_GT(fs::file_size(out.path() / name), 1000U) << name;
  }
  const std::string csv = slurp(out.path() / "kt_plan.csv");
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFphase,no,id,kind,title,owner,due,offset,from,"));
  // An offset like -P90D would start a formula: it is kept as text.
  EXPECT_NE(csv.find("governance,1.1,kt-leads,kt.governance,"), std::string::npos);
  EXPECT_NE(csv.find(",'-P90D,go_live,"), std::string::npos);
  EXPECT_TRUE(slurp(out.path() / "kt_plan.docx").starts_with("PK"));
  const std::string md = slurp(out.path() / "kt_plan.md");
  EXPECT_NE(md.find("# Schedule 4 – Knowledge-Transfer Plan"), std::string::npos);
  EXPECT_NE(md.find("| No. | Task | Owner | Due | Evidence | Acceptance |"), std::string::npos);
  // No temporary files are left behind.
  for (const auto& entry : fs::directory_iterator(out.path())) {
    EXPECT_FALSE(entry.path().filename().string().starts_with(".")) << entry.path();
  }
}

TEST(KtCli, GenerateWritesOnePlanPerLanguage) {
  pactum::test::ScratchFolder out("kt");
  const auto r = run_process({PACTUM_EXE, "kt", "generate", deal("dk-utility-poland.yaml"),
                              "--lang", "da,en", "-o", out.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(slurp(out.path() / "kt_plan.da.yaml").find("language: da"), std::string::npos);
  EXPECT_NE(slurp(out.path() / "kt_plan.en.yaml").find("language: en"), std::string::npos);
  EXPECT_TRUE(fs::exists(out.path() / "kt_plan.da.md"));
}

TEST(KtCli, GenerateRefusesAnUnknownLanguageAndABadDealWritingNothing) {
  pactum::test::ScratchFolder out("kt", false);
  auto r = run_process({PACTUM_EXE, "kt", "generate", deal("uk-retail-philippines.yaml"), "--lang",
                        "fr", "-o", out.path().string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--lang fr: template cs-outsourcing has text in da, en, it, zh"),
            std::string::npos)
      << r.err;
  pactum::test::ScratchFolder in("kt-deal");
  std::string text = slurp(deal("uk-retail-philippines.yaml"));
  text = replaced(text, "go_live: 2027-03-01", "go_live: 2027-02-30");
  const fs::path bad = in.write("bad.yaml", text);
  r = run_process({PACTUM_EXE, "kt", "generate", bad.string(), "-o", out.path().string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(std::regex_search(r.err, std::regex("bad\\.yaml:[0-9]+:[0-9]+: error: "))) << r.err;
  EXPECT_FALSE(fs::exists(out.path()));
}

TEST(KtCli, StatusReportsATrackedCopyAsOfADate) {
  pactum::test::ScratchFolder out("kt");
  const fs::path copy = generated_copy(out);
  std::string text = slurp(copy);
  // The KT leads were named on time; the scope and RACI matrix is under way.
  text = replaced(text, "status: open\n        done_on: ~",
                  "status: done\n        done_on: 2026-11-28");
  text = replaced(text, "status: open", "status: in_progress");
  std::ofstream(copy, std::ios::binary) << text;
  auto r = run_process({PACTUM_EXE, "kt", "status", copy.string(), "--as-of", "2026-12-10"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Go-live: 2027-03-01 (in 81 days)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("scope-raci (governance, both): due 2026-12-06, 4 days late, in_progress"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("kt-leads (governance"), std::string::npos) << "done is not overdue";
  EXPECT_NE(r.out.find("Next gate: go-live-gate, due 2027-02-27 (in 79 days): not ready"),
            std::string::npos)
      << r.out;
  r = run_process(
      {PACTUM_EXE, "kt", "status", copy.string(), "--as-of", "2026-12-10", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"done\": 1"), std::string::npos) << r.out;
  const fs::path html = out.path() / "status.html";
  r = run_process({PACTUM_EXE, "kt", "status", copy.string(), "--as-of", "2026-12-10", "--format",
                   "html", "-o", html.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(slurp(html).starts_with("<!DOCTYPE html>"));
}

TEST(KtCli, ABadTrackedCopyIsAOneLineErrorWithExitStatus2) {
  pactum::test::ScratchFolder out("kt");
  const fs::path copy = generated_copy(out);
  const std::string text = slurp(copy);
  const auto status_of = [&](const std::string& edited) {
    const fs::path file = out.write("edited.yaml", edited);
    return run_process({PACTUM_EXE, "kt", "status", file.string(), "--as-of", "2027-01-01"});
  };
  auto r = status_of(replaced(text, "done_on: ~", "done_on: 2027-13-01"));
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(std::regex_match(
      r.err, std::regex(".*edited\\.yaml:[0-9]+:18: error: item kt-leads: done_on '2027-13-01' "
                        "is not a date \\(YYYY-MM-DD\\)\n")))
      << r.err;
  EXPECT_TRUE(r.out.empty());
  r = status_of(replaced(text, "- id: milestone-plan", "- id: milestone-plan-v2"));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("error: unknown item 'milestone-plan-v2'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: item 'milestone-plan' of phase 'governance' was removed"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 error(s); no status reported"), std::string::npos) << r.err;
  r = run_process({PACTUM_EXE, "kt", "status", deal("uk-retail-philippines.yaml")});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("not a KT plan tracking copy"), std::string::npos) << r.err;
  r = run_process({PACTUM_EXE, "kt", "status", copy.string(), "--as-of", "tomorrow"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--as-of 'tomorrow' is not a date"), std::string::npos) << r.err;
}

TEST(KtCli, CheckJudgesATrackedCopyWithTheKtPlanRulesOnly) {
  pactum::test::ScratchFolder out("kt");
  const fs::path copy = generated_copy(out);
  auto r = run_process({PACTUM_EXE, "check", copy.string(), "--as-of", "2027-01-01"});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("no findings"), std::string::npos) << r.out;
  const std::string text = slurp(copy);
  const auto at = text.find("  - id: exit\n");
  ASSERT_NE(at, std::string::npos);
  const fs::path cut = out.write("no-exit.yaml", text.substr(0, at));
  r = run_process({PACTUM_EXE, "check", cut.string(), "--as-of", "2027-01-01"});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("core-ktplan-reverse-missing"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("core-audit-missing"), std::string::npos) << "a plan is no MSA";
}

// A tracked plan is judged as its teams keep it: a gate moved past go-live or waived is no gate.
TEST(KtCli, CheckJudgesTheTrackedDatesAndLeavesWaivedItemsOut) {
  pactum::test::ScratchFolder out("kt");
  const std::string text = slurp(generated_copy(out));
  const auto check = [&](const std::string& edited) {
    const fs::path file = out.write("edited.yaml", edited);
    return run_process({PACTUM_EXE, "check", file.string(), "--as-of", "2027-01-01"});
  };
  const auto at = text.find("      - id: go-live-gate\n");
  ASSERT_NE(at, std::string::npos);
  std::string moved = text;
  moved.replace(moved.find("due: 2027-02-27", at), 15, "due: 2027-03-05");
  auto r = check(moved);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("core-ktplan-gate-missing"), std::string::npos) << r.out;
  std::string waived = text;
  waived.replace(waived.find("status: open", at), 12, "status: waived");
  r = check(waived);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("core-ktplan-gate-missing"), std::string::npos) << r.out;
}

// Schedule 4 read back from its Markdown is a KT plan, not a schedule of commercial terms; its
// items are not itemised from text, so the plan rules say they cannot decide.
TEST(KtCli, CheckReadsTheRenderedScheduleAsAKtPlan) {
  pactum::test::ScratchFolder out("kt");
  ASSERT_EQ(run_process({PACTUM_EXE, "kt", "generate", deal("uk-retail-philippines.yaml"),
                         "--format", "md", "-o", out.path().string()})
                .status,
            0);
  const auto r = run_process(
      {PACTUM_EXE, "check", (out.path() / "kt_plan.md").string(), "--as-of", "2027-01-01"});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("core-audit-missing"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("undetermined  core-ktplan-gate-missing: the KT plan's items were not read"),
            std::string::npos)
      << r.out;
}
