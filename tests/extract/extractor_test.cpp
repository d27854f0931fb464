// Clause detection end to end on small agreements read by the real text reader: one Hyperscan
// pass, headings and body wording scored, near misses cancelled, parties, terms and facts.
#include <gtest/gtest.h>

#include <span>
#include <string>

#include "extract/extractor.hpp"
#include "extract/pattern_pack.hpp"
#include "readers/text_reader.hpp"
#include "vocabulary/vocabulary.hpp"

namespace {

using namespace pactum;
using host::Extractor;

const host::Vocabulary& vocabulary() {
  static const host::Vocabulary loaded =
      host::Vocabulary::load(std::string(PACTUM_SOURCE_DIR) + "/schemas");
  return loaded;
}

constexpr const char* pack_yaml = R"(language: en
kinds:
  termination.convenience:
    headings: ['termination\s+for\s+convenience']
    patterns:
      - 'terminate\s+this\s+agreement[^.;]{0,80}(?:for\s+convenience|without\s+cause)'
    unless:
      - '(?:neither|no)\s+party\s+may\s+terminate'
    terms:
      - name: termination.convenience.notice
        type: duration
        capture: '((?:\w+\s+)?\(?\d*\)?\s*(?:days?|months?))[\s''’]*(?:prior\s+)?(?:written\s+)?notice'
  governing_law:
    headings: ['governing\s+law']
    patterns: ['governed\s+by[^.;]{0,60}laws?\s+of']
    terms:
      - {name: governing_law, type: jurisdiction, capture: 'laws?\s+of\s+([^.;]{2,80})'}
  insurance:
    headings: ['insurance']
facts:
  personal_data:
    'true': ['personal\s+data']
    'false': ['no\s+personal\s+data']
  data_subject_regions:
    US-CA: ['california\s+consumer\s+privacy\s+act']
)";

const Extractor& extractor() {
  static const std::vector<host::PatternPack> packs = {
      host::parse_pattern_pack({"test/en.yaml", pack_yaml}, "test", vocabulary())};
  static const Extractor built(packs);
  return built;
}

Agreement read(const std::string& text) {
  Agreement agreement;
  agreement.id = "test";
  agreement.documents.push_back(host::read_text_document(
      std::as_bytes(std::span(text.data(), text.size())), "agreement.txt", false));
  agreement.documents.back().source_file = "agreement.txt";
  extractor().extract(agreement);
  return agreement;
}

const Clause* clause_of(const Agreement& agreement, std::string_view kind) {
  for (const Clause& clause : agreement.documents.front().clauses) {
    if (clause.kind == kind) {
      return &clause;
    }
  }
  return nullptr;
}

const std::string preamble =
    "SERVICES AGREEMENT\n\nThis Agreement is made between Harbour Retail Limited, a company "
    "incorporated in England (the \"Client\"), and Bayview Contact Inc., a Delaware "
    "corporation (the \"Supplier\").\n\n";

} // namespace

TEST(Extractor, BodyWordingIsAClauseWithTheSubjectAsItsParty) {
  const Agreement agreement =
      read(preamble + "12. TERMINATION\n\n12.1 The Client may terminate this Agreement at any "
                      "time for convenience by giving ninety (90) days' written notice.\n");
  const Clause* clause = clause_of(agreement, "termination.convenience");
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->party, PartyRole::client);
  EXPECT_EQ(clause->origin, ClauseOrigin::detected);
  EXPECT_DOUBLE_EQ(clause->confidence, 0.6);
  EXPECT_EQ(clause->section, "12.1");
  const Term* notice = agreement.term("termination.convenience.notice");
  ASSERT_NE(notice, nullptr);
  EXPECT_EQ(notice->value, "P90D");
  EXPECT_EQ(notice->party, PartyRole::client);
  const std::string_view text = agreement.documents.front().text;
  EXPECT_EQ(text.substr(notice->origin.begin, notice->origin.end - notice->origin.begin),
            "ninety (90) days");
}

TEST(Extractor, ProviderOnlyRightIsDetectedButBelongsToTheProvider) {
  const Agreement agreement =
      read(preamble + "12. TERMINATION\n\n12.1 The Supplier may terminate this Agreement for "
                      "convenience on one hundred and eighty (180) days' written notice.\n");
  const Clause* clause = clause_of(agreement, "termination.convenience");
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->party, PartyRole::provider);
}

TEST(Extractor, NearMissInTheSameSentenceCancelsTheHit) {
  const Agreement agreement =
      read(preamble + "12. TERMINATION\n\n12.1 Neither party may terminate this Agreement for "
                      "convenience during the Initial Term.\n");
  EXPECT_EQ(clause_of(agreement, "termination.convenience"), nullptr);
}

TEST(Extractor, HeadedSectionWithWordingScoresHighestAndSpansTheSection) {
  const Agreement agreement =
      read(preamble + "14. GOVERNING LAW\n\nThis Agreement is governed by the laws of the State "
                      "of New York.\n\nThe parties submit to the courts of New York County.\n\n"
                      "15. NOTICES\n\nNotices are given in writing.\n");
  const Clause* clause = clause_of(agreement, "governing_law");
  ASSERT_NE(clause, nullptr);
  EXPECT_DOUBLE_EQ(clause->confidence, 0.95);
  const std::string_view text = agreement.documents.front().text_of(*clause);
  EXPECT_NE(text.find("courts of New York County"), std::string_view::npos);
  EXPECT_EQ(text.find("NOTICES"), std::string_view::npos);
  const Term* law = agreement.term("governing_law");
  ASSERT_NE(law, nullptr);
  EXPECT_EQ(law->value, "US-NY");
}

TEST(Extractor, HeadingAloneIsAClauseWithHeadingConfidence) {
  const Agreement agreement =
      read(preamble + "9. INSURANCE\n\nThe Supplier shall maintain cover of USD 5,000,000.\n");
  const Clause* clause = clause_of(agreement, "insurance");
  ASSERT_NE(clause, nullptr);
  EXPECT_DOUBLE_EQ(clause->confidence, 0.8);
  EXPECT_EQ(clause->party, PartyRole::provider);
}

TEST(Extractor, PartiesBecomeTermsAndFactsComeFromWording) {
  const Agreement agreement =
      read(preamble + "5. DATA\n\nThe Supplier processes personal data of the Client's "
                      "customers, including consumers under the California Consumer Privacy "
                      "Act.\n");
  ASSERT_EQ(agreement.parties.size(), 2U);
  ASSERT_NE(agreement.term("parties.client.name"), nullptr);
  EXPECT_EQ(agreement.term("parties.client.name")->value, "Harbour Retail Limited");
  ASSERT_NE(agreement.term("parties.provider.country"), nullptr);
  EXPECT_EQ(agreement.term("parties.provider.country")->value, "US");
  EXPECT_EQ(agreement.facts.personal_data, Tri::yes);
  EXPECT_EQ(agreement.facts.health_data, Tri::unknown);
  ASSERT_TRUE(agreement.facts.data_subject_regions.known);
  EXPECT_EQ(agreement.facts.data_subject_regions.values, std::vector<std::string>{"US-CA"});
}

TEST(Extractor, WordingThatRulesPersonalDataOutSettlesTheFactAsNo) {
  const Agreement agreement =
      read(preamble + "5. DATA\n\nNo personal data is processed under this Agreement.\n");
  EXPECT_EQ(agreement.facts.personal_data, Tri::no);
}

TEST(Extractor, GeneratedDocumentsAreLeftAlone) {
  Agreement agreement;
  Document document;
  document.id = "msa";
  document.language = "en";
  document.text = "This Agreement is governed by the laws of England.";
  agreement.documents.push_back(document);
  extractor().extract(agreement);
  EXPECT_TRUE(agreement.documents.front().clauses.empty());
  EXPECT_TRUE(agreement.terms.empty());
}

TEST(Extractor, TextInAnotherLanguageIsNotReadWithEnglishPatterns) {
  const Agreement agreement = read(
      "Aftalen er underlagt dansk ret. Aftalen kan opsiges af kunden med tre måneders varsel, og "
      "leverandøren skal yde exitbistand i seks måneder efter ophør.\n");
  EXPECT_EQ(agreement.documents.front().language, "und");
  EXPECT_TRUE(agreement.documents.front().clauses.empty());
}
