// A deal is validated against its template before anything is generated; every problem is
// reported at once, each with file:line:column, the parameter, what was expected and what was
// found.
#include <gtest/gtest.h>

#include "templates/deal.hpp"
#include "test_template.hpp"

using namespace pactum::host;
using pactum::test::cs_outsourcing;

namespace {

std::vector<std::string> error_lines(std::string_view text) {
  const DealLoad loaded = load_deal(text, "deal.yaml", cs_outsourcing());
  std::vector<std::string> lines;
  for (const auto& error : loaded.errors) {
    lines.push_back(error.line());
  }
  EXPECT_EQ(loaded.deal.has_value(), lines.empty());
  return lines;
}

// A small valid deal; tests change one line at a time.
constexpr std::string_view minimal = R"(template: cs-outsourcing
client: {name: Harbour & Finch Retail Ltd, country: GB}
provider: {name: Bayview Contact Solutions Inc., country: PH}
services:
  channels: [voice]
  sites: [{city: Pasig, country: PH}]
  forecast: {monthly_contacts: 120000}
term: {initial: P3Y, go_live: 2027-03-01}
termination:
  convenience: {notice: P90D}
  kpi_failure: {}
exit: {assistance: {}}
kpis:
  - {id: service_level, target: 80% in 20 s, source: ACD reports, critical: true, allocation: 100%}
service_credits: {at_risk: 12%}
pricing: {model: per_fte_hour, currency: GBP, rate: 14.50}
liability: {}
insurance: {}
governing_law: GB-ENG
dispute_resolution: {forum: arbitration, rules: LCIA, seat: London}
)";

std::string with(std::string_view from, std::string_view to) {
  std::string text(minimal);
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  return text;
}

} // namespace

TEST(DealValidation, MinimalDealIsValidAndDefaultsAreFilledIn) {
  const DealLoad loaded = load_deal(minimal, "deal.yaml", cs_outsourcing());
  ASSERT_TRUE(loaded.deal.has_value()) << loaded.errors.front().line();
  const Value& values = loaded.deal->values;
  EXPECT_EQ(values.at("term.renewal_notice")->scalar, "P90D");
  EXPECT_EQ(values.at("termination.kpi_failure.consecutive_months")->scalar, "3");
  EXPECT_EQ(values.at("service_credits.at_risk")->scalar, "0.12");
  EXPECT_FALSE(values.at("pilot")->present());
  EXPECT_EQ(loaded.deal->languages, std::vector<std::string>{"en"});
}

TEST(DealValidation, UnknownKeyIsReportedWithASuggestion) {
  EXPECT_EQ(error_lines(with("term: {", "pilott: {duration: P90D}\nterm: {")),
            std::vector<std::string>{
                "deal.yaml:8:1: error: unknown parameter 'pilott' (did you mean 'pilot'?)"});
}

TEST(DealValidation, WrongTypeSaysWhatWasExpectedAndFound) {
  EXPECT_EQ(error_lines(with("notice: P90D", "notice: ninety days")),
            std::vector<std::string>{
                "deal.yaml:10:25: error: termination.convenience.notice: expected a duration "
                "such as P90D or \"90 days\", found \"ninety days\""});
}

TEST(DealValidation, OutOfBoundsNamesTheBound) {
  EXPECT_EQ(error_lines(with("initial: P3Y", "initial: P11Y")),
            std::vector<std::string>{
                "deal.yaml:8:17: error: term.initial: expected at most P10Y, found \"P11Y\""});
}

TEST(DealValidation, MissingRequiredParameterIsReportedAtItsMap) {
  EXPECT_EQ(error_lines(with("term: {initial: P3Y, go_live: 2027-03-01}", "term: {initial: P3Y}")),
            std::vector<std::string>{"deal.yaml:8:7: error: term.go_live: missing required "
                                     "parameter (a date such as 2027-03-01; Day live customer "
                                     "contacts first reach provider agents.)"});
}

TEST(DealValidation, DuplicateKeyIsReportedWhereItRepeats) {
  EXPECT_EQ(error_lines(with("governing_law: GB-ENG", "governing_law: GB-ENG\ngoverning_law: DK")),
            std::vector<std::string>{"deal.yaml:20:1: error: duplicate key 'governing_law'"});
}

TEST(DealValidation, AllErrorsAreReportedAtOnceInFileOrder) {
  std::string text = with("pricing: {model: per_fte_hour", "pricing: {model: per_hour");
  text.replace(text.find("country: PH}\nservices"), 12, "country: XX}");
  text.replace(text.find("at_risk: 12%"), 12, "at_risk: lots");
  const auto lines = error_lines(text);
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_TRUE(lines[0].starts_with("deal.yaml:3:")) << lines[0];
  EXPECT_NE(lines[0].find("provider.country: expected an ISO 3166-1 country code"),
            std::string::npos);
  EXPECT_TRUE(lines[1].starts_with("deal.yaml:15:")) << lines[1];
  EXPECT_TRUE(lines[2].starts_with("deal.yaml:16:")) << lines[2];
  EXPECT_NE(lines[2].find("pricing.model: expected one of per_fte_hour, per_agent_hour"),
            std::string::npos)
      << lines[2];
}

TEST(DealValidation, ListItemsAreNamedByIndex) {
  const auto lines = error_lines(with("target: 80% in 20 s", "target: excellent"));
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_NE(lines[0].find("kpis[0].target: expected a KPI target"), std::string::npos) << lines[0];
}

TEST(DealValidation, MalformedYamlIsOneLocatedError) {
  EXPECT_EQ(
      error_lines("template: cs-outsourcing\nclient: {name: x\n"),
      std::vector<std::string>{"deal.yaml:3:1: error: not valid YAML: end of map flow not found"});
}

TEST(DealValidation, TheTemplateKeyIsRequiredAndMustMatch) {
  EXPECT_EQ(error_lines("client: {}\n"),
            std::vector<std::string>{"deal.yaml:1:1: error: template: missing: the deal must "
                                     "name its template (template: cs-outsourcing)"});
  EXPECT_EQ(error_lines("template: other\n"),
            std::vector<std::string>{
                "deal.yaml:1:11: error: template: expected 'cs-outsourcing', found \"other\""});
}

TEST(DealValidation, OversizedDealIsRefusedBeforeParsing) {
  const std::string huge(max_deal_bytes + 1, '#');
  const auto lines = error_lines(huge);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_NE(lines[0].find("deal files are limited to 1048576"), std::string::npos);
}

TEST(DealValidation, EveryExampleDealIsValid) {
  for (const char* name : {"uk-retail-philippines.yaml", "dk-utility-poland.yaml",
                           "it-telecom-albania.yaml", "cn-platform-china.yaml"}) {
    const std::string path = pactum::test::example_deal_path(name);
    const DealLoad loaded = load_deal(pactum::test::read_text(path), path, cs_outsourcing());
    EXPECT_TRUE(loaded.deal.has_value())
        << (loaded.errors.empty() ? "" : loaded.errors.front().line());
  }
}
