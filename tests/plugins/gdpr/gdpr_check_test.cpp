// The eu-gdpr and uk-gdpr plugins through the real program: they register exactly the catalog's
// rules, apply only where their law reaches (and say why), leave the shipped example deals
// without an error, generate the transfer clauses a deal needs, judge transfer instruments by
// the check date, and read as one line per requirement when both laws apply.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "plugin_host/plugin_host.hpp"
#include "support/json_reader.hpp"
#include "support/run_process.hpp"
#include "support/scratch_folder.hpp"
#include "vocabulary/vocabulary.hpp"

namespace fs = std::filesystem;
using pactum::test::Json;
using pactum::test::JsonReader;
using pactum::test::run_process;

namespace {

std::string deal(const char* name) {
  return (fs::path(PACTUM_SOURCE_DIR) / "examples" / "deals" / name).string();
}

// rule id → status, and the jurisdictions that applied (plugin → reason), of a one-agreement
// check run.
struct Checked {
  std::map<std::string, std::string> status;
  std::map<std::string, std::string> applied;
  std::string error;
};

Checked check(std::vector<std::string> args) {
  args.insert(args.begin(), {PACTUM_EXE, "check"});
  args.insert(args.end(), {"--format", "json"});
  const auto r = run_process(args);
  Checked checked;
  if (r.status != 0 && r.status != 1) {
    checked.error = "exit " + std::to_string(r.status) + ": " + r.err;
    return checked;
  }
  JsonReader reader(r.out);
  const auto report = reader.read();
  if (!report || report->member("agreements") == nullptr ||
      report->member("agreements")->items.size() != 1) {
    checked.error = "not a one-agreement report: " + r.out.substr(0, 200);
    return checked;
  }
  const Json& agreement = report->member("agreements")->items.front();
  for (const Json& outcome : agreement.member("outcomes")->items) {
    checked.status[outcome.member("rule")->text] = outcome.member("status")->text;
  }
  for (const Json& j : agreement.member("jurisdictions")->items) {
    checked.applied[j.member("plugin")->text] = j.member("reason")->text;
  }
  return checked;
}

// A processor agreement with almost nothing in it, between a German client and a provider in
// the Philippines, whose transfers rest on the 2010 standard contractual clauses.
constexpr std::string_view thin_dpa =
    "DATA PROCESSING AGREEMENT\n\n"
    "This Data Processing Agreement is made between Nordlicht Versand GmbH, a company "
    "incorporated in Germany (the \"Client\"), and Bayview Contact Solutions Inc., a corporation "
    "organised under the laws of the Philippines (the \"Supplier\").\n\n"
    "1. Processing Location\n\n"
    "The Supplier shall process Client Personal Data only at its contact centre in Pasig, the "
    "Philippines.\n\n"
    "2. Personal Data Breach\n\n"
    "The Supplier shall notify the Client of any personal data breach within twenty-four (24) "
    "hours of becoming aware of it.\n\n"
    "3. International Transfers\n\n"
    "Transfers of personal data to the Supplier are made under the standard contractual clauses "
    "set out in Commission Decision 2010/87/EU, which the parties have signed.\n";

const std::map<std::string, pactum::Severity> eu_catalog{
    {"gdpr-art28-3-details", pactum::Severity::error},
    {"gdpr-art28-3a-instructions", pactum::Severity::error},
    {"gdpr-art28-3b-confidentiality", pactum::Severity::error},
    {"gdpr-art28-3c-security", pactum::Severity::error},
    {"gdpr-art28-3d-subprocessors", pactum::Severity::error},
    {"gdpr-art28-3e-data-subject-rights", pactum::Severity::error},
    {"gdpr-art28-3f-assistance", pactum::Severity::error},
    {"gdpr-art28-3g-deletion", pactum::Severity::error},
    {"gdpr-art28-3h-audit", pactum::Severity::error},
    {"gdpr-art28-3-unlawful-instruction", pactum::Severity::warning},
    {"gdpr-art33-breach-notice", pactum::Severity::error},
    {"gdpr-art46-transfers", pactum::Severity::error},
    {"gdpr-transfer-assessment", pactum::Severity::warning},
};

} // namespace

TEST(GdprPlugins, RegisterTheCatalogRulesAndShareOneRequirementPerArt28Item) {
  pactum::host::PluginHost host(
      pactum::host::Vocabulary::load(fs::path(PACTUM_SOURCE_DIR) / "schemas"));
  host.load_directory(PACTUM_PLUGIN_DIR);
  ASSERT_TRUE(host.errors().empty()) << host.errors()[0].message();
  std::map<std::string, pactum::Severity> eu;
  std::map<std::string, pactum::Severity> uk;
  std::map<std::string, std::string> requirement;
  for (const auto& entry : host.registry().rules()) {
    if (entry.plugin == "eu-gdpr") {
      eu.emplace(entry.info.id, entry.info.severity);
    } else if (entry.plugin == "uk-gdpr") {
      uk.emplace(entry.info.id, entry.info.severity);
    }
    requirement[entry.info.id] = entry.info.requirement;
    EXPECT_FALSE(entry.info.source.empty()) << entry.info.id;
  }
  EXPECT_EQ(eu, eu_catalog);
  std::map<std::string, pactum::Severity> uk_catalog;
  for (const auto& [id, severity] : eu_catalog) {
    if (id.starts_with("gdpr-art28") || id.starts_with("gdpr-art33")) {
      uk_catalog.emplace("uk" + id, severity);
      EXPECT_EQ(requirement[id], requirement["uk" + id]) << id;
    }
  }
  uk_catalog.emplace("ukgdpr-transfers", pactum::Severity::error);
  uk_catalog.emplace("ukgdpr-transfer-assessment", pactum::Severity::warning);
  uk_catalog.emplace("ukgdpr-idta-processor-terms", pactum::Severity::error);
  EXPECT_EQ(uk, uk_catalog);
  ASSERT_EQ(host.registry().jurisdictions().size(), 2U);
  const auto info = run_process({PACTUM_EXE, "plugins", "info", "uk-gdpr"});
  EXPECT_NE(info.out.find("  jurisdiction: GB (UK GDPR), governs ukgdpr-*; territory GB\n"),
            std::string::npos)
      << info.out;
}

TEST(GdprPlugins, ExampleDealsApplyTheRightLawAndHaveNoFailure) {
  const struct {
    const char* file;
    const char* applies; // plugin expected to apply, or "" for none
  } deals[] = {{"uk-retail-philippines.yaml", "uk-gdpr"},
               {"dk-utility-poland.yaml", "eu-gdpr"},
               {"it-telecom-albania.yaml", "eu-gdpr"},
               {"cn-platform-china.yaml", ""}};
  for (const auto& d : deals) {
    const Checked checked = check({deal(d.file), "--as-of", "2027-06-01"});
    ASSERT_TRUE(checked.error.empty()) << d.file << ": " << checked.error;
    EXPECT_EQ(checked.applied.size(), std::string_view(d.applies).empty() ? 0U : 1U) << d.file;
    if (*d.applies != '\0') {
      EXPECT_TRUE(checked.applied.contains(d.applies)) << d.file;
    }
    std::size_t judged = 0;
    for (const auto& [rule, status] : checked.status) {
      if (rule.starts_with("gdpr-") || rule.starts_with("ukgdpr-")) {
        EXPECT_NE(status, "fail") << d.file << ": " << rule;
        EXPECT_NE(status, "undetermined") << d.file << ": " << rule;
        judged += status == "pass" ? 1 : 0;
      }
    }
    // Every Art. 28 item and the breach notice passes where a law applies.
    EXPECT_GE(judged, *d.applies != '\0' ? 11U : 0U) << d.file;
  }
  // Albania has no adequacy decision: the Italian deal's transfers rest on the 2021 SCCs.
  const Checked italy = check({deal("it-telecom-albania.yaml"), "--as-of", "2027-06-01"});
  EXPECT_EQ(italy.status.at("gdpr-art46-transfers"), "pass");
  EXPECT_EQ(italy.status.at("gdpr-transfer-assessment"), "pass");
  const Checked uk = check({deal("uk-retail-philippines.yaml"), "--as-of", "2027-06-01"});
  EXPECT_EQ(uk.status.at("ukgdpr-transfers"), "pass");
  EXPECT_EQ(uk.status.at("ukgdpr-idta-processor-terms"), "pass");
  // Poland is in the EEA: no restricted transfer, so the transfer rules do not apply.
  const Checked denmark = check({deal("dk-utility-poland.yaml"), "--as-of", "2027-06-01"});
  EXPECT_EQ(denmark.status.at("gdpr-art46-transfers"), "not_applicable");
}

TEST(GdprPlugins, GeneratedTransferClausesFollowTheLawAndTheDestination) {
  pactum::test::ScratchFolder scratch("gdpr-generate");
  const auto italy = run_process({PACTUM_EXE, "generate", deal("it-telecom-albania.yaml"),
                                  "--format", "md", "-o", (scratch.path() / "it").string()});
  ASSERT_EQ(italy.status, 0) << italy.err;
  const auto slurp = [](const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  };
  const std::string italian = slurp(scratch.path() / "it" / "dpa.it.md");
  EXPECT_NE(italian.find("(UE) 2021/914"), std::string::npos);
  EXPECT_NE(italian.find("Modulo Due"), std::string::npos);
  EXPECT_NE(slurp(scratch.path() / "it" / "dpa.en.md").find("Module Two"), std::string::npos);

  const auto uk = run_process({PACTUM_EXE, "generate", deal("uk-retail-philippines.yaml"),
                               "--format", "md", "-o", (scratch.path() / "uk").string()});
  ASSERT_EQ(uk.status, 0) << uk.err;
  const std::string english = slurp(scratch.path() / "uk" / "dpa.md");
  EXPECT_NE(english.find("International Data Transfer Agreement"), std::string::npos);
  EXPECT_EQ(english.find("2021/914"), std::string::npos); // the EU law does not apply

  const auto denmark = run_process({PACTUM_EXE, "generate", deal("dk-utility-poland.yaml"),
                                    "--format", "md", "-o", (scratch.path() / "dk").string()});
  ASSERT_EQ(denmark.status, 0) << denmark.err;
  EXPECT_EQ(slurp(scratch.path() / "dk" / "dpa.da.md").find("2021/914"), std::string::npos);
}

TEST(GdprPlugins, OldSccsCountOnlyUntilTheirEndDate) {
  pactum::test::ScratchFolder scratch("gdpr-as-of");
  const fs::path dpa = scratch.write("dpa.txt", std::string(thin_dpa));
  const Checked before = check({dpa.string(), "--as-of", "2022-06-01"});
  ASSERT_TRUE(before.error.empty()) << before.error;
  EXPECT_EQ(before.applied.at("eu-gdpr"), "the client is in DE");
  EXPECT_EQ(before.status.at("gdpr-art46-transfers"), "pass");
  EXPECT_EQ(before.status.at("gdpr-transfer-assessment"), "fail");
  EXPECT_EQ(before.status.at("gdpr-art33-breach-notice"), "pass");
  const Checked after = check({dpa.string(), "--as-of", "2027-06-01"});
  EXPECT_EQ(after.status.at("gdpr-art46-transfers"), "fail");
  // Nothing places the agreement in the UK; the data subjects' regions are unknown.
  EXPECT_EQ(after.status.at("ukgdpr-transfers"), "undetermined");
}

TEST(GdprPlugins, WithoutUndueDelayAndNoHoursMeetsOnlyTheBreachNoticeFallback) {
  pactum::test::ScratchFolder scratch("gdpr-breach");
  std::string text(thin_dpa);
  const std::string hours = "within twenty-four (24) hours of becoming aware of it";
  text.replace(text.find(hours), hours.size(), "without undue delay after becoming aware of it");
  const fs::path dpa = scratch.write("dpa.txt", text);
  const auto r =
      run_process({PACTUM_EXE, "check", dpa.string(), "--format", "json", "--as-of", "2027-06-01"});
  ASSERT_TRUE(r.status == 0 || r.status == 1) << r.err;
  JsonReader reader(r.out);
  const auto report = reader.read();
  ASSERT_TRUE(report) << reader.error();
  const Json& agreement = report->member("agreements")->items.front();
  const Json* breach = nullptr;
  for (const Json& finding : agreement.member("findings")->items) {
    if (finding.member("rule")->text == "gdpr-art33-breach-notice") {
      breach = &finding;
    }
  }
  ASSERT_NE(breach, nullptr) << r.out;
  EXPECT_EQ(breach->member("position")->text, "fallback");
  EXPECT_EQ(breach->member("severity")->text, "info");
}

TEST(GdprPlugins, UnderBothLawsEachMissingItemIsOneLineNamingBothRules) {
  pactum::test::ScratchFolder scratch("gdpr-both");
  const fs::path dpa = scratch.write("dpa.txt", std::string(thin_dpa));
  const auto r = run_process(
      {PACTUM_EXE, "check", dpa.string(), "--jurisdiction", "EU,GB", "--as-of", "2027-06-01"});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("applies  uk-gdpr (GB): asked for with --jurisdiction GB"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  error    gdpr-art28-3a-instructions, ukgdpr-art28-3a-instructions "),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("gdpr-art28-3-details, gdpr-art28-3-details"), std::string::npos) << r.out;
  const auto bad = run_process({PACTUM_EXE, "check", dpa.string(), "--jurisdiction", "Europe"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("'Europe' is not an ISO 3166 code"), std::string::npos) << bad.err;
  const auto date = run_process({PACTUM_EXE, "check", dpa.string(), "--as-of", "27/12/2022"});
  EXPECT_EQ(date.status, 2);
  EXPECT_NE(date.err.find("'27/12/2022' is not a date YYYY-MM-DD"), std::string::npos) << date.err;
}
