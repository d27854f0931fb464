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
// `applies` (a condition) decides whether the rule applies at all; a condition that depends
// on an unknown fact makes the outcome `undetermined`.
struct PackRule {
  enum class Check { require, forbid, term, pattern, conditional };
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
