#pragma once

#include "pactum/export.hpp"
#include "pactum/plugin/extension_data.hpp"
#include "pactum/plugin/reader.hpp"
#include "pactum/plugin/renderer.hpp"
#include "pactum/plugin/rule.hpp"

namespace pactum {

// What a plugin's register function is given. The host implements it.
//
// Registration is all or nothing: every call goes to a staging area, and the host commits it
// only after `register` returns normally and everything staged passes validation (ids inside
// the plugin's prefixes, no duplicates with other plugins, clause kinds and terms known to the
// vocabularies, YAML that parses, patterns that compile). If `register` throws, or anything is
// refused, nothing the plugin registered is kept and the plugin is reported as failed to load.
//
// Ownership: every argument is taken by value; the host owns the copies. Factories are called
// later, from worker threads, possibly concurrently: they must not touch shared mutable state.
// Concurrency: `register` runs once, on the host's main thread, before any worker starts.
//
// New functions are only ever appended (a minor API version); never reorder these.
class PACTUM_EXPORT Registrar {
public:
  virtual ~Registrar();

  // A rule implemented in C++.
  virtual void add_rule(RuleInfo info, RuleFactory factory) = 0;
  // A YAML rule pack (require, forbid, term, pattern, conditional rules).
  virtual void add_rule_pack(YamlDocument pack) = 0;
  // Clause templates as data, with `when` conditions over term names and facts.
  virtual void add_clause_library(YamlDocument library) = 0;
  // Clause-detection patterns for one kind and language.
  virtual void add_patterns(PatternSet patterns) = 0;
  // Vocabulary additions, under the plugin's own prefix.
  virtual void add_clause_kind(ClauseKindDefinition kind) = 0;
  virtual void add_term(TermDefinition term) = 0;
  // Input formats and output formats.
  virtual void add_reader(ReaderInfo info, ReaderFactory factory) = 0;
  virtual void add_renderer(RendererInfo info, RendererFactory factory) = 0;
  // Since API 1.1: a YAML pattern pack (docs/patterns.md) with clause-detection patterns, term
  // captures and fact patterns for one language. Patterns both Hyperscan and RE2 cannot compile
  // are refused with their file:line:column.
  virtual void add_pattern_pack(YamlDocument pack) = 0;
  // Since API 1.2: a jurisdiction (docs/jurisdictions.md): the territory whose facts put an
  // Agreement under the plugin's rules, the rule-id prefixes it governs, and the dated list of
  // destinations that need no transfer safeguard. The host decides per Agreement whether it
  // applies (reported with the reason) and derives the fact `<prefix>.restricted_transfer`.
  virtual void add_jurisdiction(YamlDocument jurisdiction) = 0;

protected:
  Registrar() = default;
  Registrar(const Registrar&) = default;
  Registrar& operator=(const Registrar&) = default;
};

} // namespace pactum
