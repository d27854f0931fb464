#include <gtest/gtest.h>

#include "pactum/error.hpp"
#include "rules/playbook.hpp"

using namespace pactum::host;

TEST(GlobMatch, StarAndQuestionMark) {
  EXPECT_TRUE(glob_match("core-*", "core-step-in"));
  EXPECT_TRUE(glob_match("*-missing", "core-pilot-missing"));
  EXPECT_TRUE(glob_match("gdpr-art28-3?-*", "gdpr-art28-3a-instructions"));
  EXPECT_FALSE(glob_match("core-*", "gdpr-art46-transfers"));
  EXPECT_TRUE(glob_match("core-step-in", "core-step-in"));
  EXPECT_FALSE(glob_match("core-step", "core-step-in"));
}

TEST(Playbook, SelectorsEnableAndDisableInOrder) {
  const Playbook playbook = Playbook::parse("rules: [core-*, -core-step-in]\n", "p.yaml");
  EXPECT_TRUE(playbook.enabled("core-pilot-missing"));
  EXPECT_FALSE(playbook.enabled("core-step-in"));
  EXPECT_FALSE(playbook.enabled("gdpr-art46-transfers")) << "a list naming rules runs only those";
  const Playbook only_off = Playbook::parse("rules: [-core-step-in]\n", "p.yaml");
  EXPECT_TRUE(only_off.enabled("gdpr-art46-transfers"));
  EXPECT_FALSE(only_off.enabled("core-step-in"));
  EXPECT_TRUE(Playbook{}.enabled("anything-at-all"));
}

TEST(Playbook, SeverityOverridesByGlobTheLastMatchWins) {
  const Playbook playbook =
      Playbook::parse("severity: {\"core-*\": info, core-optout-missing: warning}\n", "p.yaml");
  EXPECT_EQ(playbook.severity_for("core-step-in"), pactum::Severity::info);
  EXPECT_EQ(playbook.severity_for("core-optout-missing"), pactum::Severity::warning);
  EXPECT_FALSE(playbook.severity_for("gdpr-art46-transfers").has_value());
}

TEST(Playbook, OptionsMergeByGlobLaterEntriesWin) {
  const Playbook playbook =
      Playbook::parse("options:\n  \"core-*\": {preferred: \"<= P60D\"}\n"
                      "  core-optout-notice: {preferred: \"<= P30D\", fallback: \"<= P90D\"}\n",
                      "p.yaml");
  const auto options = playbook.options_for("core-optout-notice");
  EXPECT_EQ(options.at("preferred"), "<= P30D");
  EXPECT_EQ(options.at("fallback"), "<= P90D");
  EXPECT_EQ(playbook.options_for("core-step-in").at("preferred"), "<= P60D");
  EXPECT_TRUE(playbook.options_for("gdpr-art46-transfers").empty());
}

TEST(Playbook, WaiversNeedAReasonAndRememberWhereTheyWereWritten) {
  const Playbook playbook = Playbook::parse(
      "waivers:\n  - {rule: core-step-in, reason: Parent guarantee covers failure}\n", "p.yaml");
  ASSERT_EQ(playbook.waivers.size(), 1U);
  EXPECT_EQ(playbook.waivers[0].origin, "p.yaml:2:5");
  EXPECT_FALSE(playbook.sha256.empty());
  try {
    (void)Playbook::parse("waivers:\n  - {rule: core-step-in}\n", "p.yaml");
    FAIL() << "a waiver without a reason must be refused";
  } catch (const pactum::Error& e) {
    EXPECT_EQ(std::string(e.what()), "p.yaml:2:5: error: a waiver: missing 'reason'");
  }
}

TEST(Playbook, UnknownKeysAndBadSeveritiesAreLocatedErrors) {
  const auto error = [](std::string_view yaml) {
    try {
      (void)Playbook::parse(yaml, "p.yaml");
    } catch (const pactum::Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("rulez: []\n"), "p.yaml:1:1: error: unknown key 'rulez' in a playbook");
  EXPECT_EQ(error("severity: {core-step-in: fatal}\n"),
            "p.yaml:1:26: error: severity must be error, warning or info, not 'fatal'");
}

TEST(Waivers, DealFilesCarryThemUnderWaivers) {
  const auto waivers = parse_waivers(
      "template: cs-outsourcing\nwaivers:\n  - {rule: \"core-kpi-*\", reason: Agreed in QBR}\n",
      "deal.yaml");
  ASSERT_EQ(waivers.size(), 1U);
  EXPECT_EQ(waivers[0].rule, "core-kpi-*");
  EXPECT_EQ(waivers[0].origin, "deal.yaml:3:5");
}
