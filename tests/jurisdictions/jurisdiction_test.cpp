// Jurisdictions declared as data: parsing (every mistake a located error), whether one applies
// to an Agreement and why, dated adequacy, and the restricted-transfer fact derived from them.
#include <gtest/gtest.h>

#include "jurisdictions/jurisdiction.hpp"
#include "pactum/error.hpp"
#include "plugin_host/registry.hpp"
#include "vocabulary/vocabulary.hpp"

using namespace pactum;
using namespace pactum::host;

namespace {

constexpr std::string_view eu = R"(jurisdiction:
  code: EU
  name: EU GDPR
  governs: [gdpr]
  territory: [EU, EEA, DE, DK, PL]
  transfers:
    fact: gdpr.restricted_transfer
    reviewed: 2026-11-01
    adequate:
      - {country: GB, from: 2021-06-28, source: Decision of 28 June 2021}
      - {country: CH, from: 2000-07-26, until: 2030-01-01, source: Decision 2000/518/EC}
      - {country: US, from: 2023-07-10, source: Decision (EU) 2023/1795, partial: true}
)";

const std::vector<std::string> gdpr_prefixes = {"gdpr"};

Jurisdiction parsed(std::string_view text = eu) {
  return parse_jurisdiction({"eu/jurisdiction.yaml", std::string(text)}, "eu-gdpr", gdpr_prefixes);
}

std::string error_of(std::string_view text) {
  try {
    (void)parsed(text);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

Agreement agreement(std::string client_country, std::string provider_country) {
  Agreement a;
  a.parties = {
      {.name = "Client", .role = PartyRole::client, .country = std::move(client_country)},
      {.name = "Provider", .role = PartyRole::provider, .country = std::move(provider_country)}};
  a.facts.processing_locations = {true, {}};
  a.facts.data_subject_regions = {true, {}};
  return a;
}

} // namespace

TEST(Jurisdiction, ParsesTerritoryGovernedPrefixesAndDatedAdequacy) {
  const Jurisdiction j = parsed();
  EXPECT_EQ(j.code, "EU");
  EXPECT_EQ(j.plugin, "eu-gdpr");
  EXPECT_TRUE(j.covers("DK"));
  EXPECT_TRUE(j.covers("EU"));
  EXPECT_TRUE(j.covers("DE-BY")); // a subdivision lies in its country
  EXPECT_FALSE(j.covers("GB-ENG"));
  EXPECT_TRUE(j.governs_rule("gdpr-art28-3a-instructions"));
  EXPECT_FALSE(j.governs_rule("ukgdpr-art28-3a-instructions"));
  EXPECT_FALSE(j.governs_rule("gdprx-rule"));
}

TEST(Jurisdiction, AdequacyCountsOnlyWhileInForceAndNeverWhenPartial) {
  const Jurisdiction j = parsed();
  EXPECT_TRUE(j.free_destination("PL", "2019-01-01")); // inside the territory
  EXPECT_FALSE(j.free_destination("GB", "2021-06-27"));
  EXPECT_TRUE(j.free_destination("GB", "2021-06-28"));
  EXPECT_TRUE(j.free_destination("CH", "2029-12-31"));
  EXPECT_FALSE(j.free_destination("CH", "2030-01-01"));
  EXPECT_FALSE(j.free_destination("US", "2026-01-01")); // certified recipients only
  EXPECT_FALSE(j.free_destination("PH", "2026-01-01"));
}

TEST(Jurisdiction, MalformedDocumentsAreLocatedErrors) {
  EXPECT_EQ(error_of("jurisdiction: {code: EU, name: n, governs: [gdpr], territory: [XX]}"),
            "eu/jurisdiction.yaml:1:64: error: jurisdiction EU: territory: 'XX' is not an ISO "
            "3166 code (DK, GB-ENG, US-CA) or EU/EEA");
  EXPECT_EQ(error_of("jurisdiction: {code: EU, name: n, governs: [core], territory: [DE]}"),
            "eu/jurisdiction.yaml:1:45: error: jurisdiction EU: prefix 'core' is not one of the "
            "plugin's own");
  EXPECT_EQ(error_of("jurisdiction: {code: EU, name: n, governs: [gdpr], territory: [DE], "
                     "colour: blue}"),
            "eu/jurisdiction.yaml:1:69: error: unknown key 'colour' in a jurisdiction");
  EXPECT_EQ(error_of("jurisdiction: {code: EU, name: n, governs: [gdpr], territory: [DE],\n"
                     "  transfers: {fact: core.transfer, reviewed: 2026-01-01, adequate: []}}"),
            "eu/jurisdiction.yaml:2:21: error: transfers: fact 'core.transfer' must be named "
            "'<prefix>.name' with a prefix of the plugin's own");
  EXPECT_EQ(error_of("jurisdiction: {code: EU, name: n, governs: [gdpr], territory: [DE],\n"
                     "  transfers: {fact: gdpr.t, reviewed: 2026-01-01, adequate: [\n"
                     "    {country: GB, from: 28 June 2021, source: s}]}}"),
            "eu/jurisdiction.yaml:3:25: error: adequate destination GB: from must be a date "
            "YYYY-MM-DD, not '28 June 2021'");
  EXPECT_NE(error_of("jurisdiction: {code: EU").find("eu/jurisdiction.yaml:1:"), std::string::npos);
}

TEST(Jurisdiction, AppliesOnAKnownFactInsideAndSaysWhich) {
  const Jurisdiction j = parsed();
  Agreement a = agreement("GB", "PH");
  a.facts.processing_locations.values = {"PH", "PL"};
  const Applicability applies = applicability(j, a, {});
  EXPECT_EQ(applies.applies, Tri::yes);
  EXPECT_EQ(applies.reason, "personal data is processed in PL");

  Agreement governed = agreement("GB", "PH");
  governed.terms.push_back({.name = "governing_law", .value = "DE"});
  EXPECT_EQ(applicability(j, governed, {}).reason, "the governing law is DE");
}

TEST(Jurisdiction, DoesNotApplyWhenEveryFactIsKnownAndOutside) {
  const Applicability none = applicability(parsed(), agreement("GB", "PH"), {});
  EXPECT_EQ(none.applies, Tri::no);
  EXPECT_EQ(none.reason,
            "no party, processing location, data-subject region or governing law is in EU");
}

TEST(Jurisdiction, IsUndeterminedWhenAFactIsUnknownAndNamesItAndTheFlag) {
  Agreement a = agreement("", "PH");
  a.facts.data_subject_regions = {};
  const Applicability unknown = applicability(parsed(), a, {});
  EXPECT_EQ(unknown.applies, Tri::unknown);
  EXPECT_EQ(unknown.reason,
            "nothing known places the agreement under EU GDPR, and the parties' countries and the "
            "data subjects' regions (facts.data_subject_regions) are unknown; --jurisdiction EU "
            "applies it");
}

TEST(Jurisdiction, AppliesWhenAskedForByItsCodeOrAMemberState) {
  const std::vector<std::string> eu_code = {"EU"};
  const std::vector<std::string> member = {"IN", "DK"};
  const std::vector<std::string> other = {"IN"};
  EXPECT_EQ(applicability(parsed(), agreement("GB", "PH"), eu_code).reason,
            "asked for with --jurisdiction EU");
  EXPECT_EQ(applicability(parsed(), agreement("GB", "PH"), member).reason,
            "asked for with --jurisdiction DK");
  EXPECT_EQ(applicability(parsed(), agreement("GB", "PH"), other).applies, Tri::no);
}

TEST(Jurisdiction, RestrictedTransferIsDerivedOnlyWhereTheLawApplies) {
  const std::vector<Jurisdiction> all = {parsed()};
  Agreement offshore = agreement("DE", "PH");
  offshore.facts.processing_locations.values = {"PH"};
  derive_jurisdiction_facts(offshore, all, "2027-01-01");
  EXPECT_EQ(offshore.facts.extra.at("gdpr.restricted_transfer"), Tri::yes);

  Agreement adequate = agreement("DE", "GB");
  adequate.facts.processing_locations.values = {"GB"};
  derive_jurisdiction_facts(adequate, all, "2027-01-01");
  EXPECT_EQ(adequate.facts.extra.at("gdpr.restricted_transfer"), Tri::no);
  // Before the UK decision the same transfer was restricted.
  derive_jurisdiction_facts(adequate, all, "2021-01-01");
  EXPECT_EQ(adequate.facts.extra.at("gdpr.restricted_transfer"), Tri::yes);

  Agreement outside = agreement("GB", "PH");
  outside.facts.processing_locations.values = {"PH"};
  derive_jurisdiction_facts(outside, all, "2027-01-01");
  EXPECT_EQ(outside.facts.extra.at("gdpr.restricted_transfer"), Tri::no);
  const std::vector<std::string> asked = {"EU"};
  derive_jurisdiction_facts(outside, all, "2027-01-01", asked);
  EXPECT_EQ(outside.facts.extra.at("gdpr.restricted_transfer"), Tri::yes);

  Agreement unknown = agreement("DE", "PH");
  unknown.facts.processing_locations = {};
  derive_jurisdiction_facts(unknown, all, "2027-01-01");
  EXPECT_EQ(unknown.facts.extra.at("gdpr.restricted_transfer"), Tri::unknown);
}

TEST(Jurisdiction, RegistryRefusesASecondDeclarationOfTheSameCode) {
  Registry registry(Vocabulary::load(std::filesystem::path(PACTUM_SOURCE_DIR) / "schemas"));
  Registrations first;
  first.jurisdictions.push_back({{"eu/jurisdiction.yaml", std::string(eu)}, "eu-gdpr"});
  registry.commit(std::move(first), {"eu-gdpr", {"gdpr"}});
  ASSERT_EQ(registry.jurisdictions().size(), 1U);
  Registrations second;
  std::string copy(eu);
  copy.replace(copy.find("[gdpr]"), 6, "[other]");
  copy.replace(copy.find("gdpr.restricted"), 4, "other");
  second.jurisdictions.push_back({{"other/jurisdiction.yaml", copy}, "other"});
  try {
    registry.commit(std::move(second), {"other", {"other"}});
    FAIL() << "a second EU was accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "jurisdiction EU is already declared by plugin 'eu-gdpr'");
  }
  EXPECT_EQ(registry.jurisdictions().size(), 1U);
}
