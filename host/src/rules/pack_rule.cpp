#include "rules/pack_rule.hpp"

#include <algorithm>
#include <set>

#include <re2/re2.h>

#include "pactum/error.hpp"
#include "templates/agreement_paths.hpp"
#include "templates/template.hpp"
#include "templates/yaml_reader.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {
namespace {

constexpr std::string_view check_names[] = {"require", "forbid", "term", "pattern", "conditional"};

// `{le: P90D}` under positions means `{le: [terms.NAME, P90D]}`.
Condition position_condition(const YAML::Node& node, const std::string& term,
                             const YamlReader& reader) {
  if (!node.IsMap() || node.size() != 1) {
    reader.fail(node, "a position is one comparison, e.g. {le: P90D}");
  }
  const auto entry = *node.begin();
  YAML::Node full(YAML::NodeType::Map);
  YAML::Node arguments(YAML::NodeType::Sequence);
  arguments.push_back("terms." + term);
  arguments.push_back(entry.second);
  full[entry.first.Scalar()] = arguments;
  Condition condition = parse_condition(full, reader.origin);
  condition.where = reader.position(node);
  return condition;
}

// Paths rule conditions may use: terms, facts and clauses — never a template's parameters.
void check_rule_paths(const Condition& condition, const Vocabulary& vocabulary,
                      const std::string& owner) {
  for_each_path(condition, [&](const Condition& leaf) {
    const std::string& path = leaf.path;
    bool known = false;
    if (path.starts_with("clauses.")) {
      known = vocabulary.has_kind_pattern(std::string_view(path).substr(8));
    } else if (path.starts_with("terms.")) {
      known = vocabulary.has_term(std::string_view(path).substr(6));
    } else if (path.starts_with("facts.")) {
      known = is_known_fact(std::string_view(path).substr(6)) ||
              std::string_view(path).substr(6).find('.') != std::string_view::npos;
    } else {
      known = path == "run.as_of";
    }
    if (!known) {
      throw Error(leaf.where.file + ":" + std::to_string(leaf.where.line) + ":" +
                  std::to_string(leaf.where.column) + ": error: rule " + owner +
                  ": condition path '" + path +
                  "' names no clause kind, term or fact (clauses.KIND, terms.NAME, facts.NAME, "
                  "run.as_of)");
    }
  });
}

std::vector<PackRule::Element> parse_elements(const YAML::Node& list, const YamlReader& reader,
                                              const std::string& id) {
  if (!list.IsSequence() || list.size() == 0) {
    reader.fail(list, "rule " + id + ": elements is a list of {id, missing, match: {en: RE2}}");
  }
  std::vector<PackRule::Element> elements;
  for (const auto& node : list) {
    static constexpr std::string_view keys[] = {"id", "missing", "match"};
    reader.only_keys(node, keys, "an element");
    PackRule::Element element;
    element.id = reader.required(node, "id", "element");
    element.missing = reader.required(node, "missing", "element " + element.id);
    const YAML::Node match = node["match"];
    if (!match || !match.IsMap() || match.size() == 0) {
      reader.fail(node,
                  "rule " + id + ": element " + element.id + " needs match: {LANGUAGE: RE2, …}");
    }
    for (const auto& entry : match) {
      const std::string language = entry.first.Scalar();
      const std::string pattern = reader.scalar(entry.second, "element pattern");
      RE2::Options options;
      options.set_log_errors(false);
      const RE2 compiled(pattern, options);
      if (!compiled.ok()) {
        reader.fail(entry.second, "rule " + id + ": element " + element.id +
                                      ": pattern does not compile: " + compiled.error());
      }
      element.patterns.emplace_back(language, pattern);
    }
    elements.push_back(std::move(element));
  }
  return elements;
}

class PackRuleImpl final : public Rule {
public:
  PackRuleImpl(std::shared_ptr<const PackRule> rule, const Vocabulary& vocabulary)
      : rule_(std::move(rule)), vocabulary_(vocabulary) {
    if (rule_->check == PackRule::Check::pattern) {
      RE2::Options options;
      options.set_log_errors(false);
      regex_ = std::make_unique<RE2>(rule_->pattern, options);
    }
    for (const PackRule::Element& element : rule_->elements) {
      std::vector<std::pair<std::string, std::unique_ptr<RE2>>> compiled;
      for (const auto& [language, pattern] : element.patterns) {
        RE2::Options options;
        options.set_log_errors(false);
        compiled.emplace_back(language, std::make_unique<RE2>(pattern, options));
      }
      element_regexes_.push_back(std::move(compiled));
    }
  }

  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override {
    Outcome outcome{.rule_id = rule_->info.id};
    std::set<std::string> unknown_paths;
    const PathResolver base = agreement_resolver(agreement, vocabulary_, context.min_confidence);
    const PathResolver resolve = [&](std::string_view path) {
      if (path == "run.as_of") {
        Resolved date;
        date.type = ParamType::date;
        date.present = !context.as_of.empty();
        date.values = {context.as_of};
        return date;
      }
      Resolved r = base(path);
      if (r.unknown) {
        unknown_paths.insert(std::string(path));
      }
      return r;
    };
    if (rule_->applies) {
      const auto applies = evaluate_known(*rule_->applies, resolve);
      if (!applies) {
        outcome.status = OutcomeStatus::undetermined;
        outcome.reason = "depends on unknown " + joined(unknown_paths);
        return outcome;
      }
      if (!*applies) {
        outcome.status = OutcomeStatus::not_applicable;
        return outcome;
      }
    }
    switch (rule_->check) {
    case PackRule::Check::require:
      return require(agreement, context, std::move(outcome));
    case PackRule::Check::forbid:
      return forbid(agreement, context, std::move(outcome));
    case PackRule::Check::term:
      return term(agreement, context, resolve, unknown_paths, std::move(outcome));
    case PackRule::Check::pattern:
      return pattern(agreement, context, std::move(outcome));
    case PackRule::Check::conditional:
      return conditional(agreement, resolve, unknown_paths, std::move(outcome));
    }
    return outcome;
  }

private:
  static std::string joined(const std::set<std::string>& paths) {
    std::string out;
    for (const auto& path : paths) {
      out += (out.empty() ? "" : ", ") + path;
    }
    return out;
  }

  Finding finding(Severity severity, Position position, const std::string& message,
                  const Agreement& agreement, const ClauseRef* at) const {
    Finding f;
    f.rule_id = rule_->info.id;
    f.severity = severity;
    f.position = position;
    f.message = message;
    f.requirement = rule_->info.requirement;
    if (!rule_->suggestion.empty()) {
      f.suggestion = rule_->suggestion;
    }
    if (at != nullptr && at->document != nullptr) {
      f.location.file = at->document->source_file;
      f.location.document = at->document->id;
      if (at->clause != nullptr) {
        f.location.section = at->clause->section;
        f.location.begin = at->clause->begin;
        f.location.end = at->clause->end;
        f.location.line =
            static_cast<std::size_t>(std::count(at->document->text.begin(),
                                                at->document->text.begin() +
                                                    static_cast<std::ptrdiff_t>(at->clause->begin),
                                                '\n')) +
            1;
      }
    } else if (!agreement.documents.empty()) {
      f.location.file = agreement.documents.front().source_file;
      f.location.document = agreement.documents.front().id;
    }
    return f;
  }

  Outcome fail(Outcome outcome, Finding f) const {
    outcome.status = OutcomeStatus::fail;
    outcome.findings.push_back(std::move(f));
    return outcome;
  }

  std::vector<ClauseRef> counted(const Agreement& agreement, const RuleContext& context) const {
    std::vector<ClauseRef> found = agreement.clauses(rule_->kind, context.min_confidence);
    if (rule_->for_side) {
      std::erase_if(found, [&](const ClauseRef& ref) {
        return !speaks_for(ref.clause->party, context.side);
      });
    }
    return found;
  }

  Outcome require(const Agreement& agreement, const RuleContext& context, Outcome outcome) const {
    if (const auto found = counted(agreement, context); !found.empty()) {
      return rule_->elements.empty() ? pass(std::move(outcome))
                                     : elements(agreement, found, std::move(outcome));
    }
    const auto any = agreement.clauses(rule_->kind, context.min_confidence);
    std::string message = rule_->message;
    if (!any.empty()) {
      message += " (the " + rule_->kind + " clause found favours the " +
                 std::string(to_string(any.front().clause->party)) + ", not the " +
                 std::string(to_string(context.side)) + ")";
    }
    return fail(std::move(outcome),
                finding(rule_->info.severity, Position::beyond_walk_away, message, agreement,
                        any.empty() ? nullptr : &any.front()));
  }

  static Outcome pass(Outcome outcome) {
    outcome.status = OutcomeStatus::pass;
    return outcome;
  }

  // Each element must be said by at least one of the clauses, in a language the element has a
  // pattern for. One finding per element missing; an element no clause could be read for (no
  // pattern in its language) leaves the outcome undetermined when nothing is missing.
  Outcome elements(const Agreement& agreement, const std::vector<ClauseRef>& found,
                   Outcome outcome) const {
    std::set<std::string> unreadable;
    for (std::size_t e = 0; e < rule_->elements.size(); ++e) {
      bool readable = false;
      bool said = false;
      for (const ClauseRef& ref : found) {
        for (const auto& [language, regex] : element_regexes_[e]) {
          if (language != ref.document->language) {
            continue;
          }
          readable = true;
          said = said || RE2::PartialMatch(ref.document->text_of(*ref.clause), *regex);
        }
      }
      if (!readable) {
        unreadable.insert(rule_->elements[e].id);
      } else if (!said) {
        outcome.findings.push_back(finding(rule_->info.severity, Position::beyond_walk_away,
                                           rule_->elements[e].missing, agreement, &found.front()));
      }
    }
    if (!outcome.findings.empty()) {
      outcome.status = OutcomeStatus::fail;
    } else if (!unreadable.empty()) {
      outcome.status = OutcomeStatus::undetermined;
      outcome.reason = "no pattern for the language of the " + rule_->kind + " clauses to find " +
                       joined(unreadable);
    } else {
      outcome.status = OutcomeStatus::pass;
    }
    return outcome;
  }

  Outcome forbid(const Agreement& agreement, const RuleContext& context, Outcome outcome) const {
    const auto found = counted(agreement, context);
    if (found.empty()) {
      outcome.status = OutcomeStatus::pass;
      return outcome;
    }
    return fail(std::move(outcome), finding(rule_->info.severity, Position::beyond_walk_away,
                                            rule_->message, agreement, &found.front()));
  }

  Outcome term(const Agreement& agreement, const RuleContext& context, const PathResolver& resolve,
               const std::set<std::string>& unknown_paths, Outcome outcome) const {
    (void)unknown_paths;
    const Term* value = agreement.term(rule_->term);
    const auto clauses =
        rule_->kind.empty() ? std::vector<ClauseRef>{} : counted(agreement, context);
    // With for_side, a value that belongs to the other side's right (its notice to leave) says
    // nothing about the judging side's position.
    if (rule_->for_side && value != nullptr && !speaks_for(value->party, context.side)) {
      outcome.status = OutcomeStatus::not_applicable;
      outcome.reason = rule_->term + " belongs to the " + std::string(to_string(value->party)) +
                       "'s right, not the judging side's";
      return outcome;
    }
    if (value == nullptr && rule_->unstated_is_fallback && !clauses.empty()) {
      return fail(std::move(outcome),
                  finding(Severity::info, Position::fallback,
                          rule_->message + " (the " + rule_->kind + " clause states no " +
                              rule_->term + ": at the playbook's fallback position)",
                          agreement, &clauses.front()));
    }
    if (value == nullptr && rule_->absent_fails && clauses.empty()) {
      return fail(std::move(outcome), finding(rule_->info.severity, Position::beyond_walk_away,
                                              rule_->message + " (there is no " + rule_->kind +
                                                  " clause: beyond the walk-away line)",
                                              agreement, nullptr));
    }
    if (value == nullptr) {
      if (!rule_->kind.empty() && !clauses.empty()) {
        outcome.status = OutcomeStatus::undetermined;
        outcome.reason = "the " + rule_->kind + " clause states no readable " + rule_->term;
      } else {
        outcome.status = OutcomeStatus::not_applicable;
      }
      return outcome;
    }
    const ClauseRef* at = clauses.empty() ? nullptr : &clauses.front();
    const auto preferred = position_option(context, "preferred", rule_->preferred);
    const auto fallback = position_option(context, "fallback", rule_->fallback);
    if (preferred && host::evaluate(*preferred, resolve)) {
      outcome.status = OutcomeStatus::pass;
      return outcome;
    }
    if (fallback && host::evaluate(*fallback, resolve)) {
      return fail(std::move(outcome),
                  finding(Severity::info, Position::fallback,
                          rule_->message + " (" + rule_->term + " is " + value->value +
                              ": at the playbook's fallback position)",
                          agreement, at));
    }
    return fail(std::move(outcome), finding(rule_->info.severity, Position::beyond_walk_away,
                                            rule_->message + " (" + rule_->term + " is " +
                                                value->value + ": beyond the walk-away line)",
                                            agreement, at));
  }

  // A position from the playbook's options ("<= P60D", "le P60D"), or the pack's own.
  std::optional<Condition> position_option(const RuleContext& context, const std::string& key,
                                           const std::optional<Condition>& own) const {
    const auto found = context.options.find(key);
    if (found == context.options.end()) {
      return own;
    }
    static const std::pair<std::string_view, Condition::Op> ops[] = {
        {"<=", Condition::Op::le}, {">=", Condition::Op::ge}, {"<", Condition::Op::lt},
        {">", Condition::Op::gt},  {"le", Condition::Op::le}, {"ge", Condition::Op::ge},
        {"lt", Condition::Op::lt}, {"gt", Condition::Op::gt}, {"eq", Condition::Op::eq}};
    const std::string& text = found->second;
    for (const auto& [symbol, op] : ops) {
      if (text.starts_with(symbol) && text.size() > symbol.size()) {
        std::string operand = text.substr(symbol.size());
        operand.erase(0, operand.find_first_not_of(' '));
        Condition condition;
        condition.op = op;
        condition.path = "terms." + rule_->term;
        condition.operands = {operand};
        return condition;
      }
    }
    throw Error("playbook option " + key + " of rule " + rule_->info.id +
                " must be like \"<= P60D\", not \"" + text + "\"");
  }

  Outcome pattern(const Agreement& agreement, const RuleContext& context, Outcome outcome) const {
    const auto clauses = agreement.clauses(rule_->kind, context.min_confidence);
    bool checked = false;
    for (const ClauseRef& ref : clauses) {
      if (!rule_->languages.empty() &&
          std::ranges::find(rule_->languages, ref.document->language) == rule_->languages.end()) {
        continue;
      }
      checked = true;
      const std::string_view text = ref.document->text_of(*ref.clause);
      const bool matches = RE2::PartialMatch(text, *regex_);
      if (matches != rule_->must_match) {
        return fail(std::move(outcome), finding(rule_->info.severity, Position::beyond_walk_away,
                                                rule_->message, agreement, &ref));
      }
    }
    outcome.status = checked ? OutcomeStatus::pass : OutcomeStatus::not_applicable;
    return outcome;
  }

  Outcome conditional(const Agreement& agreement, const PathResolver& resolve,
                      const std::set<std::string>& unknown_paths, Outcome outcome) const {
    const auto condition = evaluate_known(*rule_->if_condition, resolve);
    if (!condition) {
      outcome.status = OutcomeStatus::undetermined;
      outcome.reason = "depends on unknown " + joined(unknown_paths);
      return outcome;
    }
    if (!*condition) {
      outcome.status = OutcomeStatus::not_applicable;
      return outcome;
    }
    const auto then = evaluate_known(*rule_->then_condition, resolve);
    if (!then) {
      outcome.status = OutcomeStatus::undetermined;
      outcome.reason = "depends on unknown " + joined(unknown_paths);
      return outcome;
    }
    if (*then) {
      outcome.status = OutcomeStatus::pass;
      return outcome;
    }
    return fail(std::move(outcome), finding(rule_->info.severity, Position::beyond_walk_away,
                                            rule_->message, agreement, nullptr));
  }

  std::shared_ptr<const PackRule> rule_;
  const Vocabulary& vocabulary_;
  std::unique_ptr<RE2> regex_; // per Rule object, so per worker
  std::vector<std::vector<std::pair<std::string, std::unique_ptr<RE2>>>> element_regexes_;
};

} // namespace

std::vector<PackRule> parse_rule_pack(const YamlDocument& pack, const Vocabulary& vocabulary) {
  const YamlReader reader{pack.origin};
  const YAML::Node root = reader.load(pack.yaml);
  static constexpr std::string_view root_keys[] = {"rules"};
  reader.only_keys(root, root_keys, "a rule pack");
  if (!root["rules"] || !root["rules"].IsSequence()) {
    reader.fail(root, "a rule pack needs a list of 'rules'");
  }
  std::vector<PackRule> rules;
  for (const auto& node : root["rules"]) {
    static constexpr std::string_view keys[] = {
        "id",        "title",   "severity",   "summary",  "source",      "requirement", "applies",
        "require",   "forbid",  "term",       "pattern",  "conditional", "for_side",    "kind",
        "positions", "message", "suggestion", "elements", "unstated",    "absent"};
    reader.only_keys(node, keys, "a rule");
    PackRule rule;
    rule.origin = reader.position(node).file + ":" + std::to_string(reader.position(node).line);
    rule.info.id = reader.scalar(node["id"], "rule id");
    const std::string& id = rule.info.id;
    rule.info.title = reader.scalar(node["title"], "rule " + id + ": title");
    const std::string severity = reader.scalar(node["severity"], "rule " + id + ": severity");
    const auto parsed_severity = parse_severity(severity);
    if (!parsed_severity) {
      reader.fail(node["severity"], "rule " + id + ": severity must be error, warning or info");
    }
    rule.info.severity = *parsed_severity;
    rule.info.summary = reader.scalar(node["summary"], "rule " + id + ": summary");
    rule.info.source = reader.scalar(node["source"], "rule " + id + ": source");
    rule.info.requirement =
        node["requirement"] ? reader.scalar(node["requirement"], "requirement") : id;
    rule.message = reader.scalar(node["message"], "rule " + id + ": message");
    if (node["suggestion"]) {
      rule.suggestion = reader.scalar(node["suggestion"], "suggestion");
    }
    if (node["for_side"]) {
      rule.for_side = reader.scalar(node["for_side"], "for_side") == "true";
    }
    if (node["applies"]) {
      rule.applies = parse_condition(node["applies"], pack.origin);
      check_rule_paths(*rule.applies, vocabulary, id);
    }
    int checks = 0;
    for (const std::string_view name : check_names) {
      checks += node[std::string(name)] ? 1 : 0;
    }
    if (checks != 1) {
      reader.fail(node, "rule " + id +
                            " needs exactly one of require, forbid, term, pattern, "
                            "conditional");
    }
    const auto need_kind = [&](const YAML::Node& at, const std::string& kind) {
      if (!vocabulary.has_kind_pattern(kind)) {
        reader.fail(at, "rule " + id + ": clause kind '" + kind + "' is in no vocabulary");
      }
      rule.info.clause_kinds.push_back(kind);
    };
    if (node["require"] || node["forbid"]) {
      const YAML::Node& at = node["require"] ? node["require"] : node["forbid"];
      rule.check = node["require"] ? PackRule::Check::require : PackRule::Check::forbid;
      rule.kind = reader.scalar(at, "clause kind");
      need_kind(at, rule.kind);
      if (node["elements"] && node["require"]) {
        rule.elements = parse_elements(node["elements"], reader, id);
      }
    } else if (node["term"]) {
      rule.check = PackRule::Check::term;
      rule.term = reader.scalar(node["term"], "term");
      if (!vocabulary.has_term(rule.term)) {
        reader.fail(node["term"], "rule " + id + ": term '" + rule.term + "' is in no vocabulary");
      }
      rule.info.terms.push_back(rule.term);
      if (node["kind"]) {
        rule.kind = reader.scalar(node["kind"], "kind");
        need_kind(node["kind"], rule.kind);
      }
      const YAML::Node positions = node["positions"];
      if (!positions || !positions.IsMap() || !positions["preferred"]) {
        reader.fail(node, "rule " + id + ": a term rule needs positions: {preferred: …}");
      }
      rule.preferred = position_condition(positions["preferred"], rule.term, reader);
      if (positions["fallback"]) {
        rule.fallback = position_condition(positions["fallback"], rule.term, reader);
      }
      if (node["unstated"]) {
        if (reader.scalar(node["unstated"], "unstated") != "fallback" || rule.kind.empty() ||
            !rule.fallback) {
          reader.fail(node["unstated"], "rule " + id +
                                            ": 'unstated: fallback' needs a kind and a fallback "
                                            "position");
        }
        rule.unstated_is_fallback = true;
      }
      if (node["absent"]) {
        if (reader.scalar(node["absent"], "absent") != "fail" || rule.kind.empty()) {
          reader.fail(node["absent"], "rule " + id + ": 'absent: fail' needs a kind");
        }
        rule.absent_fails = true;
      }
    } else if (node["pattern"]) {
      rule.check = PackRule::Check::pattern;
      const YAML::Node& p = node["pattern"];
      static constexpr std::string_view pattern_keys[] = {"kind", "languages", "must_match",
                                                          "must_not_match"};
      reader.only_keys(p, pattern_keys, "a pattern");
      rule.kind = reader.scalar(p["kind"], "pattern kind");
      need_kind(p["kind"], rule.kind);
      if (!p["languages"] || !p["languages"].IsSequence() || p["languages"].size() == 0) {
        reader.fail(p, "rule " + id + ": a pattern declares its languages, e.g. [en]");
      }
      for (const auto& language : p["languages"]) {
        rule.languages.push_back(reader.scalar(language, "language"));
      }
      if (p["must_match"].IsDefined() == p["must_not_match"].IsDefined()) {
        reader.fail(p, "rule " + id + ": a pattern has must_match or must_not_match");
      }
      rule.must_match = static_cast<bool>(p["must_match"]);
      const YAML::Node& expression = rule.must_match ? p["must_match"] : p["must_not_match"];
      rule.pattern = reader.scalar(expression, "pattern");
      RE2::Options options;
      options.set_log_errors(false);
      const RE2 compiled(rule.pattern, options);
      if (!compiled.ok()) {
        reader.fail(expression, "rule " + id + ": pattern does not compile: " + compiled.error());
      }
    } else {
      rule.check = PackRule::Check::conditional;
      const YAML::Node& c = node["conditional"];
      if (!c.IsMap() || !c["if"] || !c["then"]) {
        reader.fail(c, "rule " + id + ": conditional needs {if: …, then: …}");
      }
      rule.if_condition = parse_condition(c["if"], pack.origin);
      rule.then_condition = parse_condition(c["then"], pack.origin);
      check_rule_paths(*rule.if_condition, vocabulary, id);
      check_rule_paths(*rule.then_condition, vocabulary, id);
    }
    // Keys that belong to another check would be silently ignored: refuse them.
    if (node["elements"] && rule.check != PackRule::Check::require) {
      reader.fail(node["elements"], "rule " + id + ": only a require rule has elements");
    }
    for (const char* key : {"unstated", "absent", "positions"}) {
      if (node[key] && rule.check != PackRule::Check::term) {
        reader.fail(node[key], "rule " + id + ": only a term rule has '" + key + "'");
      }
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

std::unique_ptr<Rule> make_pack_rule(std::shared_ptr<const PackRule> rule,
                                     const Vocabulary& vocabulary) {
  return std::make_unique<PackRuleImpl>(std::move(rule), vocabulary);
}

} // namespace pactum::host
