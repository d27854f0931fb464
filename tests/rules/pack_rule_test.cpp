// YAML rule packs: each check type on hand-built Agreements, and the rule engine around them
// (playbook severities, waivers, outcomes for every rule).
#include <gtest/gtest.h>

#include "pactum/error.hpp"
#include "plugin_host/registry.hpp"
#include "rules/pack_rule.hpp"
#include "rules/rule_engine.hpp"
#include "vocabulary/vocabulary.hpp"

using namespace pactum;
using namespace pactum::host;

namespace {

const Vocabulary& vocabulary() {
  static const Vocabulary v =
      Vocabulary::load(std::filesystem::path(PACTUM_SOURCE_DIR) / "schemas");
  return v;
}

constexpr std::string_view pack = R"(rules:
  - id: test-optout-missing
    title: Opt-out
    severity: error
    summary: s
    source: test
    require: termination.convenience
    for_side: true
    message: No way out for the client.
  - id: test-optout-notice
    title: Notice
    severity: warning
    summary: s
    source: test
    term: termination.convenience.notice
    kind: termination.convenience
    positions: {preferred: {le: P90D}, fallback: {le: P180D}}
    message: Convenience notice is long.
  - id: test-uncapped
    title: Uncapped
    severity: warning
    summary: s
    source: test
    forbid: liability.uncapped
    message: Uncapped liability.
  - id: test-fee-words
    title: Fee
    severity: warning
    summary: s
    source: test
    pattern: {kind: termination.convenience, languages: [en], must_match: '(?i)\b(fee|no charge)\b'}
    message: The convenience clause says nothing about a fee.
  - id: test-dp-terms
    title: DP
    severity: error
    summary: s
    source: test
    conditional: {if: {set: facts.personal_data}, then: {set: clauses.dp.*}}
    message: Personal data without data-protection terms.
  - id: test-optout-notice-side
    title: Notice on the judging side's right
    severity: warning
    summary: s
    source: test
    term: termination.convenience.notice
    kind: termination.convenience
    for_side: true
    positions: {preferred: {le: P90D}, fallback: {le: P180D}}
    message: Convenience notice is long.
)";

std::vector<PackRule> parsed() {
  return parse_rule_pack({"pack.yaml", std::string(pack)}, vocabulary());
}

Agreement agreement_with(std::string text, std::vector<Clause> clauses) {
  Agreement agreement;
  agreement.id = "a";
  Document document{.id = "msa",
                    .type = DocumentType::msa,
                    .language = "en",
                    .text = std::move(text),
                    .source_file = "msa.txt"};
  document.clauses = std::move(clauses);
  agreement.documents.push_back(std::move(document));
  return agreement;
}

Clause clause(std::string kind, PartyRole party, std::size_t begin, std::size_t end) {
  return Clause{.kind = std::move(kind),
                .section = "12.1",
                .begin = begin,
                .end = end,
                .origin = ClauseOrigin::detected,
                .confidence = 0.9,
                .party = party};
}

Outcome run(std::size_t index, const Agreement& agreement, RuleContext context = {}) {
  static const auto rules = parsed();
  auto rule = make_pack_rule(std::make_shared<const PackRule>(rules[index]), vocabulary());
  return rule->evaluate(agreement, context);
}

const std::string optout = "12.1 The Client may terminate on 90 days' notice with no charge.";

} // namespace

TEST(PackRule, RequireCountsOnlyTheJudgingSide) {
  const Agreement client_right =
      agreement_with(optout, {clause("termination.convenience", PartyRole::client, 0, 60)});
  EXPECT_EQ(run(0, client_right).status, OutcomeStatus::pass);
  const Agreement provider_right =
      agreement_with(optout, {clause("termination.convenience", PartyRole::provider, 0, 60)});
  const Outcome outcome = run(0, provider_right);
  ASSERT_EQ(outcome.status, OutcomeStatus::fail);
  EXPECT_EQ(outcome.findings[0].message,
            "No way out for the client. (the termination.convenience clause found favours the "
            "provider, not the client)");
  EXPECT_EQ(outcome.findings[0].location.section, "12.1");
  EXPECT_EQ(outcome.findings[0].location.line, 1U);
  EXPECT_EQ(run(0, provider_right, {.side = PartyRole::provider}).status, OutcomeStatus::pass);
}

TEST(PackRule, TermPositionsPreferredFallbackAndBeyond) {
  Agreement agreement =
      agreement_with(optout, {clause("termination.convenience", PartyRole::client, 0, 60)});
  agreement.terms.push_back({.name = "termination.convenience.notice", .value = "P3M"});
  EXPECT_EQ(run(1, agreement).status, OutcomeStatus::pass);

  agreement.terms[0].value = "P150D";
  Outcome fallback = run(1, agreement);
  ASSERT_EQ(fallback.status, OutcomeStatus::fail);
  EXPECT_EQ(fallback.findings[0].position, Position::fallback);
  EXPECT_EQ(fallback.findings[0].severity, Severity::info);

  agreement.terms[0].value = "P12M";
  Outcome beyond = run(1, agreement);
  EXPECT_EQ(beyond.findings[0].position, Position::beyond_walk_away);
  EXPECT_EQ(beyond.findings[0].severity, Severity::warning);
  EXPECT_EQ(beyond.findings[0].message, "Convenience notice is long. "
                                        "(termination.convenience.notice is P12M: beyond the "
                                        "walk-away line)");

  agreement.terms.clear();
  const Outcome unread = run(1, agreement);
  EXPECT_EQ(unread.status, OutcomeStatus::undetermined);
  EXPECT_EQ(unread.reason, "the termination.convenience clause states no readable "
                           "termination.convenience.notice");
  EXPECT_EQ(run(1, agreement_with("x", {})).status, OutcomeStatus::not_applicable);
}

TEST(PackRule, TermForSideIgnoresTheValueOfTheOtherSidesRight) {
  Agreement agreement =
      agreement_with(optout, {clause("termination.convenience", PartyRole::provider, 0, 60)});
  agreement.terms.push_back(
      {.name = "termination.convenience.notice", .value = "P12M", .party = PartyRole::provider});
  const Outcome outcome = run(5, agreement);
  EXPECT_EQ(outcome.status, OutcomeStatus::not_applicable);
  EXPECT_EQ(outcome.reason,
            "termination.convenience.notice belongs to the provider's right, not the judging "
            "side's");
  // Judged from the provider's side the same notice is its own, and long.
  EXPECT_EQ(run(5, agreement, {.side = PartyRole::provider}).status, OutcomeStatus::fail);
  // Without for_side the rule judges whatever notice there is.
  EXPECT_EQ(run(1, agreement).status, OutcomeStatus::fail);
}

TEST(PackRule, PlaybookOptionsMoveTheTermPositions) {
  Agreement agreement =
      agreement_with(optout, {clause("termination.convenience", PartyRole::client, 0, 60)});
  agreement.terms.push_back({.name = "termination.convenience.notice", .value = "P90D"});
  EXPECT_EQ(run(1, agreement).status, OutcomeStatus::pass);
  RuleContext strict;
  strict.options = {{"preferred", "<= P60D"}, {"fallback", "le P90D"}};
  const Outcome outcome = run(1, agreement, strict);
  ASSERT_EQ(outcome.status, OutcomeStatus::fail);
  EXPECT_EQ(outcome.findings[0].position, Position::fallback);
  strict.options = {{"preferred", "about sixty days"}};
  EXPECT_THROW((void)run(1, agreement, strict), pactum::Error);
}

TEST(PackRule, ForbidFailsOnThePresentClause) {
  EXPECT_EQ(run(2, agreement_with(optout, {})).status, OutcomeStatus::pass);
  EXPECT_EQ(run(2, agreement_with(optout, {clause("liability.uncapped", PartyRole::mutual, 0, 5)}))
                .status,
            OutcomeStatus::fail);
}

TEST(PackRule, PatternMatchesInsideTheClauseOnly) {
  EXPECT_EQ(run(3, agreement_with(optout, {clause("termination.convenience", PartyRole::client, 0,
                                                  optout.size())}))
                .status,
            OutcomeStatus::pass);
  // "no charge" lies outside the clause's range: the pattern must not see it.
  EXPECT_EQ(
      run(3, agreement_with(optout, {clause("termination.convenience", PartyRole::client, 0, 40)}))
          .status,
      OutcomeStatus::fail);
}

TEST(PackRule, ConditionalIsUndeterminedOnAnUnknownFactAndNamesIt) {
  Agreement agreement = agreement_with(optout, {});
  const Outcome unknown = run(4, agreement);
  EXPECT_EQ(unknown.status, OutcomeStatus::undetermined);
  EXPECT_EQ(unknown.reason, "depends on unknown facts.personal_data");
  agreement.facts.personal_data = Tri::no;
  EXPECT_EQ(run(4, agreement).status, OutcomeStatus::not_applicable);
  agreement.facts.personal_data = Tri::yes;
  EXPECT_EQ(run(4, agreement).status, OutcomeStatus::fail);
}

TEST(PackRule, MalformedPacksAreLocatedErrors) {
  const auto error = [](std::string_view yaml) {
    try {
      (void)parse_rule_pack({"p.yaml", std::string(yaml)}, vocabulary());
    } catch (const pactum::Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string head =
      "rules:\n  - {id: x-y, title: t, severity: error, summary: s, source: s, "
      "message: m, ";
  EXPECT_EQ(error(head + "require: warp.drive}\n"),
            "p.yaml:2:86: error: rule x-y: clause kind 'warp.drive' is in no vocabulary");
  EXPECT_EQ(error(head + "pattern: {kind: pilot, languages: [en], must_match: '(a+'}}\n"),
            "p.yaml:2:129: error: rule x-y: pattern does not compile: missing ): (a+");
  EXPECT_EQ(error(head + "require: pilot, forbid: pilot}\n"),
            "p.yaml:2:5: error: rule x-y needs exactly one of require, forbid, term, pattern, "
            "conditional");
  EXPECT_EQ(error(head + "conditional: {if: {set: pilot.duration}, then: {set: clauses.pilot}}}\n"),
            "p.yaml:2:95: error: rule x-y: condition path 'pilot.duration' names no clause kind, "
            "term or fact (clauses.KIND, terms.NAME, facts.NAME, run.as_of)");
}

TEST(RuleEngine, DataProcessingAgreementAloneIsNotJudgedOnCommercialClauses) {
  Registry registry(vocabulary());
  Registrations staged;
  staged.rule_packs.push_back({{"pack.yaml", std::string(pack)}, "test"});
  registry.commit(std::move(staged), {"test", {"test"}});
  const Playbook playbook; // the engine keeps a reference: it must outlive the engine
  const RuleEngine engine(registry, playbook, {});
  Agreement agreement = agreement_with("The Processor acts on documented instructions.", {});
  agreement.documents[0].type = DocumentType::dpa;
  agreement.facts.personal_data = Tri::yes;
  const std::vector<CheckSubject> subjects{{&agreement, {"dpa.txt"}, {}}};
  const auto reports = engine.check(subjects, 1);
  ASSERT_EQ(reports.size(), 1U);
  for (const Outcome& outcome : reports[0].outcomes) {
    if (outcome.rule_id == "test-dp-terms") {
      // Reads dp.*: still judged (and fails: the DPA above has no detected dp clause).
      EXPECT_EQ(outcome.status, OutcomeStatus::fail);
    } else {
      EXPECT_EQ(outcome.status, OutcomeStatus::not_applicable) << outcome.rule_id;
      EXPECT_NE(outcome.reason.find("data-processing agreement only"), std::string::npos);
    }
  }
  // The same text as a master agreement is judged on everything.
  agreement.documents[0].type = DocumentType::msa;
  const auto msa = engine.check(subjects, 1);
  EXPECT_EQ(msa[0].outcomes.size(), reports[0].outcomes.size());
  const auto optout = std::ranges::find(msa[0].outcomes, "test-optout-missing", &Outcome::rule_id);
  ASSERT_NE(optout, msa[0].outcomes.end());
  EXPECT_EQ(optout->status, OutcomeStatus::fail);
}

TEST(RuleEngine, GivesAnOutcomeForEveryRuleAppliesSeveritiesAndWaivers) {
  Registry registry(vocabulary());
  Registrations staged;
  staged.rule_packs.push_back({{"pack.yaml", std::string(pack)}, "test"});
  registry.commit(std::move(staged), {"test", {"test"}});
  ASSERT_EQ(registry.rules().size(), 6U);

  const Playbook playbook = Playbook::parse(
      "rules: [-test-fee-words, -test-optout-notice-side]\nseverity: {test-uncapped: error}\n"
      "waivers: [{rule: test-dp-*, reason: DPA signed separately}]\n",
      "p.yaml");
  const RuleEngine engine(registry, playbook, {});
  ASSERT_EQ(engine.rules().size(), 4U);
  EXPECT_EQ(engine.rules()[3].id, "test-uncapped");
  EXPECT_EQ(engine.rules()[3].severity, Severity::error);

  Agreement agreement =
      agreement_with(optout, {clause("liability.uncapped", PartyRole::mutual, 0, 5)});
  agreement.facts.personal_data = Tri::yes;
  const std::vector<CheckSubject> subjects{{&agreement, {"msa.txt"}, {}},
                                           {&agreement, {"copy.txt"}, {}}};
  const auto reports = engine.check(subjects, 2);
  ASSERT_EQ(reports.size(), 2U);
  for (const AgreementReport& report : reports) {
    ASSERT_EQ(report.outcomes.size(), 4U);
    EXPECT_EQ(report.outcomes[0].rule_id, "test-dp-terms");
    EXPECT_EQ(report.outcomes[0].status, OutcomeStatus::waived);
    EXPECT_EQ(report.outcomes[0].findings[0].waiver_reason, "DPA signed separately (p.yaml:3:11)");
    EXPECT_EQ(report.outcomes[1].status, OutcomeStatus::fail); // no opt-out clause
    EXPECT_EQ(report.outcomes[2].status, OutcomeStatus::not_applicable);
    EXPECT_EQ(report.outcomes[3].findings[0].severity, Severity::error);
    // The report keeps the text each finding points at, for the HTML report.
    EXPECT_EQ(report.excerpts.at(excerpt_key(report.outcomes[3].findings[0].location)), "12.1 ");
  }
  CheckReport report;
  report.agreements = reports;
  EXPECT_EQ(exit_status_of(report), 1);
  report.fail_on = Severity::error;
  report.agreements[0].error = "boom";
  EXPECT_EQ(exit_status_of(report), 2);
}
