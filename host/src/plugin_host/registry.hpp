#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/pattern_pack.hpp"
#include "jurisdictions/jurisdiction.hpp"
#include "plugin_host/registrations.hpp"
#include "templates/template.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {

// Who is registering: the plugin's name and the id prefixes it declared.
struct RegistrantIdentity {
  std::string name;
  std::vector<std::string> prefixes;
};

// Everything all loaded plugins registered. Filled serially at start-up, then read-only and
// shared by all worker threads.
class Registry {
public:
  explicit Registry(Vocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

  // Checks everything one plugin staged against what is already registered and the
  // vocabularies; commits all of it, or nothing and throws pactum::Error with a one-line reason.
  void commit(Registrations staged, const RegistrantIdentity& registrant);

  const Vocabulary& vocabulary() const { return vocabulary_; }
  std::span<const RuleEntry> rules() const { return registered_.rules; }
  std::span<const YamlEntry> rule_packs() const { return registered_.rule_packs; }
  std::span<const YamlEntry> clause_libraries() const { return registered_.clause_libraries; }
  // The clauses of every clause library, parsed and checked at registration.
  std::span<const ClauseTemplate> library_clauses() const { return library_clauses_; }
  std::span<const PatternEntry> patterns() const { return registered_.patterns; }
  // Pattern packs, parsed and checked, with the plain pattern sets folded in as packs of their
  // own (one kind each, positioned at the plugin and set id).
  std::span<const PatternPack> pattern_packs() const { return pattern_packs_; }
  std::span<const ReaderEntry> readers() const { return registered_.readers; }
  std::span<const RendererEntry> renderers() const { return registered_.renderers; }
  // What jurisdiction plugins declared, parsed and checked at registration.
  std::span<const Jurisdiction> jurisdictions() const { return jurisdictions_; }
  const RuleEntry* find_rule(std::string_view id) const;

  // Lower kebab case with at least two parts: "core-pilot-missing".
  static bool is_valid_id(std::string_view id);

private:
  Vocabulary vocabulary_;
  Registrations registered_;
  std::vector<ClauseTemplate> library_clauses_;
  std::vector<PatternPack> pattern_packs_;
  std::vector<Jurisdiction> jurisdictions_;
};

} // namespace pactum::host
