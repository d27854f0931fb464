// The core plugin's rules, created from their factories out of the real core.so.
#include <gtest/gtest.h>

#include <filesystem>

#include "plugin_host/plugin_host.hpp"
#include "vocabulary/vocabulary.hpp"

namespace fs = std::filesystem;
using namespace pactum;

namespace {

class CoreRules : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    host_ = std::make_unique<host::PluginHost>(
        host::Vocabulary::load(fs::path(PACTUM_SOURCE_DIR) / "schemas"));
    ASSERT_TRUE(host_->load_file(fs::path(PACTUM_PLUGIN_DIR) / "core.so"));
  }

  static Outcome run(std::string_view id, const Agreement& agreement,
                     const RuleContext& context = {}) {
    const host::RuleEntry* entry = host_->registry().find_rule(id);
    EXPECT_NE(entry, nullptr) << id;
    if (entry == nullptr) {
      return {};
    }
    return entry->factory()->evaluate(agreement, context);
  }

  static Agreement with_clause(std::string kind, PartyRole party, double confidence) {
    Agreement agreement;
    Document document{.id = "msa.txt",
                      .type = DocumentType::msa,
                      .language = "en",
                      .text = "18. This Agreement is governed by the laws of England.",
                      .source_file = "msa.txt"};
    document.clauses.push_back({.kind = std::move(kind),
                                .section = "18",
                                .begin = 0,
                                .end = document.text.size(),
                                .origin = ClauseOrigin::detected,
                                .confidence = confidence,
                                .party = party});
    agreement.documents.push_back(std::move(document));
    return agreement;
  }

  // Lives for the process, like the plugin libraries its rules come from.
  static inline std::unique_ptr<host::PluginHost> host_;
};

} // namespace

TEST_F(CoreRules, GoverningLawPassesWhenTheClauseIsThere) {
  const auto outcome =
      run("core-governing-law-missing", with_clause("governing_law", PartyRole::mutual, 0.9));
  EXPECT_EQ(outcome.status, OutcomeStatus::pass);
  EXPECT_TRUE(outcome.findings.empty());
}

TEST_F(CoreRules, GoverningLawFailsWithAnErrorFindingWhenAbsent) {
  const auto outcome =
      run("core-governing-law-missing", with_clause("confidentiality", PartyRole::mutual, 0.9));
  ASSERT_EQ(outcome.status, OutcomeStatus::fail);
  ASSERT_EQ(outcome.findings.size(), 1U);
  EXPECT_EQ(outcome.findings[0].severity, Severity::error);
  EXPECT_EQ(outcome.findings[0].location.file, "msa.txt");
  EXPECT_EQ(outcome.findings[0].message,
            "The agreement has no governing-law clause (clause kind governing_law at "
            "confidence 0.50 or more)");
}

TEST_F(CoreRules, ClausesBelowTheConfidenceThresholdDoNotCount) {
  const Agreement agreement = with_clause("governing_law", PartyRole::mutual, 0.4);
  EXPECT_EQ(run("core-governing-law-missing", agreement).status, OutcomeStatus::fail);
  EXPECT_EQ(run("core-governing-law-missing", agreement, {.min_confidence = 0.3}).status,
            OutcomeStatus::pass);
}

TEST_F(CoreRules, AProviderOnlyConvenienceRightIsNoOptOutForTheClient) {
  const Agreement agreement = with_clause("termination.convenience", PartyRole::provider, 0.9);
  const auto outcome = run("core-optout-missing", agreement);
  ASSERT_EQ(outcome.status, OutcomeStatus::fail);
  EXPECT_EQ(outcome.findings[0].message,
            "The agreement has a termination-for-convenience clause only for the provider, none "
            "for the client");
  EXPECT_EQ(outcome.findings[0].location.section, "18");
  EXPECT_EQ(run("core-optout-missing", agreement, {.side = PartyRole::provider}).status,
            OutcomeStatus::pass);
}
