#include <gtest/gtest.h>

#include "report/json_writer.hpp"

using pactum::host::JsonWriter;

TEST(JsonWriter, WritesNestedValuesWithStableLayout) {
  JsonWriter json;
  json.begin_object();
  json.key("name").value("core");
  json.key("rules").begin_array().value("a").value("b").end_array();
  json.key("empty").begin_array().end_array();
  json.key("n").value(std::int64_t{3});
  json.key("ok").value(true);
  json.end_object();
  EXPECT_EQ(json.str(), "{\n  \"name\": \"core\",\n  \"rules\": [\n    \"a\",\n    \"b\"\n  ],\n"
                        "  \"empty\": [],\n  \"n\": 3,\n  \"ok\": true\n}\n");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
  JsonWriter json;
  json.begin_array().value(std::string_view("Harbour & \"Finch\"\\\n\x01 §")).end_array();
  EXPECT_EQ(json.str(), "[\n  \"Harbour & \\\"Finch\\\"\\\\\\n\\u0001 §\"\n]\n");
}
