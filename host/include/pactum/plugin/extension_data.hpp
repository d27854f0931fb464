#pragma once

#include <string>
#include <vector>

namespace pactum {

// Extension points that are data, not code. The host parses and validates them when the plugin
// registers and keeps only plain values (never YAML nodes), so they are safe to share between
// worker threads.

// A clause kind or term a plugin adds to the vocabulary, under its own prefix:
// "gdpr.scc_module_2". Term types are those of schemas/terms.yaml.
struct ClauseKindDefinition {
  std::string name;
  std::string description;
};

struct TermDefinition {
  std::string name;
  std::string type; // duration, money, percent, jurisdiction, date, boolean, integer, ...
  std::string description;
};

// A YAML document the plugin ships: a rule pack, a clause library (clause templates with `when`
// conditions) or an extractor pattern set. `origin` names it in error messages
// ("eu-gdpr/packs/art28.yaml"); `yaml` is its text.
struct YamlDocument {
  std::string origin;
  std::string yaml;
};

// Clause-detection patterns for one kind in one language. Patterns are RE2/Hyperscan syntax;
// patterns either engine refuses are an error of the plugin's registration.
struct PatternSet {
  std::string id;       // unique within the plugin
  std::string kind;     // a clause kind from the vocabulary
  std::string language; // "en", "da", "it", "zh"
  std::vector<std::string> patterns;
};

} // namespace pactum
