#include "vocabulary/vocabulary.hpp"

#include <array>
#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "pactum/error.hpp"
#include "yaml/yaml_location.hpp"

namespace pactum::host {
namespace {

constexpr std::array<std::string_view, 15> term_types{
    "string",  "integer", "decimal", "percent", "money",      "duration", "date",    "jurisdiction",
    "country", "boolean", "enum",    "cap",     "kpi_target", "list",     "currency"};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(path.string() + ": error: cannot open the vocabulary file");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string required_string(const YAML::Node& entry, const char* key, std::string_view origin) {
  const YAML::Node value = entry[key];
  if (!value || !value.IsScalar() || value.Scalar().empty()) {
    throw Error(
        located(origin, entry.Mark(), std::string("entry needs a non-empty '") + key + "'"));
  }
  return value.Scalar();
}

YAML::Node load_list(std::string_view yaml, std::string_view origin, const char* key) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw Error(located(origin, e.mark, e.msg));
  }
  if (!root.IsMap() || !root[key] || !root[key].IsSequence()) {
    throw Error(
        located(origin, root.Mark(), std::string("expected a map with a list '") + key + "'"));
  }
  return root[key];
}

} // namespace

bool Vocabulary::is_valid_name(std::string_view name) {
  if (name.empty() || name.front() == '.' || name.back() == '.') {
    return false;
  }
  bool segment_start = true;
  for (const char c : name) {
    if (c == '.') {
      if (segment_start) {
        return false;
      }
      segment_start = true;
      continue;
    }
    const bool lower = c >= 'a' && c <= 'z';
    const bool digit_or_underscore = (c >= '0' && c <= '9') || c == '_';
    if (!(lower || (!segment_start && digit_or_underscore))) {
      return false;
    }
    segment_start = false;
  }
  return true;
}

bool Vocabulary::is_known_term_type(std::string_view type) {
  for (const std::string_view known : term_types) {
    if (known == type) {
      return true;
    }
  }
  return false;
}

Vocabulary Vocabulary::load(const std::filesystem::path& schemas_dir) {
  const auto kinds_path = schemas_dir / "clause-kinds.yaml";
  const auto terms_path = schemas_dir / "terms.yaml";
  return parse(read_file(kinds_path), kinds_path.string(), read_file(terms_path),
               terms_path.string());
}

Vocabulary Vocabulary::parse(std::string_view kinds_yaml, std::string_view kinds_origin,
                             std::string_view terms_yaml, std::string_view terms_origin) {
  Vocabulary vocabulary;
  for (const YAML::Node& entry : load_list(kinds_yaml, kinds_origin, "kinds")) {
    const std::string name = required_string(entry, "name", kinds_origin);
    if (!is_valid_name(name)) {
      throw Error(located(kinds_origin, entry.Mark(),
                          "clause kind '" + name + "' is not a dotted lower-case name"));
    }
    if (!vocabulary.kinds_
             .emplace(name,
                      KindEntry{required_string(entry, "description", kinds_origin), "pactum"})
             .second) {
      throw Error(
          located(kinds_origin, entry.Mark(), "clause kind '" + name + "' is listed twice"));
    }
  }
  for (const YAML::Node& entry : load_list(terms_yaml, terms_origin, "terms")) {
    const std::string name = required_string(entry, "name", terms_origin);
    if (!is_valid_name(name)) {
      throw Error(located(terms_origin, entry.Mark(),
                          "term '" + name + "' is not a dotted lower-case name"));
    }
    const std::string type = required_string(entry, "type", terms_origin);
    if (!is_known_term_type(type)) {
      throw Error(located(terms_origin, entry["type"].Mark(),
                          "term '" + name + "' has unknown type '" + type + "'"));
    }
    TermEntry term{type, required_string(entry, "canonical", terms_origin),
                   required_string(entry, "description", terms_origin), "pactum"};
    if (!vocabulary.terms_.emplace(name, std::move(term)).second) {
      throw Error(located(terms_origin, entry.Mark(), "term '" + name + "' is listed twice"));
    }
  }
  return vocabulary;
}

bool Vocabulary::has_kind(std::string_view name) const {
  return kinds_.contains(name);
}

bool Vocabulary::has_kind_pattern(std::string_view pattern) const {
  if (!pattern.ends_with(".*")) {
    return has_kind(pattern);
  }
  const std::string_view parent = pattern.substr(0, pattern.size() - 1);
  const auto it = kinds_.lower_bound(parent);
  return it != kinds_.end() && it->first.starts_with(parent) && it->first.size() > parent.size();
}

bool Vocabulary::has_term(std::string_view name) const {
  return terms_.contains(name);
}

void Vocabulary::add_kind(const ClauseKindDefinition& kind, std::string_view owner) {
  kinds_.insert_or_assign(kind.name, KindEntry{kind.description, std::string(owner)});
}

void Vocabulary::add_term(const TermDefinition& term, std::string_view owner) {
  terms_.insert_or_assign(term.name,
                          TermEntry{term.type, "", term.description, std::string(owner)});
}

} // namespace pactum::host
