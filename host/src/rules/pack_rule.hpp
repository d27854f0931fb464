#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/plugin/extension_data.hpp"
#include "pactum/plugin/rule.hpp"
#include "templates/condition.hpp"

namespace pactum::host {

class Vocabulary;

// One rule of a YAML rule pack, as plain data. What it checks:
//   require: KIND      a clause of this kind (for the judging side, with `for_side: true`)
//   forbid: KIND       no clause of this kind
//   term: NAME         the term meets `positions` (preferred, then fallback) — compared
//                      canonically; `kind` names the clause it belongs to
//   pattern: {kind, languages, must_match | must_not_match}   RE2 over the clauses' text
//   conditional: {if: C, then: C}
// `require` may list `elements` the clauses must state; a term rule may say `unstated: fallback`
// and `absent: fail`. Conditions may read `run.as_of`, the date the check judges at.
// `applies` (a condition) decides whether the rule applies at all; a condition that depends
// on an unknown fact makes the outcome `undetermined`.
struct PackRule {
  enum class Check { require, forbid, term, pattern, conditional };
  // One thing a required clause must say (a right to object, say): RE2 per language, searched
  // in the clauses of the kind; each element missing is a finding of its own.
  struct Element {
    std::string id;
    std::string missing; // the finding's message when no clause says it
    std::vector<std::pair<std::string, std::string>> patterns; // language → RE2
  };
  RuleInfo info;
  Check check = Check::require;
  std::string kind;
  bool for_side = false;
  std::optional<Condition> applies;
  std::string term;
  std::optional<Condition> preferred;
  std::optional<Condition> fallback;
  std::vector<std::string> languages;
  std::string pattern;
  bool must_match = true;
  std::vector<Element> elements; // require only
  // Term rules: where a clause of `kind` states no readable value, its position (`fallback`)
  // instead of undetermined; where there is no such clause at all, a finding beyond the
  // walk-away line (`absent_fails`) instead of not_applicable.
  bool unstated_is_fallback = false;
  bool absent_fails = false;
  std::optional<Condition> if_condition;
  std::optional<Condition> then_condition;
  std::string message;
  std::string suggestion;
  std::string origin; // "core/rules/core.yaml:12:5", for errors
};

// Parses a pack; throws pactum::Error "origin:line:column: error: …" for anything malformed:
// unknown keys, unknown kinds or terms, conditions over unknown paths, patterns RE2 refuses.
std::vector<PackRule> parse_rule_pack(const YamlDocument& pack, const Vocabulary& vocabulary);

// A Rule object that evaluates a pack rule. The vocabulary must outlive it (the registry's
// does: it lives for the process).
std::unique_ptr<Rule> make_pack_rule(std::shared_ptr<const PackRule> rule,
                                     const Vocabulary& vocabulary);

} // namespace pactum::host
