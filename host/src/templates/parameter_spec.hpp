#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/source_span.hpp"

namespace pactum::host {

enum class ParamType {
  string_,
  integer,
  decimal,
  percent,
  money,
  duration,
  date,
  enumeration,
  country,
  jurisdiction,
  currency,
  boolean,
  kpi_target,
  list,
  object
};

std::string_view to_string(ParamType type);
std::optional<ParamType> parse_param_type(std::string_view text);

// One typed parameter of a template, as declared in its parameters file.
struct ParamSpec {
  std::string name; // the key; the full path is built while walking
  ParamType type = ParamType::string_;
  std::string help;
  bool required = true;
  std::optional<std::string> default_yaml; // the default, kept as YAML text, validated like input
  std::optional<std::string> min;          // canonical bounds in the type's form
  std::optional<std::string> max;
  std::vector<std::string> values; // enum values
  // How an enum value reads in each language's text: labels["voice"]["da"] = "telefon". A value
  // or language without a label reads as the value with '_' as spaces.
  std::map<std::string, std::map<std::string, std::string>> labels;
  std::optional<std::size_t> min_items;
  std::optional<std::size_t> max_items;
  std::string sets;                 // term name this value fixes
  std::string qualifier;            // sibling field naming repeated terms apart
  std::string fact;                 // fact this value decides
  std::string fact_field;           // for lists of objects: the field that holds the fact's values
  std::unique_ptr<ParamSpec> items; // list
  std::vector<std::unique_ptr<ParamSpec>> fields; // object, in declared order
  FilePosition where;

  const ParamSpec* field(std::string_view key) const {
    for (const auto& f : fields) {
      if (f->name == key) {
        return f.get();
      }
    }
    return nullptr;
  }
  // Follows a dotted path through objects.
  const ParamSpec* at(std::string_view path) const;
};

} // namespace pactum::host
