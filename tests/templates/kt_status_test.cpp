// Status arithmetic on a tracked copy with known dates: what is done, what is late and by how
// many days, per phase and per owner, and whether the next gate can be passed.
#include <gtest/gtest.h>

#include <string>

#include "templates/kt_checklist.hpp"
#include "templates/kt_status.hpp"
#include "templates/kt_tracking_copy.hpp"
#include "test_template.hpp"

using namespace pactum::host;

namespace {

std::string item(const std::string& id, const std::string& owner, const std::string& due,
                 const std::string& extra = "") {
  return "      - id: " + id + "\n        kind: kt.governance\n        title: {en: " + id +
         "}\n        evidence: {en: record}\n        acceptance: {en: signed}\n        owner: " +
         owner + "\n        due: " + due + "\n        tags: [escm-st]\n" + extra;
}

// Go-live 2027-03-01: "a" due 2027-02-01, "b" 2027-02-11, "c" 2027-02-21; the gate on
// 2027-02-27 needs phase prep; "later" 2027-03-31 belongs to phase run.
KtChecklist checklist() {
  const std::string yaml =
      "id: kt\nversion: 1.0.0\ntitle: {en: Plan}\nphases:\n"
      "  - id: prep\n    title: {en: Preparation}\n    items:\n" +
      item("a", "client", "-P28D") + item("b", "provider", "-P18D") + item("c", "both", "-P8D") +
      "  - id: run\n    title: {en: Run}\n    items:\n" +
      "      - id: gate\n        kind: kt.gate\n        title: {en: Pass the gate}\n"
      "        evidence: {en: checklist}\n        acceptance: {en: approved}\n"
      "        owner: client\n        due: -P2D\n        tags: [itil-st]\n"
      "        gate: {requires: [prep, run], criteria: [{id: trained, text: {en: Agents "
      "trained}}, {id: approved, text: {en: Client approval}}]}\n" +
      item("later", "provider", "P30D");
  return KtChecklist::parse(yaml, "checklist.yaml", pactum::test::shipped_vocabulary());
}

KtTrackingCopy tracked() {
  KtScope scope;
  scope.client = "Client";
  scope.provider = "Provider";
  scope.go_live = "2027-03-01";
  const KtChecklist list = checklist();
  const std::string text =
      write_kt_tracking_copy(build_kt_plan(list, scope, "en"), scope, {"deal.yaml", ""});
  KtTrackingCopy copy = read_kt_tracking_copy(text, "plan.yaml");
  EXPECT_TRUE(kt_copy_problems(copy, list).empty());
  copy.progress.at("a").status = "done";
  copy.progress.at("a").done_on = "2027-02-03";
  copy.progress.at("b").status = "in_progress";
  copy.progress.at("later").status = "waived";
  copy.progress.at("gate").criteria_met.at("trained") = true;
  return copy;
}

} // namespace

TEST(KtStatus, CountsDoneInProgressOverdueAndWaivedPerPhaseAndOwner) {
  const KtStatus status = kt_status(tracked(), "2027-02-25");
  EXPECT_EQ(status.total.items, 4U); // the waived item is out of the count
  EXPECT_EQ(status.total.done, 1U);
  EXPECT_EQ(status.total.in_progress, 1U);
  EXPECT_EQ(status.total.waived, 1U);
  EXPECT_EQ(status.total.overdue, 2U); // b (14 days) and c (4 days); a is done, the gate not due
  ASSERT_EQ(status.phases.size(), 2U);
  EXPECT_EQ(status.phases[0].count.items, 3U);
  EXPECT_EQ(status.phases[0].count.done, 1U);
  EXPECT_EQ(status.phases[0].count.overdue, 2U);
  EXPECT_EQ(status.phases[1].count.items, 1U);
  EXPECT_EQ(status.phases[1].count.waived, 1U);
  ASSERT_EQ(status.owners.size(), 3U);
  EXPECT_EQ(status.owners[0].owner, KtOwner::client);
  EXPECT_EQ(status.owners[0].count.items, 2U); // a and the gate
  EXPECT_EQ(status.owners[0].count.done, 1U);
  EXPECT_EQ(status.owners[1].count.overdue, 1U); // b
  EXPECT_EQ(status.owners[2].count.overdue, 1U); // c
  ASSERT_EQ(status.overdue.size(), 2U);
  EXPECT_EQ(status.overdue[0].id, "b"); // most days late first
  EXPECT_EQ(status.overdue[0].days_late, 14);
  EXPECT_EQ(status.overdue[0].status, "in_progress");
  EXPECT_EQ(status.overdue[1].id, "c");
  EXPECT_EQ(status.overdue[1].days_late, 4);
}

TEST(KtStatus, TheNextGateWaitsOnItsPhasesButNotOnItselfAndListsUnmetCriteria) {
  const KtStatus status = kt_status(tracked(), "2027-02-25");
  ASSERT_TRUE(status.next_gate.has_value());
  const KtGateStatus& gate = *status.next_gate;
  EXPECT_EQ(gate.id, "gate");
  EXPECT_EQ(gate.due, "2027-02-27");
  EXPECT_EQ(gate.days_left, 2);
  EXPECT_EQ(gate.waiting_on, (std::vector<std::string>{"b", "c"})); // not the gate, not waived
  ASSERT_EQ(gate.criteria.size(), 2U);
  EXPECT_TRUE(gate.criteria[0].met);
  EXPECT_FALSE(gate.criteria[1].met);
  EXPECT_FALSE(gate.ready());
  const std::string text = render_kt_status_text(status);
  EXPECT_NE(text.find("Next gate: gate, due 2027-02-27 (in 2 days): not ready"), std::string::npos)
      << text;
  EXPECT_NE(text.find("not met: approved: Client approval"), std::string::npos) << text;
  EXPECT_NE(text.find("b (prep, provider): due 2027-02-11, 14 days late, in_progress"),
            std::string::npos)
      << text;
}

TEST(KtStatus, AGateIsReadyWhenItsPhasesAreDoneAndEveryCriterionMet) {
  KtTrackingCopy copy = tracked();
  for (const char* id : {"b", "c"}) {
    copy.progress.at(id).status = "done";
  }
  copy.progress.at("gate").criteria_met.at("approved") = true;
  KtStatus status = kt_status(copy, "2027-02-26");
  ASSERT_TRUE(status.next_gate.has_value());
  EXPECT_TRUE(status.next_gate->ready());
  EXPECT_EQ(status.total.overdue, 0U);
  copy.progress.at("gate").status = "done";
  status = kt_status(copy, "2027-03-02");
  EXPECT_FALSE(status.next_gate.has_value());
  EXPECT_EQ(status.total.done, 4U);
}

TEST(KtStatus, JsonAndHtmlCarryTheSameFigures) {
  const KtStatus status = kt_status(tracked(), "2027-02-25");
  const std::string json = render_kt_status_json(status);
  EXPECT_NE(json.find("\"as_of\": \"2027-02-25\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"days_late\": 14"), std::string::npos) << json;
  EXPECT_NE(json.find("\"ready\": false"), std::string::npos) << json;
  const std::string html = render_kt_status_html(status);
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.find("1 of 4 items done (25%), 2 overdue, 1 waived"), std::string::npos) << html;
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(KtStatus, AGateMarkedDoneWithUnmetCriteriaIsAWarning) {
  KtTrackingCopy copy = tracked();
  copy.progress.at("gate").status = "done";
  const KtStatus status = kt_status(copy, "2027-03-02");
  EXPECT_EQ(status.warnings, (std::vector<std::string>{
                                 "gate 'gate' is marked done but 1 of its criteria are not met"}));
  EXPECT_NE(render_kt_status_text(status).find("warning: gate 'gate' is marked done"),
            std::string::npos);
}
