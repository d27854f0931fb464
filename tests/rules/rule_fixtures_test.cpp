// Every rule of the in-tree plugins against agreements written as a lawyer would write them: for
// each rule id a folder tests/fixtures/<plugin>/<rule-id>/ holds fires.txt, where the rule must
// fail, and silent.txt, where it must pass. The real program checks each file (text reader, clause
// detection, rules), and the test reads the rule's outcome from the JSON report. Folders are found
// when the tests are listed, so a new rule's folder is picked up without touching this file.
// Rules that judge knowledge-transfer plans have fires.yaml and silent.yaml instead: tracking
// copies of a plan (docs/kt-plans.md), which `pactum check` reads as a kt_plan Document.
//
// A folder may hold expected.txt to state another outcome for one of its files, with the reason,
// when the rule cannot reach fail or pass from text (each plugin's README.md there lists them):
//
//   # why, in a comment
//   fires: undetermined
//   silent: not_applicable
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/json_reader.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using pactum::test::Json;
using pactum::test::JsonReader;
using pactum::test::run_process;

namespace {

fs::path fixtures_root() {
  return fs::path(PACTUM_SOURCE_DIR) / "tests" / "fixtures";
}

// The in-tree plugins with fixtures, and the rule-id prefix each owns.
constexpr std::pair<std::string_view, std::string_view> plugins[] = {
    {"core", "core-"}, {"eu-gdpr", "gdpr-"}, {"uk-gdpr", "ukgdpr-"}};

// The rule-id folders of one plugin, sorted. Empty when the folder is missing (the coverage test
// says so).
std::vector<std::string> rule_folders(std::string_view plugin) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(fixtures_root() / plugin, ec)) {
    if (entry.is_directory()) {
      ids.push_back(entry.path().filename().string());
    }
  }
  std::ranges::sort(ids);
  return ids;
}

// "plugin/rule-id" for every rule folder of every plugin.
std::vector<std::string> all_rule_folders() {
  std::vector<std::string> all;
  for (const auto& [plugin, prefix] : plugins) {
    for (const std::string& rule : rule_folders(plugin)) {
      all.push_back(std::string(plugin) + "/" + rule);
    }
  }
  return all;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// --- What each file should give ------------------------------------------------------------

const std::set<std::string>& statuses() {
  static const std::set<std::string> all = {"fail", "pass", "not_applicable", "undetermined",
                                            "waived"};
  return all;
}

struct Expected {
  std::string fires = "fail";
  std::string silent = "pass";
  std::string note; // the comment lines of expected.txt
  std::string problem;
};

Expected expected_for(const std::string& folder) {
  Expected expected;
  const fs::path file = fixtures_root() / folder / "expected.txt";
  if (!fs::exists(file)) {
    return expected;
  }
  std::istringstream in(slurp(file));
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty()) {
      continue;
    }
    if (line.front() == '#') {
      expected.note +=
          (expected.note.empty() ? "" : " ") + line.substr(line.find_first_not_of("# "));
      continue;
    }
    const auto colon = line.find(':');
    const std::string key = line.substr(0, colon);
    std::string value = colon == std::string::npos ? "" : line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    value.erase(value.find_last_not_of(' ') + 1);
    if ((key != "fires" && key != "silent") || !statuses().contains(value)) {
      expected.problem =
          file.string() + ": expected 'fires: STATUS' or 'silent: STATUS', got '" + line + "'";
      return expected;
    }
    (key == "fires" ? expected.fires : expected.silent) = value;
  }
  return expected;
}

// Runs `pactum check` on one file and returns the outcome the report gives `rule`, or a message
// starting with "error:" saying why there is none.
std::string outcome_of(const std::string& rule, const fs::path& file, std::string& reason) {
  const auto r = run_process(
      {PACTUM_EXE, "check", file.string(), "--format", "json", "--as-of", "2027-01-01"});
  // 0: no finding at or above --fail-on (error); 1: some. Anything else is a failed run.
  if (r.status != 0 && r.status != 1) {
    return "error: pactum check exited with " + std::to_string(r.status) + ": " + r.err;
  }
  JsonReader reader(r.out);
  const std::optional<Json> report = reader.read();
  if (!report) {
    return "error: the report is not JSON (" + reader.error() + ")";
  }
  const Json* agreements = report->member("agreements");
  if (agreements == nullptr || agreements->items.size() != 1) {
    return "error: the report does not hold exactly one agreement";
  }
  const Json& agreement = agreements->items.front();
  if (const Json* error = agreement.member("error")) {
    return "error: the agreement has an error: " + error->text;
  }
  const Json* outcomes = agreement.member("outcomes");
  if (outcomes == nullptr) {
    return "error: the agreement has no outcomes";
  }
  for (const Json& outcome : outcomes->items) {
    const Json* id = outcome.member("rule");
    const Json* status = outcome.member("status");
    if (id != nullptr && status != nullptr && id->text == rule) {
      if (const Json* why = outcome.member("reason")) {
        reason = why->text;
      }
      if (const Json* findings = agreement.member("findings")) {
        for (const Json& finding : findings->items) {
          const Json* fid = finding.member("rule");
          const Json* message = finding.member("message");
          if (fid != nullptr && fid->text == rule && message != nullptr) {
            reason += (reason.empty() ? "" : "; ") + message->text;
          }
        }
      }
      return status->text;
    }
  }
  return "error: the report has no outcome for " + rule;
}

class RuleFixtures : public ::testing::TestWithParam<std::string> {
protected:
  void check(const char* file_name, const std::string& want) {
    const std::string& folder = GetParam();
    const std::string rule = folder.substr(folder.find('/') + 1);
    const Expected expected = expected_for(folder);
    ASSERT_TRUE(expected.problem.empty()) << expected.problem;
    // A rule that judges KT plans has a plan's tracking copy (fires.yaml) instead of a text.
    fs::path file = fixtures_root() / folder / (std::string(want) + ".txt");
    if (!fs::is_regular_file(file)) {
      file.replace_extension(".yaml");
    }
    ASSERT_TRUE(fs::is_regular_file(file))
        << rule << " has no " << file_name
        << ": every rule folder needs fires.txt and silent.txt (or fires.yaml and silent.yaml)";
    const std::string& wanted = want == "fires" ? expected.fires : expected.silent;
    std::string reason;
    const std::string got = outcome_of(rule, file, reason);
    ASSERT_FALSE(got.starts_with("error:")) << file << ": " << got;
    EXPECT_EQ(got, wanted) << file << ": " << rule << " gave " << got
                           << (reason.empty() ? "" : " (" + reason + ")")
                           << (expected.note.empty() ? "" : "\nexpected.txt: " + expected.note);
  }
};

TEST_P(RuleFixtures, FiresOnItsFixture) {
  check("fires.txt", "fires");
}

TEST_P(RuleFixtures, StaysSilentOnItsFixture) {
  check("silent.txt", "silent");
}

INSTANTIATE_TEST_SUITE_P(, RuleFixtures, ::testing::ValuesIn(all_rule_folders()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::ranges::replace(name, '-', '_');
                           std::ranges::replace(name, '/', '_');
                           return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(RuleFixtures);

// Every rule of an in-tree plugin documented in docs/rules/ has its folder, and every folder is
// such a rule.
TEST(RuleFixtureFolders, MatchThePluginsRules) {
  for (const auto& [plugin, prefix] : plugins) {
    std::vector<std::string> documented;
    for (const auto& entry :
         fs::directory_iterator(fs::path(PACTUM_SOURCE_DIR) / "docs" / "rules")) {
      const std::string name = entry.path().filename().string();
      if (name.starts_with(prefix) && entry.path().extension() == ".md") {
        documented.push_back(entry.path().stem().string());
      }
    }
    std::ranges::sort(documented);
    ASSERT_FALSE(documented.empty()) << plugin;
    EXPECT_EQ(rule_folders(plugin), documented)
        << "tests/fixtures/" << plugin << "/ needs one folder per rule, named by its id";
  }
}

} // namespace
