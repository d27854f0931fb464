#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "pactum/plugin/extension_data.hpp"

namespace pactum::host {

// The shared names: clause kinds (schemas/clause-kinds.yaml) and terms (schemas/terms.yaml),
// plus what plugins add under their own prefixes. Templates, extractors, rules and reports use
// these names and no others.
class Vocabulary {
public:
  struct KindEntry {
    std::string description;
    std::string owner; // "pactum" for the shared schema, else the plugin name
  };
  struct TermEntry {
    std::string type;
    std::string canonical;
    std::string description;
    std::string owner;
  };

  // Reads clause-kinds.yaml and terms.yaml from `schemas_dir`. Throws pactum::Error with
  // "file:line:column: reason" for anything malformed.
  static Vocabulary load(const std::filesystem::path& schemas_dir);
  static Vocabulary parse(std::string_view kinds_yaml, std::string_view kinds_origin,
                          std::string_view terms_yaml, std::string_view terms_origin);

  bool has_kind(std::string_view name) const;
  // A kind name, or a family pattern "dp.*" that at least one kind falls under.
  bool has_kind_pattern(std::string_view pattern) const;
  bool has_term(std::string_view name) const;
  const std::map<std::string, KindEntry, std::less<>>& kinds() const { return kinds_; }
  const std::map<std::string, TermEntry, std::less<>>& terms() const { return terms_; }

  void add_kind(const ClauseKindDefinition& kind, std::string_view owner);
  void add_term(const TermDefinition& term, std::string_view owner);

  // Dotted lower-case names: "termination.convenience", "dp.breach_notification".
  static bool is_valid_name(std::string_view name);
  static bool is_known_term_type(std::string_view type);

private:
  std::map<std::string, KindEntry, std::less<>> kinds_;
  std::map<std::string, TermEntry, std::less<>> terms_;
};

} // namespace pactum::host
