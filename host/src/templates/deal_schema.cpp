#include "templates/deal_schema.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "report/json_writer.hpp"
#include "templates/decimal.hpp"

namespace pactum::host {
namespace {

constexpr std::string_view schema_dialect = "https://json-schema.org/draft/2020-12/schema";
constexpr std::string_view schema_id_prefix = "https://pactum.example/schemas/deal-";

// What each parameter type accepts, as far as a regular expression can tell. The generator's
// own checks (scalar_types.cpp) are stricter: real ISO codes, calendar dates, bounds.
constexpr std::string_view decimal_pattern = R"(^\s*[-+]?\d+(\.\d+)?\s*$)";
constexpr std::string_view percent_pattern = R"(^\s*-?\d+(\.\d+)?\s*%\s*$)";
constexpr std::string_view money_pattern = R"(^[A-Z]{3} -?[0-9][0-9,]*(\.[0-9]+)?$)";
constexpr std::string_view iso_duration_pattern =
    R"(^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$)";
constexpr std::string_view words_duration_pattern =
    R"(^\d+\s*(business |working )?(days?|weeks?|months?|years?|hours?|minutes?|seconds?)$)";
constexpr std::string_view date_pattern = R"(^\d{4}-\d{2}-\d{2}$)";
constexpr std::string_view country_pattern = "^[A-Z]{2}$";
constexpr std::string_view jurisdiction_pattern = "^([A-Z]{2}(-[A-Z0-9]{1,3})?|EU|EEA)$";
constexpr std::string_view currency_pattern = "^[A-Z]{3}$";
constexpr std::string_view kpi_target_forms =
    "Accepted forms: a percentage with an optional comparison (>=, <=, >, <, at least, at most) "
    "and an optional time limit (\"80% in 20 s\", \">= 72%\", \"<= 5%\"), or a time in s or min "
    "with an optional comparison (\"<= 30 s\").";

// JsonWriter prints doubles with %.17g, which turns 0.15 into 0.14999999999999999. The numbers
// here are exact decimals from the template, so a fractional one is written as a marked string
// and the mark is replaced by the decimal's own digits once the document is complete.
constexpr std::string_view number_mark = "\x01";
constexpr std::string_view escaped_mark = "\\u0001"; // how JsonWriter escapes the mark

// What Decimal::to_string writes, and so what a mark may hold: -?digits(.digits)?
bool is_plain_decimal(std::string_view text) {
  if (text.starts_with('-')) {
    text.remove_prefix(1);
  }
  const auto digits = [](std::string_view part) {
    return !part.empty() && std::ranges::all_of(part, [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto point = text.find('.');
  return point == std::string_view::npos
             ? digits(text)
             : digits(text.substr(0, point)) && digits(text.substr(point + 1));
}

class SchemaWriter {
public:
  JsonWriter& json() { return json_; }

  // `digits` is a decimal as Decimal::to_string writes it: "-12", "0.15", "1.50".
  void number(const std::string& digits) {
    if (digits.find('.') == std::string::npos) {
      std::int64_t whole = 0;
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), whole);
      if (ec == std::errc{} && end == digits.data() + digits.size()) {
        json_.value(whole);
        return;
      }
    }
    json_.value(std::string(number_mark) + digits + std::string(number_mark));
  }

  std::string finish() const {
    const std::string& text = json_.str();
    const std::string open = "\"" + std::string(escaped_mark);
    const std::string close = std::string(escaped_mark) + "\"";
    std::string out;
    out.reserve(text.size());
    std::size_t from = 0;
    while (true) {
      const std::size_t start = text.find(open, from);
      if (start == std::string::npos) {
        break;
      }
      const std::size_t digits = start + open.size();
      const std::size_t end = text.find(close, digits);
      const std::string_view inside = end == std::string::npos
                                          ? std::string_view{}
                                          : std::string_view(text).substr(digits, end - digits);
      if (!is_plain_decimal(inside)) {
        // Not one of ours (a template string that starts with U+0001): keep it as written.
        out.append(text, from, digits - from);
        from = digits;
        continue;
      }
      out.append(text, from, start - from);
      out.append(inside);
      from = end + close.size();
    }
    out.append(text, from, std::string::npos);
    return out;
  }

private:
  JsonWriter json_;
};

bool is_required(const ParamSpec& spec) {
  return spec.required && !spec.default_yaml;
}

// A number from the template as JSON digits: `keep_scale` keeps "1.50" as written (defaults),
// otherwise trailing fraction zeros go ("1.00" → "1", for canonical bounds).
std::optional<std::string> json_number(std::string_view text, bool keep_scale) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  const auto number = Decimal::parse(text);
  if (!number) {
    return std::nullopt;
  }
  return keep_scale ? number->to_string(number->scale()) : number->to_string();
}

// A default (already validated against `spec` at template load) as JSON, typed by its spec: the
// YAML text `false` is a boolean only where a boolean is due, `0.15` a number only where one is.
void write_value(SchemaWriter& out, const ParamSpec* spec, const YAML::Node& node) {
  JsonWriter& json = out.json();
  if (!node || node.IsNull()) {
    json.null();
    return;
  }
  if (node.IsSequence()) {
    const ParamSpec* items = spec != nullptr ? spec->items.get() : nullptr;
    json.begin_array();
    for (const auto& item : node) {
      write_value(out, items, item);
    }
    json.end_array();
    return;
  }
  if (node.IsMap()) {
    json.begin_object();
    for (const auto& entry : node) {
      const std::string key = entry.first.Scalar();
      json.key(key);
      write_value(out, spec != nullptr ? spec->field(key) : nullptr, entry.second);
    }
    json.end_object();
    return;
  }
  const std::string& text = node.Scalar();
  if (spec != nullptr) {
    switch (spec->type) {
    case ParamType::boolean:
      if (text == "true" || text == "false") {
        json.value(text == "true");
        return;
      }
      break;
    case ParamType::integer:
    case ParamType::decimal:
    case ParamType::percent:
      if (const auto digits = json_number(text, true)) {
        out.number(*digits);
        return;
      }
      break;
    default:
      break;
    }
  }
  json.value(text);
}

void write_bounds(SchemaWriter& out, const ParamSpec& spec) {
  if (spec.min) {
    if (const auto digits = json_number(*spec.min, false)) {
      out.json().key("minimum");
      out.number(*digits);
    }
  }
  if (spec.max) {
    if (const auto digits = json_number(*spec.max, false)) {
      out.json().key("maximum");
      out.number(*digits);
    }
  }
}

void write_string_pattern(JsonWriter& json, std::string_view pattern) {
  json.key("type").value("string");
  json.key("pattern").value(pattern);
}

void write_spec(SchemaWriter& out, const ParamSpec& spec);

void write_properties(SchemaWriter& out, const ParamSpec& object) {
  JsonWriter& json = out.json();
  json.key("type").value("object");
  json.key("properties").begin_object();
  for (const auto& field : object.fields) {
    json.key(field->name);
    write_spec(out, *field);
  }
  json.end_object();
  bool any_required = false;
  for (const auto& field : object.fields) {
    any_required = any_required || is_required(*field);
  }
  if (any_required) {
    json.key("required").begin_array();
    for (const auto& field : object.fields) {
      if (is_required(*field)) {
        json.value(field->name);
      }
    }
    json.end_array();
  }
  json.key("additionalProperties").value(false);
}

void write_spec(SchemaWriter& out, const ParamSpec& spec) {
  JsonWriter& json = out.json();
  json.begin_object();
  std::string description = spec.help;
  if (spec.type == ParamType::kpi_target) {
    description += (description.empty() ? "" : " ") + std::string(kpi_target_forms);
  }
  if (!description.empty()) {
    json.key("description").value(description);
  }
  switch (spec.type) {
  case ParamType::string_:
    json.key("type").value("string");
    break;
  case ParamType::integer:
    json.key("type").value("integer");
    write_bounds(out, spec);
    break;
  case ParamType::decimal:
    // A number, or the same digits quoted; bounds apply to the number.
    json.key("type").begin_array().value("number").value("string").end_array();
    json.key("pattern").value(decimal_pattern);
    write_bounds(out, spec);
    break;
  case ParamType::percent:
    // 0.15 or "15%"; bounds apply to the fraction.
    json.key("type").begin_array().value("number").value("string").end_array();
    json.key("pattern").value(percent_pattern);
    write_bounds(out, spec);
    break;
  case ParamType::money:
    write_string_pattern(json, money_pattern);
    break;
  case ParamType::duration:
    json.key("type").value("string");
    json.key("anyOf").begin_array();
    json.begin_object().key("pattern").value(iso_duration_pattern).end_object();
    json.begin_object().key("pattern").value(words_duration_pattern).end_object();
    json.begin_object().key("const").value("perpetual").end_object();
    json.end_array();
    break;
  case ParamType::date:
    json.key("type").value("string");
    json.key("format").value("date");
    json.key("pattern").value(date_pattern);
    break;
  case ParamType::enumeration:
    json.key("type").value("string");
    json.key("enum").begin_array();
    for (const auto& value : spec.values) {
      json.value(value);
    }
    json.end_array();
    break;
  case ParamType::country:
    write_string_pattern(json, country_pattern);
    break;
  case ParamType::jurisdiction:
    write_string_pattern(json, jurisdiction_pattern);
    break;
  case ParamType::currency:
    write_string_pattern(json, currency_pattern);
    break;
  case ParamType::boolean:
    json.key("type").value("boolean");
    break;
  case ParamType::kpi_target:
    json.key("type").value("string");
    json.key("examples").begin_array();
    for (const char* example : {"80% in 20 s", ">= 72%", "<= 5%", "<= 30 s"}) {
      json.value(example);
    }
    json.end_array();
    break;
  case ParamType::list:
    json.key("type").value("array");
    if (spec.items) {
      json.key("items");
      write_spec(out, *spec.items);
    }
    if (spec.min_items) {
      json.key("minItems").value(static_cast<std::int64_t>(*spec.min_items));
    }
    if (spec.max_items) {
      json.key("maxItems").value(static_cast<std::int64_t>(*spec.max_items));
    }
    break;
  case ParamType::object:
    write_properties(out, spec);
    break;
  }
  if (spec.default_yaml) {
    json.key("default");
    write_value(out, &spec, YAML::Load(*spec.default_yaml));
  }
  json.end_object();
}

} // namespace

std::string deal_json_schema(const Template& templ) {
  SchemaWriter out;
  JsonWriter& json = out.json();
  json.begin_object();
  json.key("$schema").value(schema_dialect);
  json.key("$id").value(std::string(schema_id_prefix) + templ.id + ".schema.json");
  json.key("$comment")
      .value("Generated from template " + templ.id + " " + templ.version +
             " by `pactum templates schema " + templ.id + "`; do not edit.");
  json.key("title").value(templ.title.empty() ? "Deal for template " + templ.id : templ.title);
  json.key("description")
      .value(templ.description.empty() ? "A deal file for the " + templ.id + " template."
                                       : templ.description);
  json.key("type").value("object");
  json.key("properties").begin_object();
  json.key("template").begin_object();
  json.key("description").value("The template this deal is written for.");
  json.key("const").value(templ.id);
  json.end_object();
  for (const auto& field : templ.parameters.fields) {
    json.key(field->name);
    write_spec(out, *field);
  }
  json.end_object();
  json.key("required").begin_array();
  json.value("template");
  for (const auto& field : templ.parameters.fields) {
    if (is_required(*field)) {
      json.value(field->name);
    }
  }
  json.end_array();
  json.key("additionalProperties").value(false);
  json.end_object();
  return out.finish();
}

} // namespace pactum::host
