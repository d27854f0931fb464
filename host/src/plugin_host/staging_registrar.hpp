#pragma once

#include <string>
#include <utility>

#include "pactum/plugin/registrar.hpp"
#include "plugin_host/registrations.hpp"

namespace pactum::host {

// Collects what a plugin's register function adds, without touching the registry, so that a
// plugin that throws half-way leaves nothing behind.
class StagingRegistrar final : public Registrar {
public:
  explicit StagingRegistrar(std::string plugin) : plugin_(std::move(plugin)) {}

  void add_rule(RuleInfo info, RuleFactory factory) override {
    staged_.rules.push_back({std::move(info), std::move(factory), plugin_});
  }
  void add_rule_pack(YamlDocument pack) override {
    staged_.rule_packs.push_back({std::move(pack), plugin_});
  }
  void add_clause_library(YamlDocument library) override {
    staged_.clause_libraries.push_back({std::move(library), plugin_});
  }
  void add_patterns(PatternSet patterns) override {
    staged_.patterns.push_back({std::move(patterns), plugin_});
  }
  void add_clause_kind(ClauseKindDefinition kind) override {
    staged_.clause_kinds.push_back(std::move(kind));
  }
  void add_term(TermDefinition term) override { staged_.terms.push_back(std::move(term)); }
  void add_reader(ReaderInfo info, ReaderFactory factory) override {
    staged_.readers.push_back({std::move(info), std::move(factory), plugin_});
  }
  void add_renderer(RendererInfo info, RendererFactory factory) override {
    staged_.renderers.push_back({std::move(info), std::move(factory), plugin_});
  }

  void add_pattern_pack(YamlDocument pack) override {
    staged_.pattern_packs.push_back({std::move(pack), plugin_});
  }
  void add_jurisdiction(YamlDocument jurisdiction) override {
    staged_.jurisdictions.push_back({std::move(jurisdiction), plugin_});
  }

  Registrations take() && { return std::move(staged_); }

private:
  std::string plugin_;
  Registrations staged_;
};

} // namespace pactum::host
