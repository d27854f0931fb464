// What the jurisdiction packs need of rule packs: `elements` a required clause must state (one
// finding per missing element, per language), term rules whose unstated value sits at the
// fallback and whose missing clause fails, and conditions over the check date (`run.as_of`).
#include <gtest/gtest.h>

#include "pactum/error.hpp"
#include "rules/pack_rule.hpp"
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
  - id: test-subprocessors
    title: Sub-processors
    severity: error
    summary: s
    source: test
    require: dp.subprocessors
    message: No sub-processor terms.
    elements:
      - id: objection
        missing: No right to object.
        match: {en: '(?i)\bobject', da: '(?i)indsigelse'}
      - id: liable
        missing: The provider is not liable for its sub-processors.
        match: {en: '(?i)remains\s+(?:fully\s+)?liable'}
  - id: test-breach
    title: Breach notice
    severity: error
    summary: s
    source: test
    term: dp.breach_notification.deadline
    kind: dp.breach_notification
    positions: {preferred: {le: PT24H}, fallback: {le: PT72H}}
    unstated: fallback
    absent: fail
    message: Breach notice is slow
  - id: test-old-clauses
    title: Old clauses
    severity: error
    summary: s
    source: test
    conditional:
      if: {set: clauses.dp.transfers}
      then: {lt: [run.as_of, 2022-12-27]}
    message: The old clauses ended on 27 December 2022.
)";

Outcome run(std::size_t index, const Agreement& agreement, RuleContext context = {}) {
  static const auto rules = parse_rule_pack({"pack.yaml", std::string(pack)}, vocabulary());
  auto rule = make_pack_rule(std::make_shared<const PackRule>(rules[index]), vocabulary());
  return rule->evaluate(agreement, context);
}

Agreement with_clause(std::string text, std::string kind, std::string language = "en") {
  Agreement agreement;
  Document document{.id = "dpa",
                    .type = DocumentType::dpa,
                    .language = std::move(language),
                    .text = std::move(text),
                    .source_file = "dpa.txt"};
  document.clauses.push_back(Clause{.kind = std::move(kind),
                                    .section = "6",
                                    .begin = 0,
                                    .end = document.text.size(),
                                    .origin = ClauseOrigin::detected,
                                    .confidence = 0.9,
                                    .party = PartyRole::provider});
  agreement.documents.push_back(std::move(document));
  return agreement;
}

std::string error_of(std::string_view rule) {
  try {
    (void)parse_rule_pack({"p.yaml", "rules:\n" + std::string(rule)}, vocabulary());
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST(PackRuleElements, EachMissingElementIsAFindingOfItsOwn) {
  const Outcome both = run(0, with_clause("The Supplier shall give notice of a new Sub-processor "
                                          "and remains fully liable for it.",
                                          "dp.subprocessors"));
  ASSERT_EQ(both.status, OutcomeStatus::fail);
  ASSERT_EQ(both.findings.size(), 1U);
  EXPECT_EQ(both.findings[0].message, "No right to object.");
  EXPECT_EQ(both.findings[0].location.section, "6");

  const Outcome none = run(0, with_clause("Sub-processors are listed.", "dp.subprocessors"));
  EXPECT_EQ(none.findings.size(), 2U);
  EXPECT_EQ(
      run(0, with_clause("The Client may object; the Supplier remains liable.", "dp.subprocessors"))
          .status,
      OutcomeStatus::pass);
  const Outcome absent = run(0, with_clause("Nothing.", "dp.security"));
  ASSERT_EQ(absent.findings.size(), 1U);
  EXPECT_EQ(absent.findings[0].message, "No sub-processor terms.");
}

TEST(PackRuleElements, AClauseInALanguageWithoutAPatternIsUndeterminedNotPassed) {
  // Danish has a pattern for the objection, none for liability: liability cannot be read.
  const Outcome danish =
      run(0, with_clause("Kunden kan gøre indsigelse mod en ny underdatabehandler.",
                         "dp.subprocessors", "da"));
  EXPECT_EQ(danish.status, OutcomeStatus::undetermined);
  EXPECT_EQ(danish.reason,
            "no pattern for the language of the dp.subprocessors clauses to find liable");
  const Outcome german =
      run(0, with_clause("Der Kunde kann widersprechen.", "dp.subprocessors", "de"));
  EXPECT_EQ(german.status, OutcomeStatus::undetermined);
}

TEST(PackRuleElements, UnstatedValueIsAtTheFallbackAndAMissingClauseFails) {
  Agreement agreement =
      with_clause("The Supplier shall notify the Client of a breach without undue delay.",
                  "dp.breach_notification");
  const Outcome unstated = run(1, agreement);
  ASSERT_EQ(unstated.status, OutcomeStatus::fail);
  EXPECT_EQ(unstated.findings[0].position, Position::fallback);
  EXPECT_EQ(unstated.findings[0].severity, Severity::info);

  agreement.terms.push_back({.name = "dp.breach_notification.deadline", .value = "PT24H"});
  EXPECT_EQ(run(1, agreement).status, OutcomeStatus::pass);
  agreement.terms[0].value = "PT48H";
  EXPECT_EQ(run(1, agreement).findings[0].position, Position::fallback);
  agreement.terms[0].value = "P5D";
  EXPECT_EQ(run(1, agreement).findings[0].position, Position::beyond_walk_away);

  const Outcome none = run(1, with_clause("Security.", "dp.security"));
  ASSERT_EQ(none.status, OutcomeStatus::fail);
  EXPECT_EQ(none.findings[0].position, Position::beyond_walk_away);
  EXPECT_EQ(none.findings[0].severity, Severity::error);
}

TEST(PackRuleElements, ConditionsReadTheCheckDate) {
  const Agreement agreement = with_clause("Transfers rest on the 2010 clauses.", "dp.transfers");
  EXPECT_EQ(run(2, agreement, {.as_of = "2022-12-26"}).status, OutcomeStatus::pass);
  EXPECT_EQ(run(2, agreement, {.as_of = "2022-12-27"}).status, OutcomeStatus::fail);
}

TEST(PackRuleElements, MalformedElementsAndPositionsAreLocatedErrors) {
  const std::string head = "  - {id: x-y, title: t, severity: error, summary: s, source: s, "
                           "message: m, ";
  EXPECT_EQ(error_of(head + "forbid: pilot, elements: [{id: e, missing: m, match: {en: a}}]}\n"),
            "p.yaml:2:102: error: rule x-y: only a require rule has elements");
  EXPECT_EQ(
      error_of(head + "require: pilot, elements: [{id: e, missing: m, match: {en: '(a'}}]}\n"),
      "p.yaml:2:136: error: rule x-y: element e: pattern does not compile: missing ): (a");
  EXPECT_EQ(error_of(head + "require: pilot, elements: [{id: e, missing: m}]}\n"),
            "p.yaml:2:104: error: rule x-y: element e needs match: {LANGUAGE: RE2, …}");
  EXPECT_EQ(error_of(head + "term: term.initial, positions: {preferred: {le: P1Y}}, "
                            "unstated: fallback}\n"),
            "p.yaml:2:142: error: rule x-y: 'unstated: fallback' needs a kind and a fallback "
            "position");
  EXPECT_EQ(error_of(head + "require: pilot, absent: fail}\n"),
            "p.yaml:2:101: error: rule x-y: only a term rule has 'absent'");
  EXPECT_EQ(error_of(head + "conditional: {if: {set: clauses.pilot}, then: {set: clauses.pilot}}, "
                            "elements: [{id: e, missing: m, match: {en: a}}]}\n"),
            "p.yaml:2:156: error: rule x-y: only a require rule has elements");
}
