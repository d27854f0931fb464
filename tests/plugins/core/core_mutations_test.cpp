// Mutation tests of the core playbook: each takes an example deal (or the Agreement generated
// from it), breaks one thing, and asserts exactly which rules fail, with which severity and
// position — so that every other rule is shown to stay silent.
#include "playbook_fixture.hpp"

using namespace pactum;
using pactum::test::Failure;
using pactum::test::Playbook;

namespace {

constexpr const char* uk = "uk-retail-philippines.yaml";
constexpr const char* dk = "dk-utility-poland.yaml";
constexpr const char* it = "it-telecom-albania.yaml";
constexpr const char* cn = "cn-platform-china.yaml";

using Expected = std::map<std::string, std::vector<Failure>>;

const Failure error_beyond{Severity::error, Position::beyond_walk_away};
const Failure warning_beyond{Severity::warning, Position::beyond_walk_away};
const Failure info_fallback{Severity::info, Position::fallback};

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

} // namespace

#define EXPECT_FAILURES(outcomes, ...)                                                             \
  EXPECT_EQ(failures(outcomes), (Expected{__VA_ARGS__})) << describe(outcomes)

// --- Pilot --------------------------------------------------------------------------------------

TEST_F(Playbook, NoPilotOnAThreeYearOffshoreFirstDealFailsPilotAndOffshoreRules) {
  YAML::Node deal = deal_yaml(uk);
  ASSERT_TRUE(deal.remove("pilot"));
  const auto outcomes = check(generate(deal));
  EXPECT_FAILURES(outcomes, {"core-pilot-missing", {warning_beyond}},
                  {"core-offshore-first", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-pilot-exit-criteria").status, OutcomeStatus::not_applicable);
  EXPECT_TRUE(contains(outcomes.at("core-offshore-first").findings[0].message,
                       "client in GB, delivered from PH"));
}

TEST_F(Playbook, NoPilotForAClientThatOutsourcedBeforeFailsOnlyThePilotRule) {
  YAML::Node deal = deal_yaml(dk);
  ASSERT_TRUE(deal.remove("pilot"));
  const auto outcomes = check(generate(deal));
  EXPECT_FAILURES(outcomes, {"core-pilot-missing", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-offshore-first").status, OutcomeStatus::not_applicable);
}

TEST_F(Playbook, ATwelveMonthTermNeedsNoPilotButAFirstOffshoreMoveStillDoes) {
  YAML::Node deal = deal_yaml(uk);
  ASSERT_TRUE(deal.remove("pilot"));
  for (const char* year : {"P12M", "P1Y", "P365D"}) {
    deal["term"]["initial"] = year;
    const auto outcomes = check(generate(deal));
    EXPECT_FAILURES(outcomes, {"core-offshore-first", {warning_beyond}}) << year;
    EXPECT_EQ(outcomes.at("core-pilot-missing").status, OutcomeStatus::not_applicable) << year;
  }
  deal["term"]["initial"] = "P13M";
  EXPECT_FAILURES(check(generate(deal)), {"core-pilot-missing", {warning_beyond}},
                  {"core-offshore-first", {warning_beyond}});
}

TEST_F(Playbook, UnknownPriorOutsourcingLeavesOffshoreFirstUndetermined) {
  YAML::Node deal = deal_yaml(uk);
  ASSERT_TRUE(deal.remove("pilot"));
  Agreement agreement = generate(deal);
  agreement.facts.prior_outsourcing = Tri::unknown;
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-pilot-missing", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-offshore-first").status, OutcomeStatus::undetermined);
  EXPECT_EQ(outcomes.at("core-offshore-first").reason,
            "depends on unknown facts.prior_outsourcing");
}

TEST_F(Playbook, APilotWithoutAPenaltyFreeExitFailsTheExitCriteriaRule) {
  YAML::Node deal = deal_yaml(uk);
  deal["pilot"]["exit_without_penalty"] = false;
  const auto outcomes = check(generate(deal));
  EXPECT_FAILURES(outcomes, {"core-pilot-exit-criteria", {error_beyond}});
  EXPECT_TRUE(contains(outcomes.at("core-pilot-exit-criteria").findings[0].message,
                       "pilot.exit_without_penalty is false"));
}

TEST_F(Playbook, PilotCriteriaNeedAKpiAThresholdAndAPeriod) {
  Agreement agreement = generate_example(it);
  remove_terms(agreement, "pilot.criterion_period");
  for (Term& term : agreement.terms) {
    if (term.name == "pilot.criterion" && term.qualifier == "service_level") {
      term.qualifier = "speed_of_light";
    }
  }
  const auto outcomes = check(agreement);
  // speed_of_light: no period and no such KPI; first_contact_resolution: no period.
  EXPECT_FAILURES(outcomes,
                  {"core-pilot-exit-criteria", {error_beyond, error_beyond, error_beyond}});
  const auto& findings = outcomes.at("core-pilot-exit-criteria").findings;
  EXPECT_EQ(findings[1].message, "The pilot criterion for KPI 'speed_of_light' is not measurable: "
                                 "the KPI schedule defines no such KPI.");
  EXPECT_EQ(findings[0].location.document, "msa");
  EXPECT_FALSE(findings[0].location.section.empty());
}

TEST_F(Playbook, OnTextAPilotPassesOnlyWithAClauseThatLetsTheClientStopWithoutPenalty) {
  Agreement agreement = generate_example(uk);
  agreement.terms.clear();
  // Drop the clause that says the client pays no penalty for a No-Go Decision.
  for (Document& document : agreement.documents) {
    std::erase_if(document.clauses, [&](const Clause& c) {
      return c.kind == "pilot.exit_criteria" &&
             contains(document.text_of(c), "pays no penalty, termination fee");
    });
  }
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-pilot-exit-criteria", {error_beyond}});
  // A clause that says the opposite is no way out either.
  append_clause(agreement, "msa", "pilot.exit_criteria", PartyRole::client, "10.9",
                "The Client may not terminate after the Pilot without penalty.");
  EXPECT_FAILURES(check(agreement), {"core-pilot-exit-criteria", {error_beyond}});
  append_clause(agreement, "msa", "pilot.exit_criteria", PartyRole::client, "10.10",
                "After the Pilot the Client may terminate this Agreement by notice without any "
                "penalty or termination fee.");
  EXPECT_FAILURES(check(agreement));
}

// --- Ways out -----------------------------------------------------------------------------------

TEST_F(Playbook, TwelveMonthsConvenienceNoticeIsBeyondTheWalkAwayLine) {
  YAML::Node deal = deal_yaml(uk);
  deal["termination"]["convenience"]["notice"] = "P12M";
  const auto outcomes = check(generate(deal));
  EXPECT_FAILURES(outcomes, {"core-optout-notice", {warning_beyond}});
  EXPECT_TRUE(contains(outcomes.at("core-optout-notice").findings[0].message,
                       "termination.convenience.notice is P12M: beyond the walk-away line"));
  EXPECT_EQ(outcomes.at("core-optout-notice").findings[0].location.document, "msa");
}

TEST_F(Playbook, OneHundredAndFiftyDaysConvenienceNoticeIsAtTheFallback) {
  YAML::Node deal = deal_yaml(uk);
  deal["termination"]["convenience"]["notice"] = "P150D";
  EXPECT_FAILURES(check(generate(deal)), {"core-optout-notice", {info_fallback}});
  deal["termination"]["convenience"]["notice"] = "P180D";
  EXPECT_FAILURES(check(generate(deal)), {"core-optout-notice", {info_fallback}});
  deal["termination"]["convenience"]["notice"] = "P181D";
  EXPECT_FAILURES(check(generate(deal)), {"core-optout-notice", {warning_beyond}});
  deal["termination"]["convenience"]["notice"] = "P3M"; // 90 days at 1M = 30D
  EXPECT_FAILURES(check(generate(deal)));
}

TEST_F(Playbook, AConvenienceRightOnlyForTheProviderIsNoOptOutForTheClient) {
  Agreement agreement = generate_example(uk);
  for (Document& document : agreement.documents) {
    for (Clause& clause : document.clauses) {
      if (clause.kind == "termination.convenience") {
        clause.party = PartyRole::provider;
      }
    }
  }
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-optout-missing", {error_beyond}});
  EXPECT_TRUE(contains(outcomes.at("core-optout-missing").findings[0].message,
                       "favours the provider, not the client"));
  EXPECT_EQ(check(agreement, {.side = PartyRole::provider}).at("core-optout-missing").status,
            OutcomeStatus::pass);
}

TEST_F(Playbook, AConvenienceFeeMustBeFixedCappedOrExcluded) {
  // The UK cap read from text instead of terms still passes; uncapped wind-down costs do not.
  Agreement agreement = generate_example(uk);
  remove_terms(agreement, "termination.convenience.fee_cap");
  EXPECT_FAILURES(check(agreement));
  append_clause(agreement, "msa", "termination.convenience", PartyRole::client, "26.3",
                "The Client shall also reimburse the Provider's reasonable wind-down costs.");
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-optout-fee", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-optout-fee").findings[0].location.section, "26.3");

  // The Chinese deal says no fee is payable; silence, or a "no fee unless" is not enough.
  Agreement silent = generate_example(cn);
  for (Document& document : silent.documents) {
    std::erase_if(document.clauses, [&](const Clause& c) {
      return c.kind == "termination.convenience" && contains(document.text_of(c), "No termination");
    });
  }
  EXPECT_FAILURES(check(silent), {"core-optout-fee", {warning_beyond}});
  append_clause(silent, "msa", "termination.convenience", PartyRole::client, "26.2",
                "No termination fee is payable unless the Client terminates in the first year, "
                "when it shall compensate the Provider for its losses.");
  EXPECT_FAILURES(check(silent), {"core-optout-fee", {warning_beyond}});
}

TEST_F(Playbook, NoExitAssistanceIsAnError) {
  Agreement agreement = generate_example(uk);
  remove_clauses(agreement, "exit.assistance");
  EXPECT_FAILURES(check(agreement), {"core-exit-assistance-missing", {error_beyond}});
}

// --- KPIs and service credits -------------------------------------------------------------------

TEST_F(Playbook, KpisWithoutTargetsAreUnmeasurableOneFindingPerKpi) {
  Agreement agreement = generate_example(uk);
  remove_terms(agreement, "kpi.target");
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-kpi-unmeasurable",
                             {error_beyond, error_beyond, error_beyond, error_beyond}});
  const auto& findings = outcomes.at("core-kpi-unmeasurable").findings;
  EXPECT_EQ(findings[0].message, "KPI 'service_level' cannot be measured: it has no target.");
  EXPECT_EQ(findings[3].message, "KPI 'csat' cannot be measured: it has no target.");
  EXPECT_EQ(findings[0].location.document, "kpi_schedule");
  EXPECT_TRUE(findings[0].suggestion.has_value());
}

TEST_F(Playbook, AKpiWithAWordForATargetAndNoSourceIsNamedWithBothProblems) {
  Agreement agreement = generate_example(dk);
  for (Term& term : agreement.terms) {
    if (term.name == "kpi.target" && term.qualifier == "csat") {
      term.value = "good";
    }
  }
  std::erase_if(agreement.terms,
                [](const Term& t) { return t.name == "kpi.source" && t.qualifier == "csat"; });
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-kpi-unmeasurable", {error_beyond}});
  EXPECT_EQ(outcomes.at("core-kpi-unmeasurable").findings[0].message,
            "KPI 'csat' cannot be measured: it has a target that is not a number ('good') and no "
            "data source.");
}

TEST_F(Playbook, AllocationsThatDoNotAddUpToThePoolFailTheArithmetic) {
  YAML::Node deal = deal_yaml(uk);
  deal["kpis"][0]["allocation"] = "70%";
  const auto outcomes = check(generate(deal));
  EXPECT_FAILURES(outcomes, {"core-kpi-credit-arithmetic", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-kpi-credit-arithmetic").findings[0].message,
            "The allocations of the critical KPIs add up to 110% (service_level 70%, "
            "first_contact_resolution 40%), not to the stated pool of 100%.");
}

TEST_F(Playbook, AllocationsAreAddedExactlyNotInFloatingPoint) {
  // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
  YAML::Node deal = deal_yaml(dk);
  deal["kpis"][0]["allocation"] = "10%";
  deal["kpis"][1]["allocation"] = "20%";
  deal["kpis"][2]["allocation"] = "0%";
  deal["service_credits"]["pool"] = "30%";
  EXPECT_FAILURES(check(generate(deal)));
}

TEST_F(Playbook, AnAtRiskAmountOfThirtyPercentIsOutsideTheBand) {
  YAML::Node deal = deal_yaml(uk);
  deal["service_credits"]["at_risk"] = "30%";
  const auto outcomes = check(generate(deal));
  EXPECT_FAILURES(outcomes, {"core-kpi-credit-arithmetic", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-kpi-credit-arithmetic").findings[0].message,
            "The at-risk amount is 30% of the monthly charges, outside the playbook's band of 5% "
            "to 20%.");
  for (const char* edge : {"5%", "20%"}) {
    deal["service_credits"]["at_risk"] = edge;
    EXPECT_FAILURES(check(generate(deal))) << edge;
  }
  deal["service_credits"]["at_risk"] = "4.9%";
  EXPECT_FAILURES(check(generate(deal)), {"core-kpi-credit-arithmetic", {warning_beyond}});
}

TEST_F(Playbook, AnUnstatedAtRiskAmountFailsTheArithmetic) {
  Agreement agreement = generate_example(it);
  remove_terms(agreement, "service_credits.at_risk");
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-kpi-credit-arithmetic", {warning_beyond}});
  EXPECT_TRUE(contains(outcomes.at("core-kpi-credit-arithmetic").findings[0].message,
                       "at-risk amount is not stated"));
}

TEST_F(Playbook, KpisWithoutServiceCreditsHaveNoRemedy) {
  Agreement agreement = generate_example(cn);
  remove_clauses(agreement, "kpi.service_credits");
  EXPECT_FAILURES(check(agreement), {"core-kpi-no-remedy", {warning_beyond}});
}

// --- Pricing ------------------------------------------------------------------------------------

TEST_F(Playbook, AMinimumCommitmentWithoutAFigureIsAHiddenCost) {
  Agreement agreement = generate_example(it);
  // "thirty (30) days" is a number, but not a quantity of the commitment.
  append_clause(agreement, "pricing_schedule", "pricing.minimum_commitment", PartyRole::provider,
                "3.2",
                "The Client also commits to minimum monthly volumes that the Provider shall "
                "notify each quarter, and shall pay any shortfall within thirty (30) days.");
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-pricing-hidden-costs", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-pricing-hidden-costs").findings[0].location.section, "3.2");
  EXPECT_EQ(outcomes.at("core-pricing-hidden-costs").findings[0].location.document,
            "pricing_schedule");
}

TEST_F(Playbook, AMinimumCommitmentInContactsOrPercentIsQuantified) {
  Agreement agreement = generate_example(uk);
  append_clause(agreement, "pricing_schedule", "pricing.minimum_commitment", PartyRole::provider,
                "3.2", "The Client commits to at least 90,000 contacts a month.");
  append_clause(agreement, "pricing_schedule", "pricing.minimum_commitment", PartyRole::provider,
                "3.3", "The Client commits to 70% of the forecast volume.");
  EXPECT_FAILURES(check(agreement));
}

// --- Liability ----------------------------------------------------------------------------------

TEST_F(Playbook, ALiabilityCapNeedsDataAndConfidentialityCarveOuts) {
  Agreement agreement = generate_example(dk);
  remove_clauses(agreement, "liability.uncapped");
  EXPECT_FAILURES(check(agreement), {"core-liability-cap-missing", {warning_beyond}});
  append_clause(agreement, "msa", "liability.uncapped", PartyRole::mutual, "23.4",
                "Nothing in this Agreement limits liability for fraud or for breach of "
                "confidentiality.");
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes, {"core-liability-cap-missing", {warning_beyond}});
  EXPECT_EQ(outcomes.at("core-liability-cap-missing").findings[0].message,
            "The carve-outs from the liability cap do not cover breaches of data protection.");
  remove_clauses(agreement, "liability.cap");
  EXPECT_FAILURES(check(agreement), {"core-liability-cap-missing", {warning_beyond}});
}

// --- Data ---------------------------------------------------------------------------------------

TEST_F(Playbook, WithoutPersonalDataTheDataRulesDoNotApply) {
  YAML::Node deal = deal_yaml(uk);
  ASSERT_TRUE(deal.remove("personal_data"));
  const Agreement agreement = generate(deal);
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes);
  EXPECT_EQ(outcomes.at("core-dp-terms-missing").status, OutcomeStatus::not_applicable);
  EXPECT_EQ(outcomes.at("core-personnel-screening").status, OutcomeStatus::not_applicable);
}

TEST_F(Playbook, UnknownPersonalDataLeavesTheDataRulesUndetermined) {
  Agreement agreement = generate_example(uk);
  agreement.facts.personal_data = Tri::unknown;
  const auto outcomes = check(agreement);
  EXPECT_FAILURES(outcomes);
  EXPECT_EQ(with_status(outcomes, OutcomeStatus::undetermined),
            (std::set<std::string>{"core-dp-terms-missing", "core-ktplan-dp-training",
                                   "core-personnel-screening"}));
  EXPECT_EQ(outcomes.at("core-dp-terms-missing").reason, "depends on unknown facts.personal_data");
  // Card data counts as personal data, so screening waits for the same fact.
  EXPECT_EQ(outcomes.at("core-personnel-screening").reason,
            "depends on unknown facts.personal_data");
}

TEST_F(Playbook, PersonalDataWithoutDataProcessingTermsIsAnError) {
  Agreement agreement = generate_example(it);
  remove_clauses(agreement, "dp.*");
  remove_clauses(agreement, "personnel.screening");
  EXPECT_FAILURES(check(agreement), {"core-dp-terms-missing", {error_beyond}},
                  {"core-personnel-screening", {warning_beyond}});
}
