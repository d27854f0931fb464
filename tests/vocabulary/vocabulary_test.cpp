#include <gtest/gtest.h>

#include "pactum/error.hpp"
#include "vocabulary/vocabulary.hpp"

using pactum::host::Vocabulary;

namespace {

const Vocabulary& shipped() {
  static const Vocabulary vocabulary =
      Vocabulary::load(std::filesystem::path(PACTUM_SOURCE_DIR) / "schemas");
  return vocabulary;
}

std::string parse_error(std::string_view kinds, std::string_view terms) {
  try {
    (void)Vocabulary::parse(kinds, "kinds.yaml", terms, "terms.yaml");
  } catch (const pactum::Error& e) {
    return e.what();
  }
  return "no error";
}

constexpr std::string_view no_terms = "terms: []\n";

} // namespace

// The starting clause kinds listed in DESIGN.md, all of which must be in the shipped schema.
TEST(Vocabulary, ShipsEveryClauseKindOfTheDesign) {
  for (const char* kind : {"parties",
                           "effective_date",
                           "notices",
                           "order_of_precedence",
                           "language.prevailing",
                           "term.initial",
                           "term.renewal",
                           "term.renewal_notice",
                           "pilot",
                           "pilot.exit_criteria",
                           "termination.convenience",
                           "termination.cause",
                           "termination.kpi_failure",
                           "termination.change_of_control",
                           "exit.assistance",
                           "services.scope",
                           "services.forecast",
                           "kpi.schedule",
                           "kpi.service_credits",
                           "kpi.reporting",
                           "pricing.model",
                           "pricing.minimum_commitment",
                           "pricing.indexation",
                           "governance",
                           "change_control",
                           "subcontracting",
                           "personnel.key",
                           "personnel.attrition",
                           "personnel.training",
                           "personnel.screening",
                           "personnel.transfer",
                           "labour_standards",
                           "kt.plan",
                           "kt.knowledge_base",
                           "dp.processing_details",
                           "dp.instructions",
                           "dp.confidentiality",
                           "dp.security",
                           "dp.subprocessors",
                           "dp.data_subject_rights",
                           "dp.assistance",
                           "dp.deletion_return",
                           "dp.audit",
                           "dp.breach_notification",
                           "dp.transfers",
                           "dp.processing_location",
                           "ai.use",
                           "audit.rights",
                           "business_continuity",
                           "liability.cap",
                           "liability.uncapped",
                           "liability.liquidated_damages",
                           "insurance",
                           "confidentiality",
                           "ip.ownership",
                           "assignment",
                           "change_of_control",
                           "governing_law",
                           "dispute_resolution",
                           "force_majeure",
                           "step_in",
                           "non_solicit",
                           "exclusivity",
                           "non_compete",
                           "warranty"}) {
    EXPECT_TRUE(shipped().has_kind(kind)) << kind;
  }
  // The design's 65 kinds, plus the 12 item kinds of a knowledge-transfer plan (kt.governance …
  // kt.reverse_transfer) that a kt_plan Document's items carry.
  for (const char* kind :
       {"kt.governance", "kt.capture", "kt.access", "kt.training", "kt.training.data_protection",
        "kt.training.pci", "kt.pilot", "kt.gate", "kt.cutover", "kt.hypercare", "kt.steady_state",
        "kt.reverse_transfer"}) {
    EXPECT_TRUE(shipped().has_kind(kind)) << kind;
  }
  EXPECT_EQ(shipped().kinds().size(), 77U);
}

TEST(Vocabulary, ShipsTheTermsTheDealFileSets) {
  for (const char* term :
       {"term.initial", "term.renewal", "term.renewal_notice", "termination.convenience.notice",
        "termination.convenience.fee_cap", "pilot.duration", "exit.assistance.duration",
        "kpi.target", "service_credits.at_risk", "pricing.model", "governing_law",
        "dp.breach_notification.deadline", "liability.cap"}) {
    EXPECT_TRUE(shipped().has_term(term)) << term;
  }
  EXPECT_EQ(shipped().terms().at("term.initial").type, "duration");
  EXPECT_EQ(shipped().terms().at("governing_law").type, "jurisdiction");
}

TEST(Vocabulary, KindFamiliesMatchOnlyExistingChildren) {
  EXPECT_TRUE(shipped().has_kind_pattern("dp.*"));
  EXPECT_TRUE(shipped().has_kind_pattern("termination.*"));
  EXPECT_FALSE(shipped().has_kind_pattern("warp.*"));
  EXPECT_FALSE(shipped().has_kind_pattern("governing_law.*"));
}

TEST(Vocabulary, NamesAreDottedLowerCase) {
  EXPECT_TRUE(Vocabulary::is_valid_name("dp.breach_notification"));
  EXPECT_TRUE(Vocabulary::is_valid_name("gdpr.scc_module_2"));
  EXPECT_FALSE(Vocabulary::is_valid_name("Dp.security"));
  EXPECT_FALSE(Vocabulary::is_valid_name("dp..security"));
  EXPECT_FALSE(Vocabulary::is_valid_name("dp."));
  EXPECT_FALSE(Vocabulary::is_valid_name("_dp"));
  EXPECT_FALSE(Vocabulary::is_valid_name("dp-security"));
}

TEST(Vocabulary, MalformedYamlIsReportedWithFileLineAndColumn) {
  EXPECT_EQ(parse_error("kinds:\n  - name: a\n    description: [unclosed\n", no_terms),
            "kinds.yaml:4:1: error: end of sequence flow not found");
}

TEST(Vocabulary, DuplicateKindIsReportedWhereItIsListedAgain) {
  EXPECT_EQ(parse_error("kinds:\n  - {name: pilot, description: a}\n"
                        "  - {name: pilot, description: b}\n",
                        no_terms),
            "kinds.yaml:3:5: error: clause kind 'pilot' is listed twice");
}

TEST(Vocabulary, UnknownTermTypeIsReportedAtTheType) {
  EXPECT_EQ(parse_error("kinds: []\n", "terms:\n  - name: term.initial\n    type: length\n"
                                       "    canonical: x\n    description: y\n"),
            "terms.yaml:3:11: error: term 'term.initial' has unknown type 'length'");
}

TEST(Vocabulary, EntryWithoutDescriptionIsRefused) {
  EXPECT_EQ(parse_error("kinds:\n  - name: pilot\n", no_terms),
            "kinds.yaml:2:5: error: entry needs a non-empty 'description'");
}
