// Every example deal generates an Agreement that the core playbook does not fail at severity
// error. The full outcome list is printed for review, and the outcomes are pinned: a rule that
// starts failing, or stops applying, on a shipped example is a change someone must look at.
#include "playbook_fixture.hpp"

using namespace pactum;
using pactum::test::Playbook;

namespace {

// The ids of the commercial core playbook (PLAYBOOK.md, "core — playbook for customer-service
// outsourcing"), with their catalog severities.
const std::map<std::string, Severity> catalog{
    {"core-pilot-missing", Severity::warning},
    {"core-pilot-exit-criteria", Severity::error},
    {"core-optout-missing", Severity::error},
    {"core-optout-notice", Severity::warning},
    {"core-optout-fee", Severity::warning},
    {"core-kpi-failure-exit", Severity::warning},
    {"core-exit-assistance-missing", Severity::error},
    {"core-kpi-schedule-missing", Severity::error},
    {"core-kpi-unmeasurable", Severity::error},
    {"core-kpi-no-remedy", Severity::warning},
    {"core-kpi-credit-arithmetic", Severity::warning},
    {"core-kpi-reporting", Severity::warning},
    {"core-pricing-model-missing", Severity::error},
    {"core-pricing-hidden-costs", Severity::warning},
    {"core-personnel-attrition", Severity::warning},
    {"core-personnel-training", Severity::warning},
    {"core-kt-plan-missing", Severity::error},
    {"core-kt-knowledge-base", Severity::warning},
    {"core-change-control", Severity::warning},
    {"core-audit-missing", Severity::error},
    {"core-liability-cap-missing", Severity::warning},
    {"core-governing-law-missing", Severity::error},
    {"core-dispute-resolution-missing", Severity::warning},
    {"core-step-in", Severity::info},
    {"core-dp-terms-missing", Severity::error},
    {"core-bcp-missing", Severity::warning},
    {"core-forecast-flex", Severity::warning},
    {"core-personnel-screening", Severity::warning},
    {"core-labour-standards", Severity::info},
    {"core-offshore-first", Severity::warning},
    {"core-ktplan-gate-missing", Severity::error},
    {"core-ktplan-reverse-missing", Severity::error},
    {"core-ktplan-coverage", Severity::warning},
    {"core-ktplan-dp-training", Severity::warning},
    {"core-ktplan-owner-due", Severity::warning},
};

} // namespace

TEST_F(Playbook, RegistersExactlyTheCatalogRulesWithTheirSeverities) {
  std::map<std::string, Severity> registered;
  for (const host::RuleEntry& entry : host_->registry().rules()) {
    if (entry.plugin == "core") {
      registered.emplace(entry.info.id, entry.info.severity);
      EXPECT_FALSE(entry.info.title.empty()) << entry.info.id;
      EXPECT_FALSE(entry.info.summary.empty()) << entry.info.id;
      EXPECT_TRUE(entry.info.source.starts_with("Pactum playbook (core): ")) << entry.info.id;
    }
  }
  EXPECT_EQ(registered, catalog);
}

TEST_F(Playbook, ExampleDealsHaveNoErrorFindings) {
  // What each example is expected to give besides `pass`. Only the UK client has never
  // outsourced before, and only the Chinese deal is delivered onshore.
  const std::map<std::string, std::map<std::string, OutcomeStatus>> expected{
      {"uk-retail-philippines.yaml", {}},
      {"dk-utility-poland.yaml", {{"core-offshore-first", OutcomeStatus::not_applicable}}},
      {"it-telecom-albania.yaml", {{"core-offshore-first", OutcomeStatus::not_applicable}}},
      {"cn-platform-china.yaml", {{"core-offshore-first", OutcomeStatus::not_applicable}}},
  };
  for (const std::string& name : test::example_deal_names) {
    const Agreement agreement = generate_example(name);
    const test::Outcomes outcomes = check(agreement);
    std::cout << name << ":\n" << describe(outcomes);
    ASSERT_EQ(outcomes.size(), catalog.size()) << name;
    for (const auto& [id, outcome] : outcomes) {
      for (const Finding& f : outcome.findings) {
        EXPECT_NE(f.severity, Severity::error) << name << " " << id << ": " << f.message;
      }
      const auto special = expected.at(name).find(id);
      const OutcomeStatus want =
          special == expected.at(name).end() ? OutcomeStatus::pass : special->second;
      EXPECT_EQ(outcome.status, want) << name << " " << id << ": " << outcome.reason;
    }
  }
}

// The same Agreements with every term removed, as an Agreement read from text would be before
// any value is extracted: the rules that need values say so instead of guessing, and the rules
// that read text still judge it.
TEST_F(Playbook, WithoutTermsTheValueRulesAreUndeterminedAndTheTextRulesStillJudge) {
  for (const std::string& name : test::example_deal_names) {
    Agreement agreement = generate_example(name);
    agreement.terms.clear();
    const test::Outcomes outcomes = check(agreement);
    std::cout << name << " without terms:\n" << describe(outcomes);
    EXPECT_TRUE(failures(outcomes).empty()) << name;
    EXPECT_EQ(with_status(outcomes, OutcomeStatus::undetermined),
              (std::set<std::string>{
                  "core-kpi-credit-arithmetic", "core-kpi-unmeasurable", "core-optout-notice",
                  // Without its kt.item.* terms the KT plan is text only.
                  "core-ktplan-coverage", "core-ktplan-dp-training", "core-ktplan-gate-missing",
                  "core-ktplan-owner-due", "core-ktplan-reverse-missing"}))
        << name;
    EXPECT_NE(outcomes.at("core-kpi-unmeasurable").reason.find("kpi.target"), std::string::npos);
    // The pilot's penalty-free exit is read from the text of its exit-criteria clause, and the
    // convenience fee from the text of the convenience clauses (capped, fixed, or none).
    EXPECT_EQ(outcomes.at("core-pilot-exit-criteria").status, OutcomeStatus::pass) << name;
    EXPECT_EQ(outcomes.at("core-optout-fee").status, OutcomeStatus::pass) << name;
    // With no term.initial the term is "not stated": a pilot is expected, and is there.
    EXPECT_EQ(outcomes.at("core-pilot-missing").status, OutcomeStatus::pass) << name;
  }
}
