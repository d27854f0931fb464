// A tracking copy is what teams fill in, so it must read back exactly what was written, and
// every mistake in it (an unknown item, a bad date, an item removed) must be a one-line error at
// its file:line:column rather than a status that quietly counts the wrong items.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "pactum/error.hpp"
#include "templates/kt_checklist.hpp"
#include "templates/kt_status.hpp"
#include "templates/kt_tracking_copy.hpp"
#include "test_template.hpp"

using namespace pactum;
using namespace pactum::host;

namespace {

const KtChecklist& shipped_checklist() {
  static const KtChecklist checklist = KtChecklist::load(
      std::filesystem::path(PACTUM_SOURCE_DIR) / "templates" / "kt-checklist" / "checklist.yaml",
      pactum::test::shipped_vocabulary());
  return checklist;
}

KtScope scope() {
  KtScope s;
  s.client = "Harbour & Finch Retail Ltd";
  s.client_country = "GB";
  s.provider = "Bayview Contact Solutions Inc.";
  s.go_live = "2027-03-01";
  s.pilot = "P90D";
  s.channels = {"voice", "chat"};
  s.languages = {"English"};
  s.contact_types = {"orders", "returns"};
  s.offshore_sites = {"PH"};
  s.personal_data = true;
  s.pilot_criteria = {{"service_level", "Service level", "0.80", "P4W"}};
  return s;
}

std::string copy_text() {
  return write_kt_tracking_copy(build_kt_plan(shipped_checklist(), scope(), "en"), scope(),
                                {"deal.yaml", "pactum test"});
}

std::string read_error(const std::string& yaml) {
  try {
    (void)read_kt_tracking_copy(yaml, "plan.yaml");
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

// The copy with the first occurrence of `from` replaced.
std::string edited(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The line (1-based) on which `needle` first appears.
std::size_t line_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  return static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n')) + 1;
}

} // namespace

TEST(KtTrackingCopy, ReadsBackThePlanAndTheScopeItWasWrittenFrom) {
  const KtPlan plan = build_kt_plan(shipped_checklist(), scope(), "en");
  const std::string text = copy_text();
  EXPECT_TRUE(is_kt_tracking_copy(text));
  const KtTrackingCopy copy = read_kt_tracking_copy(text, "plan.yaml");
  EXPECT_EQ(copy.checklist, "kt-checklist");
  EXPECT_EQ(copy.language, "en");
  EXPECT_EQ(copy.deal, "deal.yaml");
  EXPECT_EQ(copy.scope.client, "Harbour & Finch Retail Ltd");
  EXPECT_EQ(copy.scope.channels, scope().channels);
  EXPECT_EQ(copy.scope.offshore_sites, scope().offshore_sites);
  EXPECT_TRUE(copy.scope.personal_data);
  EXPECT_FALSE(copy.scope.payment_card_data);
  ASSERT_EQ(copy.scope.pilot_criteria.size(), 1U);
  EXPECT_EQ(copy.scope.pilot_criteria[0].threshold, "0.80");
  ASSERT_EQ(copy.plan.phases.size(), plan.phases.size());
  for (std::size_t p = 0; p < plan.phases.size(); ++p) {
    ASSERT_EQ(copy.plan.phases[p].items.size(), plan.phases[p].items.size());
    for (std::size_t i = 0; i < plan.phases[p].items.size(); ++i) {
      const KtPlanItem& a = plan.phases[p].items[i];
      const KtPlanItem& b = copy.plan.phases[p].items[i];
      EXPECT_EQ(a.id, b.id);
      EXPECT_EQ(a.title, b.title);
      EXPECT_EQ(a.owner, b.owner);
      EXPECT_EQ(a.due, b.due) << a.id;
      EXPECT_EQ(a.offset, b.offset);
      EXPECT_EQ(a.covers, b.covers);
      EXPECT_EQ(a.criteria.size(), b.criteria.size());
      EXPECT_EQ(copy.progress.at(b.id).status, "open");
    }
  }
  EXPECT_TRUE(kt_copy_problems(copy, shipped_checklist()).empty());
  EXPECT_FALSE(is_kt_tracking_copy("template: cs-outsourcing\nkpis: []\n"));
}

TEST(KtTrackingCopy, AnExitNoticeDatesTheExitItems) {
  const std::string text = edited(copy_text(), "exit_notice: ~", "exit_notice: 2029-01-10");
  const KtTrackingCopy copy = read_kt_tracking_copy(text, "plan.yaml");
  const KtPlanItem* item = copy.plan.item("exit-plan-on-notice");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->due, "2029-02-09"); // thirty days after the notice
}

TEST(KtTrackingCopy, BadValuesAreOneLineErrorsAtTheirPosition) {
  const std::string text = copy_text();
  const std::string bad_date = edited(text, "due: 2026-12-01", "due: 2026-12-32");
  EXPECT_EQ(read_error(bad_date),
            "plan.yaml:" + std::to_string(line_of(bad_date, "due: 2026-12-32")) +
                ":14: error: item kt-leads: due '2026-12-32' is not a date (YYYY-MM-DD)");
  const std::string bad_status = edited(text, "status: open", "status: finished");
  EXPECT_EQ(read_error(bad_status),
            "plan.yaml:" + std::to_string(line_of(bad_status, "status: finished")) +
                ":17: error: item kt-leads: status 'finished' is not one of open, in_progress, "
                "done, waived");
  const std::string early = edited(text, "done_on: ~", "done_on: 2026-11-30");
  EXPECT_NE(read_error(early).find("done_on is set but the status is 'open', not done"),
            std::string::npos)
      << read_error(early);
  EXPECT_NE(read_error(edited(text, "owner: both", "owner: everyone"))
                .find("owner 'everyone' is not one of client, provider, both"),
            std::string::npos);
  EXPECT_NE(read_error(edited(text, "go_live: 2027-03-01", "go_live: ~"))
                .find("scope.go_live: the Go-Live Date is needed"),
            std::string::npos);
  EXPECT_NE(read_error(edited(text, "    status: open", "    stauts: open"))
                .find("unknown key 'stauts' in an item"),
            std::string::npos);
  EXPECT_NE(read_error(edited(text, "      - id: scope-raci", "      - id: kt-leads"))
                .find("item 'kt-leads' appears twice"),
            std::string::npos);
  const std::string syntax = edited(text, "  channels: [voice, chat]", "  channels: [voice, chat");
  EXPECT_TRUE(std::regex_search(read_error(syntax), std::regex("^plan\\.yaml:[0-9]+:[0-9]+: ")))
      << read_error(syntax);
  for (const std::string& error :
       {read_error(bad_date), read_error(bad_status), read_error(syntax)}) {
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
}

TEST(KtTrackingCopy, UnknownAndRemovedItemsAreErrorsAgainstTheChecklist) {
  const std::string text = copy_text();
  // Renaming an item is both: the new id is unknown, the old one was removed.
  const std::string renamed = edited(text, "- id: milestone-plan", "- id: milestones");
  const KtTrackingCopy copy = read_kt_tracking_copy(renamed, "plan.yaml");
  const std::vector<std::string> problems = kt_copy_problems(copy, shipped_checklist());
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0], "plan.yaml:" + std::to_string(line_of(renamed, "- id: milestones")) +
                             ":13: error: unknown item 'milestones': the plan for this scope "
                             "(checklist kt-checklist 0.1.0) has no such item");
  EXPECT_NE(problems[1].find("error: item 'milestone-plan' of phase 'governance' was removed from "
                             "the copy; put it back and set 'status: waived' to drop it"),
            std::string::npos)
      << problems[1];
  // A scope that says there is health data expects the health-data training item.
  const std::string health = edited(text, "health_data: false", "health_data: true");
  const std::vector<std::string> missing =
      kt_copy_problems(read_kt_tracking_copy(health, "plan.yaml"), shipped_checklist());
  ASSERT_EQ(missing.size(), 1U);
  EXPECT_NE(missing[0].find("'health-data-training'"), std::string::npos);
}

TEST(KtTrackingCopy, AGatesCriteriaCannotBeDroppedOrInvented) {
  const std::string text = copy_text();
  // Drop the criterion's three lines (id, text, met).
  const auto at = text.find("            - id: cutover-ready\n");
  ASSERT_NE(at, std::string::npos);
  std::size_t end = at;
  for (int line = 0; line < 3; ++line) {
    end = text.find('\n', end) + 1;
  }
  const std::string dropped = text.substr(0, at) + text.substr(end);
  std::vector<std::string> problems =
      kt_copy_problems(read_kt_tracking_copy(dropped, "plan.yaml"), shipped_checklist());
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_NE(problems[0].find("error: gate 'go-live-gate': criterion 'cutover-ready' was removed"),
            std::string::npos)
      << problems[0];
  problems = kt_copy_problems(
      read_kt_tracking_copy(edited(text, "- id: cutover-ready", "- id: cutover-rehearsed"),
                            "plan.yaml"),
      shipped_checklist());
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_NE(problems[1].find("unknown criterion 'cutover-rehearsed'"), std::string::npos)
      << problems[1];
}
