#include "plugin_host/registry.hpp"

#include "extract/pattern_database.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include "pactum/error.hpp"
#include "rules/pack_rule.hpp"
#include "templates/clause_library.hpp"
#include "yaml/yaml_location.hpp"

namespace pactum::host {
namespace {

// Collects every problem with one plugin's registrations, so the error can say how many there
// were while staying one line.
class Problems {
public:
  void add(std::string problem) { list_.push_back(std::move(problem)); }
  void throw_if_any() const {
    if (list_.empty()) {
      return;
    }
    std::string message = list_.front();
    if (list_.size() > 1) {
      message += " (and " + std::to_string(list_.size() - 1) + " more problem" +
                 (list_.size() > 2 ? "s" : "") + ")";
    }
    throw Error(message);
  }

private:
  std::vector<std::string> list_;
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : ", ") + item;
  }
  return out;
}

bool owned(std::string_view name, const RegistrantIdentity& who, char separator) {
  return std::ranges::any_of(who.prefixes, [&](const std::string& prefix) {
    return name.size() > prefix.size() + 1 && name.starts_with(prefix) &&
           name[prefix.size()] == separator;
  });
}

// Ids of one category (rules, readers, …) must be well formed, inside the plugin's prefixes,
// and new. `taken` maps each id already registered to the plugin that has it.
void check_id(std::string_view what, const std::string& id, const RegistrantIdentity& who,
              std::map<std::string, std::string, std::less<>>& taken, Problems& problems) {
  if (!Registry::is_valid_id(id)) {
    problems.add(std::string(what) + " id '" + id +
                 "' is not lower kebab case (prefix-topic-name)");
    return;
  }
  if (!owned(id, who, '-')) {
    problems.add(std::string(what) + " id '" + id + "' is outside the plugin's prefixes (" +
                 join(who.prefixes) + ")");
    return;
  }
  const auto [it, inserted] = taken.emplace(id, who.name);
  if (!inserted) {
    problems.add(std::string(what) + " id '" + id + "' is already registered by plugin '" +
                 it->second + "'");
  }
}

} // namespace

bool Registry::is_valid_id(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-' ||
      !(id.front() >= 'a' && id.front() <= 'z')) {
    return false;
  }
  bool dash_seen = false;
  char previous = 0;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) {
      return false;
    }
    dash_seen = dash_seen || c == '-';
    previous = c;
  }
  return dash_seen;
}

const RuleEntry* Registry::find_rule(std::string_view id) const {
  const auto found =
      std::ranges::find_if(registered_.rules, [id](const RuleEntry& e) { return e.info.id == id; });
  return found == registered_.rules.end() ? nullptr : &*found;
}

void Registry::commit(Registrations staged, const RegistrantIdentity& who) {
  Problems problems;

  // The vocabulary as it will be if this plugin is accepted: its own additions count for its
  // own rules and patterns.
  Vocabulary vocabulary = vocabulary_;
  for (const ClauseKindDefinition& kind : staged.clause_kinds) {
    if (!Vocabulary::is_valid_name(kind.name)) {
      problems.add("clause kind '" + kind.name + "' is not a dotted lower-case name");
    } else if (!owned(kind.name, who, '.')) {
      problems.add("clause kind '" + kind.name + "' is outside the plugin's prefixes (" +
                   join(who.prefixes) + "); add kinds as '<prefix>.name'");
    } else if (vocabulary.has_kind(kind.name)) {
      problems.add("clause kind '" + kind.name + "' is already defined by " +
                   vocabulary.kinds().find(kind.name)->second.owner);
    } else {
      vocabulary.add_kind(kind, who.name);
    }
  }
  for (const TermDefinition& term : staged.terms) {
    if (!Vocabulary::is_valid_name(term.name)) {
      problems.add("term '" + term.name + "' is not a dotted lower-case name");
    } else if (!owned(term.name, who, '.')) {
      problems.add("term '" + term.name + "' is outside the plugin's prefixes (" +
                   join(who.prefixes) + "); add terms as '<prefix>.name'");
    } else if (!Vocabulary::is_known_term_type(term.type)) {
      problems.add("term '" + term.name + "' has unknown type '" + term.type + "'");
    } else if (vocabulary.has_term(term.name)) {
      problems.add("term '" + term.name + "' is already defined by " +
                   vocabulary.terms().find(term.name)->second.owner);
    } else {
      vocabulary.add_term(term, who.name);
    }
  }

  // Rule packs become rules like any other, so the checks below cover their ids too. Their
  // factories read the registry's vocabulary, which lives as long as the registry.
  for (const YamlEntry& entry : staged.rule_packs) {
    try {
      for (PackRule& parsed : parse_rule_pack(entry.document, vocabulary)) {
        auto rule = std::make_shared<const PackRule>(std::move(parsed));
        RuleInfo info = rule->info;
        staged.rules.push_back({std::move(info),
                                [rule, this] { return make_pack_rule(rule, vocabulary_); },
                                who.name});
      }
    } catch (const Error& e) {
      problems.add(e.what());
    }
  }

  std::map<std::string, std::string, std::less<>> rule_ids;
  for (const RuleEntry& rule : registered_.rules) {
    rule_ids.emplace(rule.info.id, rule.plugin);
  }
  for (const RuleEntry& rule : staged.rules) {
    check_id("rule", rule.info.id, who, rule_ids, problems);
    if (!rule.factory) {
      problems.add("rule '" + rule.info.id + "' has no factory");
    }
    if (rule.info.title.empty()) {
      problems.add("rule '" + rule.info.id + "' has no title");
    }
    for (const std::string& kind : rule.info.clause_kinds) {
      if (!vocabulary.has_kind_pattern(kind)) {
        problems.add("rule '" + rule.info.id + "' reads clause kind '" + kind +
                     "', which is in no vocabulary");
      }
    }
    for (const std::string& term : rule.info.terms) {
      if (!vocabulary.has_term(term)) {
        problems.add("rule '" + rule.info.id + "' reads term '" + term +
                     "', which is in no vocabulary");
      }
    }
  }

  std::vector<ClauseTemplate> library_clauses;
  std::map<std::string, std::string, std::less<>> clause_ids;
  for (const ClauseTemplate& clause : library_clauses_) {
    clause_ids.emplace(clause.id, clause.plugin);
  }
  for (const YamlEntry& entry : staged.clause_libraries) {
    try {
      for (ClauseTemplate& clause : parse_clause_library(entry.document, who.name, vocabulary)) {
        check_id("clause", clause.id, who, clause_ids, problems);
        library_clauses.push_back(std::move(clause));
      }
    } catch (const Error& e) {
      problems.add(e.what());
    }
  }

  std::map<std::string, std::string, std::less<>> pattern_ids;
  std::vector<PatternPack> staged_packs;
  for (const PatternEntry& entry : registered_.patterns) {
    pattern_ids.emplace(entry.patterns.id, entry.plugin);
  }
  for (const PatternEntry& entry : staged.patterns) {
    const PatternSet& set = entry.patterns;
    check_id("pattern set", set.id, who, pattern_ids, problems);
    if (!vocabulary.has_kind(set.kind)) {
      problems.add("pattern set '" + set.id + "' detects clause kind '" + set.kind +
                   "', which is in no vocabulary");
    }
    if (set.language.empty()) {
      problems.add("pattern set '" + set.id + "' names no language");
    }
    // A plain pattern set becomes a pack of one kind, so one database holds every pattern.
    PatternPack pack;
    pack.origin = who.name + ":" + set.id;
    pack.plugin = who.name;
    pack.language = set.language;
    KindPatterns kind;
    kind.kind = set.kind;
    for (std::size_t i = 0; i < set.patterns.size(); ++i) {
      PackPattern pattern{set.patterns[i], false, {pack.origin, i + 1, 1}};
      try {
        check_pack_pattern(pattern);
      } catch (const Error& e) {
        problems.add(e.what());
      }
      kind.patterns.push_back(std::move(pattern));
    }
    pack.kinds.push_back(std::move(kind));
    staged_packs.push_back(std::move(pack));
  }
  for (const YamlEntry& entry : staged.pattern_packs) {
    try {
      staged_packs.push_back(
          parse_pattern_pack(entry.document, who.name, vocabulary, default_pattern_cache_dir()));
    } catch (const Error& e) {
      problems.add(e.what());
    }
  }

  std::vector<Jurisdiction> staged_jurisdictions;
  for (const YamlEntry& entry : staged.jurisdictions) {
    try {
      Jurisdiction parsed = parse_jurisdiction(entry.document, who.name, who.prefixes);
      const auto same_code = [&](const Jurisdiction& j) { return j.code == parsed.code; };
      if (const auto it = std::ranges::find_if(jurisdictions_, same_code);
          it != jurisdictions_.end()) {
        problems.add("jurisdiction " + parsed.code + " is already declared by plugin '" +
                     it->plugin + "'");
      } else if (std::ranges::any_of(staged_jurisdictions, same_code)) {
        problems.add("jurisdiction " + parsed.code + " is declared twice");
      } else {
        staged_jurisdictions.push_back(std::move(parsed));
      }
    } catch (const Error& e) {
      problems.add(e.what());
    }
  }

  std::map<std::string, std::string, std::less<>> reader_ids;
  for (const ReaderEntry& entry : registered_.readers) {
    reader_ids.emplace(entry.info.id, entry.plugin);
  }
  for (const ReaderEntry& entry : staged.readers) {
    check_id("reader", entry.info.id, who, reader_ids, problems);
    if (!entry.factory) {
      problems.add("reader '" + entry.info.id + "' has no factory");
    }
  }
  std::map<std::string, std::string, std::less<>> renderer_ids;
  for (const RendererEntry& entry : registered_.renderers) {
    renderer_ids.emplace(entry.info.id, entry.plugin);
  }
  for (const RendererEntry& entry : staged.renderers) {
    check_id("renderer", entry.info.id, who, renderer_ids, problems);
    if (!entry.factory) {
      problems.add("renderer '" + entry.info.id + "' has no factory");
    }
  }

  problems.throw_if_any();

  vocabulary_ = std::move(vocabulary);
  std::ranges::move(library_clauses, std::back_inserter(library_clauses_));
  const auto append = [](auto& to, auto& from) { std::ranges::move(from, std::back_inserter(to)); };
  append(registered_.rules, staged.rules);
  append(registered_.rule_packs, staged.rule_packs);
  append(registered_.clause_libraries, staged.clause_libraries);
  append(registered_.patterns, staged.patterns);
  append(registered_.pattern_packs, staged.pattern_packs);
  append(pattern_packs_, staged_packs);
  append(jurisdictions_, staged_jurisdictions);
  append(registered_.jurisdictions, staged.jurisdictions);
  append(registered_.clause_kinds, staged.clause_kinds);
  append(registered_.terms, staged.terms);
  append(registered_.readers, staged.readers);
  append(registered_.renderers, staged.renderers);
}

} // namespace pactum::host
