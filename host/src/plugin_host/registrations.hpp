#pragma once

#include <string>
#include <vector>

#include "pactum/plugin/extension_data.hpp"
#include "pactum/plugin/reader.hpp"
#include "pactum/plugin/renderer.hpp"
#include "pactum/plugin/rule.hpp"

namespace pactum::host {

// Everything one plugin registered, each entry tagged with the plugin's name.
struct RuleEntry {
  RuleInfo info;
  RuleFactory factory;
  std::string plugin;
};

struct ReaderEntry {
  ReaderInfo info;
  ReaderFactory factory;
  std::string plugin;
};

struct RendererEntry {
  RendererInfo info;
  RendererFactory factory;
  std::string plugin;
};

struct YamlEntry {
  YamlDocument document;
  std::string plugin;
};

struct PatternEntry {
  PatternSet patterns;
  std::string plugin;
};

struct Registrations {
  std::vector<RuleEntry> rules;
  std::vector<YamlEntry> rule_packs;
  std::vector<YamlEntry> clause_libraries;
  std::vector<PatternEntry> patterns;
  std::vector<YamlEntry> pattern_packs;
  std::vector<YamlEntry> jurisdictions;
  std::vector<ClauseKindDefinition> clause_kinds;
  std::vector<TermDefinition> terms;
  std::vector<ReaderEntry> readers;
  std::vector<RendererEntry> renderers;
};

} // namespace pactum::host
