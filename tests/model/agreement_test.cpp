#include <gtest/gtest.h>

#include "pactum/model/agreement.hpp"

using namespace pactum;

namespace {

Agreement two_documents() {
  Agreement agreement;
  Document msa{.id = "msa",
               .type = DocumentType::msa,
               .language = "en",
               .text = "12. Data protection ...",
               .clauses = {}};
  msa.clauses.push_back({.kind = "dp.security",
                         .section = "12.1",
                         .begin = 0,
                         .end = 5,
                         .origin = ClauseOrigin::detected,
                         .confidence = 0.9,
                         .party = PartyRole::provider});
  msa.clauses.push_back({.kind = "governing_law",
                         .section = "20",
                         .begin = 5,
                         .end = 10,
                         .origin = ClauseOrigin::detected,
                         .confidence = 0.3,
                         .party = PartyRole::mutual});
  Document dpa{
      .id = "dpa", .type = DocumentType::dpa, .language = "en", .text = "x", .clauses = {}};
  dpa.clauses.push_back({.kind = "dp.breach_notification",
                         .section = "4",
                         .begin = 0,
                         .end = 1,
                         .origin = ClauseOrigin::generated,
                         .confidence = 1.0,
                         .party = PartyRole::provider});
  agreement.documents = {msa, dpa};
  return agreement;
}

} // namespace

TEST(KindMatches, FamilyPatternMatchesKindsUnderItOnly) {
  EXPECT_TRUE(kind_matches("dp.security", "dp.*"));
  EXPECT_FALSE(kind_matches("dp", "dp.*"));
  EXPECT_FALSE(kind_matches("dpx.security", "dp.*"));
  EXPECT_TRUE(kind_matches("pilot", "pilot"));
  EXPECT_FALSE(kind_matches("pilot.exit_criteria", "pilot"));
}

TEST(Agreement, FindsClausesAcrossDocumentsAtTheConfidenceThreshold) {
  const Agreement agreement = two_documents();
  const auto dp = agreement.clauses("dp.*", 0.5);
  ASSERT_EQ(dp.size(), 2U);
  EXPECT_EQ(dp[0].document->id, "msa");
  EXPECT_EQ(dp[1].document->id, "dpa");
  EXPECT_FALSE(agreement.has_clause("governing_law", 0.5));
  EXPECT_TRUE(agreement.has_clause("governing_law", 0.3));
}

TEST(Agreement, LooksUpTermsByNameAndQualifier) {
  Agreement agreement;
  agreement.terms.push_back({.name = "kpi.target", .qualifier = "service_level", .value = "a"});
  agreement.terms.push_back({.name = "kpi.target", .qualifier = "fcr", .value = "b"});
  EXPECT_EQ(agreement.term("kpi.target", "fcr")->value, "b");
  EXPECT_EQ(agreement.term("kpi.target")->value, "a");
  EXPECT_EQ(agreement.term("kpi.window"), nullptr);
}

TEST(FactSet, UnknownSetsAnswerUnknown) {
  FactSet unknown;
  EXPECT_EQ(unknown.contains("PH"), Tri::unknown);
  const FactSet known{.known = true, .values = {"PH", "IN"}};
  EXPECT_EQ(known.contains("PH"), Tri::yes);
  EXPECT_EQ(known.contains("CN"), Tri::no);
  const std::vector<std::string> eu{"DE", "FR"};
  EXPECT_EQ(known.contains_any(eu), Tri::no);
}
