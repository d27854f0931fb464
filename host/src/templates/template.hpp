#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/document.hpp"
#include "pactum/model/party.hpp"
#include "templates/condition.hpp"
#include "templates/parameter_spec.hpp"
#include "templates/yaml_reader.hpp"

namespace pactum::host {

class Vocabulary;

// Text in several languages ("en", "da", …), Mustache, with where it was written.
struct Localized {
  std::map<std::string, std::string, std::less<>> text;
  FilePosition where;
};

struct ClauseTemplate {
  std::string id;
  std::string kind;
  PartyRole party = PartyRole::mutual;
  std::optional<Condition> when;
  Localized text;
  std::string slot; // for clauses from plugin libraries: the section slot they go to
  std::string plugin;
};

struct TableColumn {
  Localized header;
  Localized cell;
};

struct TableTemplate {
  std::string kind;
  std::string each; // a list parameter; one row per item
  std::vector<TableColumn> columns;
  FilePosition where;
};

struct SectionTemplate {
  std::string id;
  Localized heading;
  std::optional<Condition> when;
  std::string slot;
  std::vector<ClauseTemplate> clauses;
  std::optional<TableTemplate> table;
};

struct DocumentTemplate {
  std::string id;
  DocumentType type = DocumentType::other;
  Localized title;
  std::optional<Condition> when;
  std::vector<SectionTemplate> sections;
  std::string file;
};

// A template folder, read and checked: every kind in the vocabulary, every `sets:` a known term,
// every condition path and Mustache name resolvable, every default valid for its parameter.
struct KtChecklist;

struct Template {
  std::string id;
  std::string version;
  std::string title;
  std::string description;
  std::filesystem::path folder;
  ParamSpec parameters; // the root object
  std::vector<DocumentTemplate> documents;
  std::vector<std::string> languages; // languages every clause has text in
  // The knowledge-transfer checklist (`kt_plan: FOLDER`, a sibling folder holding
  // checklist.yaml) whose plan the generator appends as a kt_plan Document; null when none.
  std::shared_ptr<const KtChecklist> kt_checklist;

  // Throws pactum::Error "file:line:column: error: …".
  static Template load(const std::filesystem::path& folder, const Vocabulary& vocabulary);
};

// Reads one YAML file of a template folder; a syntax error is "file:line:column: error: …".
YAML::Node load_yaml_file(const std::filesystem::path& path);

// "file:line:column" of a position, the prefix of every located error.
std::string at_text(const FilePosition& where);

// Text per language ({en: …, da: …}); an empty or non-map node is an error naming `what`.
Localized parse_localized(const YAML::Node& node, const YamlReader& reader, std::string_view what);

// Facts an Agreement carries; conditions may ask for them as `facts.NAME`.
bool is_known_fact(std::string_view name);

// Checks the names a Mustache text uses. `scopes` are the parameter trees the text sees, outermost
// first (none for plugin clause libraries, which see only terms and facts). Throws pactum::Error
// located at `where`, naming `owner` (a clause id).
void check_mustache_names(std::string_view text, std::vector<const ParamSpec*> scopes,
                          const Vocabulary& vocabulary, const FilePosition& where,
                          std::string_view owner);

// Checks a condition's paths the same way.
void check_condition_paths(const Condition& condition, const ParamSpec* scope,
                           const Vocabulary& vocabulary, std::string_view owner);

} // namespace pactum::host
