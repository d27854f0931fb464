// A knowledge-transfer checklist is checked when it loads, so a mistake in one is a located error
// for its author rather than a plan with an item nobody owns or a date nobody can compute.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "pactum/error.hpp"
#include "templates/kt_checklist.hpp"
#include "test_template.hpp"

using namespace pactum::host;

namespace {

constexpr const char* header = "id: kt\nversion: 0.1.0\ntitle: {en: Plan, da: Plan}\nphases:\n";

std::string with_item(const std::string& item) {
  return std::string(header) + "  - id: governance\n    title: {en: Governance, da: Styring}\n" +
         "    items:\n      - id: scope\n        kind: kt.governance\n" +
         "        title: {en: Agree scope, da: Aftal omfang}\n" +
         "        evidence: {en: Signed RACI, da: Underskrevet RACI}\n" +
         "        acceptance: {en: Both sign, da: Begge underskriver}\n" + item;
}

std::string load_error(const std::string& yaml) {
  try {
    (void)KtChecklist::parse(yaml, "checklist.yaml", pactum::test::shipped_vocabulary());
  } catch (const pactum::Error& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST(KtChecklist, ReadsPhasesItemsAndTheLanguagesEveryTextHas) {
  const KtChecklist checklist = KtChecklist::parse(
      with_item("        owner: both\n        due: -P8W\n        tags: [escm-st, itil-st]\n"
                "        when: {eq: [facts.personal_data, true]}\n"),
      "checklist.yaml", pactum::test::shipped_vocabulary());
  ASSERT_EQ(checklist.phases.size(), 1U);
  const KtItemTemplate& item = checklist.phases[0].items.at(0);
  EXPECT_EQ(item.owner, KtOwner::both);
  EXPECT_EQ(item.from, KtAnchor::go_live);
  EXPECT_EQ(parse_kt_offset(item.offset), -56);
  EXPECT_TRUE(item.when.has_value());
  EXPECT_EQ(checklist.languages, (std::vector<std::string>{"da", "en"}));
}

TEST(KtChecklist, OffsetsAreSignedDaysOrWeeksOnly) {
  EXPECT_EQ(parse_kt_offset("P0D"), 0);
  EXPECT_EQ(parse_kt_offset("-P30D"), -30);
  EXPECT_EQ(parse_kt_offset("P2W"), 14);
  EXPECT_FALSE(parse_kt_offset("P1M")); // a month before go-live names no single day
  EXPECT_FALSE(parse_kt_offset("30D"));
  EXPECT_FALSE(parse_kt_offset("-P"));
  EXPECT_FALSE(parse_kt_offset("P-5D"));
  EXPECT_FALSE(parse_kt_offset("--P5D"));
  EXPECT_FALSE(parse_kt_offset("P99999D"));
}

TEST(KtChecklist, RefusesAnUnknownOwnerAtItsLine) {
  EXPECT_EQ(
      load_error(with_item("        owner: vendor\n        due: P0D\n        tags: [escm-km]\n")),
      "checklist.yaml:13:16: error: item 'scope': owner must be client, provider or both, "
      "not 'vendor'");
}

TEST(KtChecklist, RefusesADueThatIsNotAnOffset) {
  EXPECT_NE(load_error(with_item("        owner: client\n        due: 2027-01-01\n"
                                 "        tags: [escm-km]\n"))
                .find("checklist.yaml:14:14: error: item 'scope': due must be a signed ISO 8601"),
            std::string::npos);
}

TEST(KtChecklist, RefusesConditionPathsATrackedCopyCouldNotRecord) {
  EXPECT_NE(
      load_error(with_item("        owner: client\n        due: P0D\n        tags: [escm-km]\n"
                           "        when: {eq: [terms.pricing.model, per_contact]}\n"))
          .find("condition path 'terms.pricing.model' is not one a checklist may read"),
      std::string::npos);
}

TEST(KtChecklist, RefusesUnknownTagsEachSourcesAndNonKtKinds) {
  EXPECT_NE(
      load_error(with_item("        owner: client\n        due: P0D\n        tags: [cobit]\n"))
          .find("unknown tag 'cobit'"),
      std::string::npos);
  EXPECT_NE(
      load_error(with_item("        owner: client\n        due: P0D\n        tags: [escm-km]\n"
                           "        each: sites\n"))
          .find("each must be one of channels, languages, contact_types, offshore_sites"),
      std::string::npos);
}

TEST(KtChecklist, RefusesItemNamesOutsideAnEachItem) {
  EXPECT_NE(load_error(std::string(header) +
                       "  - id: capture\n    title: {en: Capture, da: Indsamling}\n    items:\n"
                       "      - id: scripts\n        kind: kt.capture\n"
                       "        title: {en: 'Scripts for {{item}}', da: 'Manuskripter for "
                       "{{item}}'}\n"
                       "        evidence: {en: E, da: E}\n        acceptance: {en: A, da: A}\n"
                       "        owner: client\n        due: -P30D\n        tags: [escm-km]\n")
                .find("'{{item}}' is not a name a checklist text may use here"),
            std::string::npos);
}

TEST(KtChecklist, RefusesATextMissingALanguage) {
  EXPECT_NE(load_error(std::string(header) +
                       "  - id: capture\n    title: {en: Capture}\n    items:\n"
                       "      - id: scripts\n        kind: kt.capture\n"
                       "        title: {en: Scripts, da: Manuskripter}\n"
                       "        evidence: {en: E, da: E}\n        acceptance: {en: A, da: A}\n"
                       "        owner: client\n        due: -P30D\n        tags: [escm-km]\n")
                .find("checklist.yaml:6:12: error: phase 'capture': has not the same languages as "
                      "the checklist title: da"),
            std::string::npos);
}

TEST(KtChecklist, AGateNeedsCriteriaAndRequiresOnlyPhasesThatExist) {
  const std::string gate = std::string(header) +
                           "  - id: pilot\n    title: {en: Pilot, da: Pilot}\n    items:\n"
                           "      - id: go-live-gate\n        kind: kt.gate\n"
                           "        title: {en: Gate, da: Port}\n"
                           "        evidence: {en: E, da: E}\n        acceptance: {en: A, da: A}\n"
                           "        owner: client\n        due: -P2D\n        tags: [escm-st]\n";
  EXPECT_NE(load_error(gate).find("a gate needs criteria"), std::string::npos);
  EXPECT_NE(load_error(gate + "        gate: {requires: [training], criteria: [{id: c, text: {en: "
                              "C, da: C}}]}\n")
                .find("gate requires phase 'training', which the checklist does not have"),
            std::string::npos);
  EXPECT_EQ(load_error(gate + "        gate: {requires: [pilot], criteria: [{id: c, text: {en: C, "
                              "da: C}}]}\n"),
            "no error");
}

// The checklist Pactum ships loads, in the four languages the agreement template has.
TEST(KtChecklist, TheShippedChecklistLoadsInEveryTemplateLanguage) {
  const auto file =
      std::filesystem::path(PACTUM_SOURCE_DIR) / "templates" / "kt-checklist" / "checklist.yaml";
  const KtChecklist checklist = KtChecklist::load(file, pactum::test::shipped_vocabulary());
  EXPECT_EQ(checklist.languages, (std::vector<std::string>{"da", "en", "it", "zh"}));
  std::vector<std::string> phases;
  bool gate_before_go_live = false;
  bool reverse_transfer = false;
  for (const KtPhaseTemplate& phase : checklist.phases) {
    phases.push_back(phase.id);
    for (const KtItemTemplate& item : phase.items) {
      gate_before_go_live =
          gate_before_go_live || (item.kind == "kt.gate" && item.from == KtAnchor::go_live &&
                                  !item.when && parse_kt_offset(item.offset) <= 0);
      reverse_transfer = reverse_transfer || item.kind == "kt.reverse_transfer";
    }
  }
  EXPECT_EQ(phases, (std::vector<std::string>{"governance", "capture", "training", "pilot",
                                              "cutover", "hypercare", "steady-state", "exit"}));
  EXPECT_TRUE(gate_before_go_live) << "every deal's plan needs a go/no-go gate before go-live";
  EXPECT_TRUE(reverse_transfer);
}
