// The JSON Schema for deal files is generated from the template's parameters and committed, so
// editors can use it without running pactum; these tests keep the committed file in step.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "templates/deal_schema.hpp"
#include "test_template.hpp"

using pactum::host::deal_json_schema;

namespace {

const std::string& generated() {
  static const std::string schema = deal_json_schema(pactum::test::cs_outsourcing());
  return schema;
}

// JSON is YAML, so yaml-cpp reads the schema back for the structural checks.
const YAML::Node& parsed() {
  static const YAML::Node schema = YAML::Load(generated());
  return schema;
}

std::vector<std::string> strings_of(const YAML::Node& list) {
  std::vector<std::string> out;
  for (const auto& item : list) {
    out.push_back(item.Scalar());
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::ranges::find(list, item) != list.end();
}

// The first line where two texts differ, for a short failure message ("" when equal).
std::string first_difference(const std::string& committed, const std::string& actual) {
  std::istringstream a(committed);
  std::istringstream b(actual);
  std::string line_a;
  std::string line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_b = static_cast<bool>(std::getline(b, line_b));
    if (!more_a && !more_b) {
      return committed == actual ? "" : "the end: only the final newline or line endings differ";
    }
    if (!more_a || !more_b || line_a != line_b) {
      return "line " + std::to_string(line) + ":\n  committed: " + (more_a ? line_a : "(end)") +
             "\n  generated: " + (more_b ? line_b : "(end)");
    }
  }
}

// Every object schema, wherever it is nested, refuses keys it does not name.
void expect_closed_objects(const YAML::Node& schema, const std::string& path) {
  if (!schema.IsMap()) {
    return;
  }
  if (schema["type"] && schema["type"].IsScalar() && schema["type"].Scalar() == "object") {
    ASSERT_TRUE(schema["additionalProperties"]) << path;
    EXPECT_EQ(schema["additionalProperties"].Scalar(), "false") << path;
    for (const auto& property : schema["properties"]) {
      expect_closed_objects(property.second, path + "." + property.first.Scalar());
    }
  }
  if (schema["items"]) {
    expect_closed_objects(schema["items"], path + "[]");
  }
}

} // namespace

TEST(DealSchema, CommittedSchemaMatchesTheTemplate) {
  const auto committed_path =
      std::filesystem::path(PACTUM_SOURCE_DIR) / "schemas" / "deal-cs-outsourcing.schema.json";
  const std::string committed = pactum::test::read_text(committed_path.string());
  EXPECT_TRUE(committed == generated())
      << "first difference at " << first_difference(committed, generated()) << "\n"
      << committed_path.string()
      << " is out of date with templates/cs-outsourcing; regenerate it from the source root "
         "with:\n  pactum templates schema cs-outsourcing -o "
         "schemas/deal-cs-outsourcing.schema.json";
}

TEST(DealSchema, NamesDialectIdAndTemplate) {
  const YAML::Node& schema = parsed();
  EXPECT_EQ(schema["$schema"].Scalar(), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(schema["$id"].Scalar(),
            "https://pactum.example/schemas/deal-cs-outsourcing.schema.json");
  EXPECT_EQ(schema["title"].Scalar(), pactum::test::cs_outsourcing().title);
  EXPECT_EQ(schema["properties"]["template"]["const"].Scalar(), "cs-outsourcing");
  EXPECT_EQ(generated().back(), '\n');
}

TEST(DealSchema, RequiresExactlyTheParametersWithoutDefault) {
  const auto required = strings_of(parsed()["required"]);
  for (const char* name : {"template", "client", "provider", "services", "term", "kpis", "pricing",
                           "governing_law", "dispute_resolution"}) {
    EXPECT_TRUE(contains(required, name)) << name;
  }
  // required: false, or a default.
  for (const char* name : {"pilot", "personal_data", "agreement_date", "languages"}) {
    EXPECT_FALSE(contains(required, name)) << name;
  }
  const auto pilot = strings_of(parsed()["properties"]["pilot"]["required"]);
  EXPECT_EQ(pilot, (std::vector<std::string>{"duration", "criteria"}));
}

TEST(DealSchema, EveryObjectIsClosed) {
  expect_closed_objects(parsed(), "deal");
}

TEST(DealSchema, WritesTypesBoundsAndDefaultsFromTheSpecs) {
  const YAML::Node properties = parsed()["properties"];
  const YAML::Node forecast = properties["services"]["properties"]["forecast"]["properties"];
  EXPECT_EQ(forecast["monthly_contacts"]["type"].Scalar(), "integer");
  EXPECT_EQ(forecast["monthly_contacts"]["minimum"].Scalar(), "1");
  EXPECT_EQ(forecast["monthly_contacts"]["maximum"].Scalar(), "100000000");
  // Exact decimals, not binary floating point: 0.15, never 0.14999999999999999.
  EXPECT_NE(generated().find("\"default\": 0.15\n"), std::string::npos);
  EXPECT_EQ(forecast["flex"]["maximum"].Scalar(), "1");
  EXPECT_EQ(forecast["notice"]["default"].Scalar(), "P30D");
  EXPECT_EQ(generated().find("\\u0001"), std::string::npos);

  const YAML::Node languages = properties["languages"];
  EXPECT_EQ(languages["type"].Scalar(), "array");
  EXPECT_EQ(strings_of(languages["items"]["enum"]),
            (std::vector<std::string>{"en", "da", "it", "zh"}));
  EXPECT_EQ(languages["minItems"].Scalar(), "1");
  EXPECT_EQ(strings_of(languages["default"]), std::vector<std::string>{"en"});

  const YAML::Node client = properties["client"]["properties"];
  EXPECT_EQ(client["prior_outsourcing"]["type"].Scalar(), "boolean");
  EXPECT_NE(generated().find("\"default\": false"), std::string::npos);
  EXPECT_EQ(client["address"]["default"].Scalar(), "");
  EXPECT_EQ(client["name"]["description"].Scalar(), "Legal name of the client.");

  const YAML::Node go_live = properties["term"]["properties"]["go_live"];
  EXPECT_EQ(go_live["type"].Scalar(), "string");
  EXPECT_EQ(go_live["format"].Scalar(), "date");
  EXPECT_EQ(properties["governing_law"]["pattern"].Scalar(),
            "^([A-Z]{2}(-[A-Z0-9]{1,3})?|EU|EEA)$");
  EXPECT_EQ(properties["term"]["properties"]["initial"]["anyOf"].size(), 3U);
}
