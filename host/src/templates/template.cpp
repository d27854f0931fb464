#include "templates/template.hpp"

#include "templates/kt_checklist.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <sstream>

#include "pactum/error.hpp"
#include "templates/deal.hpp"
#include "templates/decimal.hpp"
#include "templates/scalar_types.hpp"
#include "templates/yaml_reader.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {

YAML::Node load_yaml_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(path.string() + ": error: cannot open the template file");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  try {
    return YAML::Load(buffer.str());
  } catch (const YAML::Exception& e) {
    throw Error(located(path.string(), e.mark, e.msg));
  }
}

namespace {

constexpr std::array<std::string_view, 9> fact_names{
    "personal_data",        "payment_card_data", "health_data",
    "calls_recorded",       "prior_outsourcing", "processing_locations",
    "data_subject_regions", "languages",         "channels"};

// A value in a template file that is either inline or the name of another file in the folder.
std::pair<YAML::Node, std::string> inline_or_file(const YAML::Node& node,
                                                  const std::filesystem::path& folder,
                                                  const std::string& origin) {
  if (node.IsScalar()) {
    const auto path = folder / node.Scalar();
    if (node.Scalar().find("..") != std::string::npos || node.Scalar().starts_with("/")) {
      YamlReader{origin}.fail(node, "template files must stay inside the template folder");
    }
    return {load_yaml_file(path), path.string()};
  }
  return {node, origin};
}

std::unique_ptr<ParamSpec> parse_spec(const std::string& name, const YAML::Node& node,
                                      const YamlReader& reader) {
  static constexpr std::string_view keys[] = {
      "type",  "help",   "required", "default",   "min",  "max",        "values",    "labels",
      "items", "fields", "sets",     "qualifier", "fact", "fact_field", "min_items", "max_items"};
  reader.only_keys(node, keys, "parameter '" + name + "'");
  auto spec = std::make_unique<ParamSpec>();
  spec->name = name;
  spec->where = reader.position(node);
  const std::string type = reader.scalar(node["type"], "parameter '" + name + "': type");
  const auto parsed = parse_param_type(type);
  if (!parsed) {
    reader.fail(node["type"], "parameter '" + name + "': unknown type '" + type + "'");
  }
  spec->type = *parsed;
  if (node["help"]) {
    spec->help = reader.scalar(node["help"], "help");
  }
  if (node["default"]) {
    spec->default_yaml = YAML::Dump(node["default"]);
  }
  spec->required = !node["default"];
  if (node["required"]) {
    spec->required = reader.scalar(node["required"], "required") == "true";
  }
  for (const char* key : {"sets", "qualifier", "fact", "fact_field"}) {
    if (node[key]) {
      std::string value = reader.scalar(node[key], key);
      std::string& target = std::string_view(key) == "sets"        ? spec->sets
                            : std::string_view(key) == "qualifier" ? spec->qualifier
                            : std::string_view(key) == "fact"      ? spec->fact
                                                                   : spec->fact_field;
      target = std::move(value);
    }
  }
  if (node["values"]) {
    if (spec->type != ParamType::enumeration || !node["values"].IsSequence()) {
      reader.fail(node["values"], "'values' belongs to an enum parameter, as a list");
    }
    for (const auto& v : node["values"]) {
      spec->values.push_back(reader.scalar(v, "an enum value"));
    }
  } else if (spec->type == ParamType::enumeration) {
    reader.fail(node, "enum parameter '" + name + "' needs 'values'");
  }
  if (node["labels"]) {
    // labels: {voice: {en: voice, da: telefon, it: voce, zh: 语音}, …}
    if (spec->type != ParamType::enumeration || !node["labels"].IsMap()) {
      reader.fail(node["labels"], "'labels' belongs to an enum parameter, as a map of value to "
                                  "{language: text}");
    }
    for (const auto& entry : node["labels"]) {
      const std::string value = reader.scalar(entry.first, "an enum value");
      if (std::ranges::find(spec->values, value) == spec->values.end()) {
        reader.fail(entry.first, "label for '" + value + "', which is not one of the values");
      }
      if (!entry.second.IsMap()) {
        reader.fail(entry.second, "the labels of '" + value + "' are a map of language: text");
      }
      for (const auto& label : entry.second) {
        spec->labels[value][reader.scalar(label.first, "a language")] =
            reader.scalar(label.second, "a label");
      }
    }
  }
  for (const char* key : {"min_items", "max_items"}) {
    if (node[key]) {
      const auto count = Decimal::parse(reader.scalar(node[key], key));
      if (!count || !count->is_integer() || *count < Decimal::from_integer(0)) {
        reader.fail(node[key], std::string(key) + " must be a whole number");
      }
      (std::string_view(key) == "min_items" ? spec->min_items : spec->max_items) =
          std::stoul(count->to_string());
    }
  }
  if (spec->type == ParamType::list) {
    if (!node["items"]) {
      reader.fail(node, "list parameter '" + name + "' needs 'items'");
    }
    spec->items = parse_spec(name + "[]", node["items"], reader);
  }
  if (spec->type == ParamType::object) {
    if (!node["fields"] || !node["fields"].IsMap()) {
      reader.fail(node, "object parameter '" + name + "' needs a map of 'fields'");
    }
    for (const auto& field : node["fields"]) {
      spec->fields.push_back(parse_spec(field.first.Scalar(), field.second, reader));
    }
    // An object whose every field has a default may be left out: it defaults to {}.
    const bool all_optional = std::ranges::none_of(
        spec->fields, [](const std::unique_ptr<ParamSpec>& f) { return f->required; });
    if (all_optional && !node["default"] && !node["required"]) {
      spec->default_yaml = "{}";
      spec->required = false;
    }
  }
  for (const char* key : {"min", "max"}) {
    if (node[key]) {
      const auto bound = canonicalize(*spec, reader.scalar(node[key], key));
      if (!bound) {
        reader.fail(node[key],
                    std::string(key) + " of '" + name + "' must be " + expected_text(*spec));
      }
      (std::string_view(key) == "min" ? spec->min : spec->max) = bound->value;
    }
  }
  return spec;
}

} // namespace

std::string at_text(const FilePosition& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

Localized parse_localized(const YAML::Node& node, const YamlReader& reader, std::string_view what) {
  Localized localized;
  localized.where = reader.position(node);
  if (!node || !node.IsMap() || node.size() == 0) {
    reader.fail(node, std::string(what) + " needs text per language, e.g. {en: ...}");
  }
  for (const auto& entry : node) {
    localized.text.emplace(entry.first.Scalar(), reader.scalar(entry.second, what));
  }
  return localized;
}

namespace {

std::optional<Condition> parse_when(const YAML::Node& node, const YamlReader& reader) {
  if (!node["when"]) {
    return std::nullopt;
  }
  return parse_condition(node["when"], reader.origin);
}

PartyRole parse_party(const YAML::Node& node, const YamlReader& reader) {
  if (!node["party"]) {
    return PartyRole::mutual;
  }
  const std::string text = reader.scalar(node["party"], "party");
  const auto role = parse_party_role(text);
  if (!role || *role == PartyRole::unknown || *role == PartyRole::other) {
    reader.fail(node["party"], "party must be client, provider or mutual, not '" + text + "'");
  }
  return *role;
}

void check_kind(const std::string& kind, const Vocabulary& vocabulary, const YAML::Node& at,
                const YamlReader& reader) {
  if (!vocabulary.has_kind(kind)) {
    reader.fail(at, "clause kind '" + kind + "' is not in schemas/clause-kinds.yaml");
  }
}

ClauseTemplate parse_clause(const YAML::Node& node, const YamlReader& reader,
                            const Vocabulary& vocabulary) {
  static constexpr std::string_view keys[] = {"id", "kind", "party", "when", "text", "slot"};
  reader.only_keys(node, keys, "a clause");
  ClauseTemplate clause;
  clause.id = reader.scalar(node["id"], "clause id");
  clause.kind = reader.scalar(node["kind"], "clause '" + clause.id + "': kind");
  check_kind(clause.kind, vocabulary, node["kind"], reader);
  clause.party = parse_party(node, reader);
  clause.when = parse_when(node, reader);
  clause.text = parse_localized(node["text"], reader, "clause '" + clause.id + "': text");
  if (node["slot"]) {
    clause.slot = reader.scalar(node["slot"], "slot");
  }
  return clause;
}

DocumentTemplate parse_document(const YAML::Node& node, const std::string& origin,
                                const Vocabulary& vocabulary) {
  const YamlReader reader{origin};
  static constexpr std::string_view keys[] = {"id", "type", "title", "when", "sections"};
  reader.only_keys(node, keys, "a document");
  DocumentTemplate document;
  document.file = origin;
  document.id = reader.scalar(node["id"], "document id");
  const std::string type = reader.scalar(node["type"], "document type");
  const auto parsed_type = parse_document_type(type);
  if (!parsed_type) {
    reader.fail(node["type"], "unknown document type '" + type + "'");
  }
  document.type = *parsed_type;
  document.title = parse_localized(node["title"], reader, "document title");
  document.when = parse_when(node, reader);
  if (!node["sections"] || !node["sections"].IsSequence()) {
    reader.fail(node, "document '" + document.id + "' needs a list of sections");
  }
  std::set<std::string> ids;
  for (const auto& s : node["sections"]) {
    static constexpr std::string_view section_keys[] = {"id",   "heading", "when",
                                                        "slot", "clauses", "table"};
    reader.only_keys(s, section_keys, "a section");
    SectionTemplate section;
    section.id = reader.scalar(s["id"], "section id");
    section.heading = parse_localized(s["heading"], reader, "section heading");
    section.when = parse_when(s, reader);
    if (s["slot"]) {
      section.slot = reader.scalar(s["slot"], "slot");
    }
    if (s["clauses"]) {
      for (const auto& c : s["clauses"]) {
        section.clauses.push_back(parse_clause(c, reader, vocabulary));
        if (!ids.insert(section.clauses.back().id).second) {
          reader.fail(c, "clause id '" + section.clauses.back().id + "' is used twice");
        }
      }
    }
    if (s["table"]) {
      const YAML::Node& t = s["table"];
      static constexpr std::string_view table_keys[] = {"kind", "each", "columns"};
      reader.only_keys(t, table_keys, "a table");
      TableTemplate table;
      table.where = reader.position(t);
      table.kind = reader.scalar(t["kind"], "table kind");
      check_kind(table.kind, vocabulary, t["kind"], reader);
      table.each = reader.scalar(t["each"], "table each");
      if (!t["columns"] || !t["columns"].IsSequence() || t["columns"].size() == 0) {
        reader.fail(t, "a table needs a list of columns");
      }
      for (const auto& column : t["columns"]) {
        table.columns.push_back({parse_localized(column["header"], reader, "column header"),
                                 parse_localized(column["cell"], reader, "column cell")});
      }
      section.table = std::move(table);
    }
    if (section.clauses.empty() && !section.table && section.slot.empty()) {
      reader.fail(s, "section '" + section.id + "' has neither clauses, a table nor a slot");
    }
    if (!ids.insert("section:" + section.id).second) {
      reader.fail(s, "section id '" + section.id + "' is used twice");
    }
    document.sections.push_back(std::move(section));
  }
  return document;
}

void check_spec_names(const ParamSpec& spec, const Vocabulary& vocabulary,
                      const std::string& origin) {
  const auto fail = [&](const std::string& message) {
    throw Error(spec.where.file.empty()
                    ? origin
                    : spec.where.file + ":" + std::to_string(spec.where.line) + ":" +
                          std::to_string(spec.where.column) + ": error: " + message);
  };
  if (!spec.sets.empty() && !vocabulary.has_term(spec.sets)) {
    fail("parameter '" + spec.name + "' sets term '" + spec.sets +
         "', which is not in schemas/terms.yaml");
  }
  if (!spec.fact.empty() && !is_known_fact(spec.fact)) {
    fail("parameter '" + spec.name + "' decides unknown fact '" + spec.fact + "'");
  }
  if (spec.name == "terms" || spec.name == "facts") {
    fail("'" + spec.name + "' is reserved for terms and facts in clause text");
  }
  if (spec.items) {
    check_spec_names(*spec.items, vocabulary, origin);
  }
  for (const auto& field : spec.fields) {
    check_spec_names(*field, vocabulary, origin);
  }
}

// Defaults are validated like deal input, so a broken default is a template error at load.
void check_defaults(const ParamSpec& spec, const std::string& origin) {
  if (spec.default_yaml) {
    std::vector<DealError> errors;
    (void)validate_value(spec, YAML::Load(*spec.default_yaml), spec.name, origin, errors);
    if (!errors.empty()) {
      throw Error(spec.where.file + ":" + std::to_string(spec.where.line) + ":" +
                  std::to_string(spec.where.column) + ": error: default of '" + spec.name +
                  "': " + errors.front().message);
    }
  }
  if (spec.items) {
    check_defaults(*spec.items, origin);
  }
  for (const auto& field : spec.fields) {
    check_defaults(*field, origin);
  }
}

// The spec a name resolves to within a stack of scopes (innermost last); nullptr if none.
const ParamSpec* resolve_in(const std::vector<const ParamSpec*>& scopes, std::string_view name) {
  for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
    if (*it == nullptr) {
      continue;
    }
    if (name == ".") {
      return *it;
    }
    if (const ParamSpec* found = (*it)->at(name)) {
      return found;
    }
  }
  return nullptr;
}

bool is_term_family(const Vocabulary& vocabulary, std::string_view name) {
  return vocabulary.has_term(name) || vocabulary.has_kind_pattern(std::string(name) + ".*") ||
         std::ranges::any_of(vocabulary.terms(), [&](const auto& entry) {
           return entry.first.size() > name.size() && entry.first.starts_with(name) &&
                  entry.first[name.size()] == '.';
         });
}

} // namespace

bool is_known_fact(std::string_view name) {
  return std::ranges::find(fact_names, name) != fact_names.end();
}

void check_mustache_names(std::string_view text, std::vector<const ParamSpec*> scopes,
                          const Vocabulary& vocabulary, const FilePosition& where,
                          std::string_view owner) {
  const auto fail = [&](const std::string& message) {
    throw Error(at_text(where) + ": error: " + std::string(owner) + ": " + message);
  };
  const bool library = scopes.empty();
  std::vector<std::string> open;
  std::size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    const bool triple = text.substr(pos).starts_with("{{{");
    const auto close = text.find(triple ? "}}}" : "}}", pos);
    if (close == std::string_view::npos) {
      fail("unclosed '{{' in text");
    }
    std::string tag(text.substr(pos + (triple ? 3 : 2), close - pos - (triple ? 3 : 2)));
    pos = close + (triple ? 3 : 2);
    char sigil = 0;
    if (!tag.empty() && std::string_view("#^/!&>=").find(tag.front()) != std::string_view::npos) {
      sigil = tag.front();
      tag.erase(0, 1);
    }
    tag.erase(0, tag.find_first_not_of(' '));
    tag.erase(tag.find_last_not_of(' ') + 1);
    if (sigil == '!') {
      continue;
    }
    if (sigil == '>' || sigil == '=') {
      fail("partials and delimiter changes are not supported ('{{" + std::string(1, sigil) + tag +
           "}}')");
    }
    if (sigil == '/') {
      if (open.empty() || open.back() != tag) {
        fail("'{{/" + tag + "}}' closes nothing open");
      }
      open.pop_back();
      scopes.pop_back();
      continue;
    }
    const ParamSpec* resolved = nullptr;
    bool known = false;
    if (tag.starts_with("terms.")) {
      known = is_term_family(vocabulary, std::string_view(tag).substr(6));
    } else if (tag.starts_with("facts.")) {
      known = is_known_fact(std::string_view(tag).substr(6));
    } else if (tag == "agreement_languages" || tag == "prevailing_language") {
      known = true; // set by the generator from the deal's `languages`, in every template
    } else if (!library) {
      std::string_view name = tag;
      if (name.ends_with("_joined")) {
        resolved = resolve_in(scopes, name.substr(0, name.size() - 7));
        known = resolved != nullptr && resolved->type == ParamType::list;
      } else if (name.ends_with("_value")) {
        resolved = resolve_in(scopes, name.substr(0, name.size() - 6));
        known = resolved != nullptr;
      } else if (name.ends_with("_name") && resolve_in(scopes, name) == nullptr) {
        resolved = resolve_in(scopes, name.substr(0, name.size() - 5));
        known = resolved != nullptr && resolved->type == ParamType::string_;
      } else {
        resolved = resolve_in(scopes, name);
        known = resolved != nullptr;
      }
    }
    if (!known) {
      fail("unknown name '" + tag + "' in text" +
           (library ? " (clause libraries may use only terms.NAME and facts.NAME)" : ""));
    }
    if (sigil == '#' || sigil == '^') {
      open.push_back(tag);
      const ParamSpec* inner = resolved;
      if (inner != nullptr && inner->type == ParamType::list && sigil == '#') {
        inner = inner->items.get();
      }
      scopes.push_back(inner != nullptr &&
                               (inner->type == ParamType::object || inner->type != ParamType::list)
                           ? inner
                           : nullptr);
    }
  }
  if (!open.empty()) {
    fail("'{{#" + open.back() + "}}' is never closed");
  }
}

void check_condition_paths(const Condition& condition, const ParamSpec* scope,
                           const Vocabulary& vocabulary, std::string_view owner) {
  for_each_path(condition, [&](const Condition& leaf) {
    const std::string& path = leaf.path;
    bool known = false;
    if (path.starts_with("terms.")) {
      known = vocabulary.has_term(std::string_view(path).substr(6));
    } else if (path.starts_with("facts.")) {
      // A dotted fact is a plugin's own (`gdpr.restricted_transfer`, derived per jurisdiction).
      known = is_known_fact(std::string_view(path).substr(6)) ||
              (scope == nullptr &&
               std::string_view(path).substr(6).find('.') != std::string_view::npos);
    } else if (scope != nullptr) {
      known = scope->at(path) != nullptr;
    }
    if (!known) {
      throw Error(at_text(leaf.where) + ": error: " + std::string(owner) + ": condition path '" +
                  path + "' names no " +
                  (scope == nullptr ? "term or fact (use terms.NAME or facts.NAME)"
                                    : "parameter, term or fact"));
    }
  });
}

Template Template::load(const std::filesystem::path& folder, const Vocabulary& vocabulary) {
  const auto main_path = folder / "template.yaml";
  const std::string origin = main_path.string();
  const YAML::Node root = load_yaml_file(main_path);
  const YamlReader reader{origin};
  static constexpr std::string_view keys[] = {"id",         "version",   "title",  "description",
                                              "parameters", "documents", "kt_plan"};
  reader.only_keys(root, keys, "template.yaml");
  Template t;
  t.folder = folder;
  t.id = reader.scalar(root["id"], "id");
  t.version = reader.scalar(root["version"], "version");
  t.title = reader.scalar(root["title"], "title");
  if (root["description"]) {
    t.description = reader.scalar(root["description"], "description");
  }
  if (!root["parameters"]) {
    reader.fail(root, "template.yaml needs 'parameters'");
  }
  const auto [parameters, parameters_origin] = inline_or_file(root["parameters"], folder, origin);
  const YamlReader parameter_reader{parameters_origin};
  if (!parameters.IsMap()) {
    parameter_reader.fail(parameters, "parameters must be a map from name to spec");
  }
  t.parameters.name = "";
  t.parameters.type = ParamType::object;
  t.parameters.where = parameter_reader.position(parameters);
  for (const auto& entry : parameters) {
    t.parameters.fields.push_back(parse_spec(entry.first.Scalar(), entry.second, parameter_reader));
  }
  check_spec_names(t.parameters, vocabulary, parameters_origin);
  check_defaults(t.parameters, parameters_origin);

  if (!root["documents"] || !root["documents"].IsSequence()) {
    reader.fail(root, "template.yaml needs a list of 'documents'");
  }
  std::set<std::string> document_ids;
  for (const auto& entry : root["documents"]) {
    const auto [node, document_origin] = inline_or_file(entry, folder, origin);
    t.documents.push_back(parse_document(node, document_origin, vocabulary));
    if (!document_ids.insert(t.documents.back().id).second) {
      YamlReader{document_origin}.fail(node,
                                       "document id '" + t.documents.back().id + "' is used twice");
    }
  }

  // Names used in conditions and text must resolve; languages are those every text has.
  std::set<std::string> languages;
  bool first = true;
  const auto note_languages = [&](const Localized& localized) {
    std::set<std::string> here;
    for (const auto& [language, text] : localized.text) {
      here.insert(language);
    }
    if (first) {
      languages = here;
      first = false;
    } else {
      std::set<std::string> both;
      std::ranges::set_intersection(languages, here, std::inserter(both, both.begin()));
      languages = both;
    }
  };
  for (const DocumentTemplate& document : t.documents) {
    note_languages(document.title);
    if (document.when) {
      check_condition_paths(*document.when, &t.parameters, vocabulary, "document " + document.id);
    }
    for (const SectionTemplate& section : document.sections) {
      note_languages(section.heading);
      if (section.when) {
        check_condition_paths(*section.when, &t.parameters, vocabulary, "section " + section.id);
      }
      for (const ClauseTemplate& clause : section.clauses) {
        note_languages(clause.text);
        if (clause.when) {
          check_condition_paths(*clause.when, &t.parameters, vocabulary, "clause " + clause.id);
        }
        for (const auto& [language, text] : clause.text.text) {
          check_mustache_names(text, {&t.parameters}, vocabulary, clause.text.where,
                               "clause " + clause.id);
        }
      }
      if (section.table) {
        const ParamSpec* each = t.parameters.at(section.table->each);
        if (each == nullptr || each->type != ParamType::list) {
          throw Error(at_text(section.table->where) +
                      ": error: table 'each: " + section.table->each + "' is not a list parameter");
        }
        for (const TableColumn& column : section.table->columns) {
          note_languages(column.header);
          note_languages(column.cell);
          for (const auto& [language, text] : column.cell.text) {
            check_mustache_names(text, {&t.parameters, each->items.get()}, vocabulary,
                                 column.cell.where, "table of section " + section.id);
          }
        }
      }
    }
  }
  t.languages.assign(languages.begin(), languages.end());
  if (root["kt_plan"]) {
    const std::string ref = reader.scalar(root["kt_plan"], "kt_plan");
    const auto file = folder.parent_path() / ref / "checklist.yaml";
    std::error_code ec;
    if (ref.empty() || ref.find('/') != std::string::npos || ref == ".." ||
        !std::filesystem::is_regular_file(file, ec)) {
      reader.fail(root["kt_plan"], "kt_plan '" + ref + "': no " + file.string() +
                                       " (name a checklist folder beside the template's)");
    }
    auto checklist = std::make_shared<KtChecklist>(KtChecklist::load(file, vocabulary));
    for (const std::string& language : t.languages) {
      if (std::ranges::find(checklist->languages, language) == checklist->languages.end()) {
        reader.fail(root["kt_plan"], "the KT checklist " + file.string() + " has no '" + language +
                                         "' text, which the template has");
      }
    }
    t.kt_checklist = std::move(checklist);
  }
  return t;
}

} // namespace pactum::host
