#include "templates/clause_library.hpp"

#include "pactum/error.hpp"
#include "templates/yaml_reader.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {

std::vector<ClauseTemplate> parse_clause_library(const YamlDocument& library,
                                                 std::string_view plugin,
                                                 const Vocabulary& vocabulary) {
  const YamlReader reader{library.origin};
  const YAML::Node root = reader.load(library.yaml);
  static constexpr std::string_view keys[] = {"clauses"};
  reader.only_keys(root, keys, "a clause library");
  if (!root["clauses"] || !root["clauses"].IsSequence()) {
    reader.fail(root, "a clause library needs a list of 'clauses'");
  }
  std::vector<ClauseTemplate> clauses;
  for (const auto& node : root["clauses"]) {
    static constexpr std::string_view clause_keys[] = {"id",   "kind", "party",
                                                       "when", "text", "slot"};
    reader.only_keys(node, clause_keys, "a library clause");
    ClauseTemplate clause;
    clause.id = reader.scalar(node["id"], "clause id");
    clause.kind = reader.scalar(node["kind"], "clause '" + clause.id + "': kind");
    if (!vocabulary.has_kind(clause.kind)) {
      reader.fail(node["kind"], "clause kind '" + clause.kind + "' is in no vocabulary");
    }
    clause.slot = reader.scalar(node["slot"], "clause '" + clause.id + "': slot");
    if (node["party"]) {
      const std::string party = reader.scalar(node["party"], "party");
      const auto role = parse_party_role(party);
      if (!role || *role == PartyRole::unknown || *role == PartyRole::other) {
        reader.fail(node["party"], "party must be client, provider or mutual");
      }
      clause.party = *role;
    }
    if (node["when"]) {
      clause.when = parse_condition(node["when"], library.origin);
      check_condition_paths(*clause.when, nullptr, vocabulary, "clause " + clause.id);
    }
    if (!node["text"] || !node["text"].IsMap()) {
      reader.fail(node, "clause '" + clause.id + "' needs text per language, e.g. {en: ...}");
    }
    clause.text.where = reader.position(node["text"]);
    for (const auto& entry : node["text"]) {
      const std::string text = reader.scalar(entry.second, "text");
      check_mustache_names(text, {}, vocabulary, clause.text.where, "clause " + clause.id);
      clause.text.text.emplace(entry.first.Scalar(), text);
    }
    clause.plugin = std::string(plugin);
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

} // namespace pactum::host
