// The core plugin's rules, created from their factories out of the real core.so, on small
// hand-made Agreements: one detected clause in one text file.
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
  EXPECT_EQ(outcome.findings[0].position, Position::beyond_walk_away);
  EXPECT_EQ(outcome.findings[0].requirement, "core-governing-law-missing");
  EXPECT_EQ(outcome.findings[0].location.file, "msa.txt");
  EXPECT_EQ(outcome.findings[0].message, "The agreement does not say which law governs it.");
  ASSERT_TRUE(outcome.findings[0].suggestion.has_value());
  EXPECT_NE(outcome.findings[0].suggestion->find("governed by"), std::string::npos);
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
            "There is no right to terminate for convenience for the judging side (the "
            "termination.convenience clause found favours the provider, not the client)");
  EXPECT_EQ(outcome.findings[0].location.section, "18");
  EXPECT_EQ(run("core-optout-missing", agreement, {.side = PartyRole::provider}).status,
            OutcomeStatus::pass);
}

TEST_F(CoreRules, AMutualConvenienceRightCountsForEitherSide) {
  const Agreement agreement = with_clause("termination.convenience", PartyRole::mutual, 0.9);
  EXPECT_EQ(run("core-optout-missing", agreement).status, OutcomeStatus::pass);
  EXPECT_EQ(run("core-optout-missing", agreement, {.side = PartyRole::provider}).status,
            OutcomeStatus::pass);
}

TEST_F(CoreRules, AuditRightsAreRequired) {
  EXPECT_EQ(run("core-audit-missing", with_clause("audit.rights", PartyRole::client, 0.9)).status,
            OutcomeStatus::pass);
  const auto outcome =
      run("core-audit-missing", with_clause("governing_law", PartyRole::mutual, 0.9));
  ASSERT_EQ(outcome.status, OutcomeStatus::fail);
  EXPECT_EQ(outcome.findings[0].severity, Severity::error);
  EXPECT_EQ(outcome.findings[0].message, "The agreement gives no right to audit the provider.");
}

// A detected convenience clause in plain text, with no extracted terms: the fee rule reads it.
TEST_F(CoreRules, TheConvenienceFeeIsReadFromTextWhenNoTermCarriesIt) {
  const auto fee_outcome = [&](std::string text) {
    Agreement agreement = with_clause("termination.convenience", PartyRole::client, 0.9);
    Document& document = agreement.documents.front();
    document.text = std::move(text);
    document.clauses.front().end = document.text.size();
    return run("core-optout-fee", agreement).status;
  };
  EXPECT_EQ(fee_outcome("The Client may terminate on 90 days' notice without any termination fee."),
            OutcomeStatus::pass);
  EXPECT_EQ(fee_outcome("The Client may terminate on 90 days' notice, paying a termination fee of "
                        "EUR 50,000."),
            OutcomeStatus::pass);
  EXPECT_EQ(
      fee_outcome("The Client may terminate on notice and shall pay a break fee equal to three "
                  "(3) months' Charges."),
      OutcomeStatus::pass);
  EXPECT_EQ(fee_outcome("The Client may terminate on notice and shall compensate the Provider for "
                        "its costs."),
            OutcomeStatus::fail);
  EXPECT_EQ(fee_outcome("The Client may terminate on 90 days' notice."), OutcomeStatus::fail);
  // Not a statement that no fee is payable.
  EXPECT_EQ(fee_outcome("The Client may not terminate without penalty."), OutcomeStatus::fail);
  Agreement danish = with_clause("termination.convenience", PartyRole::client, 0.9);
  danish.documents.front().language = "da";
  const auto outcome = run("core-optout-fee", danish);
  EXPECT_EQ(outcome.status, OutcomeStatus::undetermined);
  EXPECT_NE(outcome.reason.find("English only"), std::string::npos);
}
