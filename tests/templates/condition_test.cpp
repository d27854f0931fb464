#include <gtest/gtest.h>

#include <map>

#include "pactum/error.hpp"
#include "templates/condition.hpp"

using namespace pactum::host;

namespace {

// A resolver over a fixed table: path → (type, values, list?).
PathResolver table(std::map<std::string, Resolved> entries) {
  return [entries = std::move(entries)](std::string_view path) {
    const auto found = entries.find(std::string(path));
    return found == entries.end() ? Resolved{} : found->second;
  };
}

bool holds(std::string_view yaml, const PathResolver& resolve) {
  return evaluate(parse_condition(YAML::Load(std::string(yaml)), "test.yaml"), resolve);
}

const PathResolver deal = table({
    {"pilot", {true, ParamType::object, {}, false}},
    {"pilot.duration", {true, ParamType::duration, {"P90D"}, false}},
    {"pricing.model", {true, ParamType::enumeration, {"per_fte_hour"}, false}},
    {"services.channels", {true, ParamType::enumeration, {"voice", "chat"}, true}},
    {"personal_data.card_payments", {true, ParamType::boolean, {"false"}, false}},
    {"facts.processing_locations", {true, ParamType::string_, {"PH"}, true}},
    {"kpis", {true, ParamType::object, {"0", "1"}, true}},
    {"empty_list", {true, ParamType::string_, {}, true}},
});

} // namespace

TEST(Condition, SetIsTrueForGivenObjectsAndNonEmptyListsOnly) {
  EXPECT_TRUE(holds("{set: pilot}", deal));
  EXPECT_FALSE(holds("{set: personal_data}", deal));
  EXPECT_TRUE(holds("{set: kpis}", deal));
  EXPECT_FALSE(holds("{set: empty_list}", deal));
  EXPECT_FALSE(holds("{set: personal_data.card_payments}", deal)) << "false is not set";
}

TEST(Condition, ComparesDurationsCanonically) {
  EXPECT_TRUE(holds("{gt: [pilot.duration, P2M]}", deal));
  EXPECT_TRUE(holds("{le: [pilot.duration, 3 months]}", deal));
  EXPECT_FALSE(holds("{lt: [pilot.duration, P90D]}", deal));
}

TEST(Condition, EqAndInMatchScalarsAndListItems) {
  EXPECT_TRUE(holds("{eq: [pricing.model, per_fte_hour]}", deal));
  EXPECT_TRUE(holds("{eq: [services.channels, chat]}", deal));
  EXPECT_TRUE(holds("{in: [facts.processing_locations, [IN, PH, CN]]}", deal));
  EXPECT_FALSE(holds("{in: [pricing.model, [per_minute, per_contact]]}", deal));
  EXPECT_TRUE(holds("{eq: [personal_data.card_payments, false]}", deal));
}

TEST(Condition, CombinatorsNest) {
  EXPECT_TRUE(holds("{all: [{set: pilot}, {not: {set: personal_data}}]}", deal));
  EXPECT_TRUE(holds("{any: [{set: personal_data}, {eq: [pricing.model, per_fte_hour]}]}", deal));
  EXPECT_FALSE(holds("{all: [{set: pilot}, {set: personal_data}]}", deal));
}

TEST(Condition, MalformedConditionsAreLocatedErrors) {
  const auto error = [](std::string_view yaml) {
    try {
      (void)parse_condition(YAML::Load(std::string(yaml)), "t.yaml");
    } catch (const pactum::Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("{when: pilot}"), "t.yaml:1:2: error: unknown condition operator 'when'");
  EXPECT_EQ(error("{eq: [a]}"), "t.yaml:1:6: error: 'eq' takes [PATH, VALUE]");
  EXPECT_EQ(error("{all: []}"), "t.yaml:1:7: error: 'all' takes a non-empty list of conditions");
}
