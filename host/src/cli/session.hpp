#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "plugin_host/plugin_host.hpp"

namespace pactum::cli {

// Exit statuses of every verb: 0 clean, 1 findings at or above --fail-on, 2 bad usage, an
// unreadable input or a plugin that failed to load. 2 wins over 1.
inline constexpr int exit_clean = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_error = 2;

// What every verb shares: the global options and, once a verb asks for them, the loaded
// vocabularies and plugins.
class Session {
public:
  std::vector<std::filesystem::path> plugin_files; // --plugin, repeatable

  // Loads the vocabularies and plugins on first use and reports each plugin that failed to load
  // on stderr, one line each. Throws pactum::Error if the vocabularies cannot be read.
  host::PluginHost& plugins();

  // The clause detector built from every loaded plugin's pattern packs, compiled on first use.
  // Throws pactum::Error naming the pattern a pattern engine refused.
  const host::Extractor& extractor();

  // The exit status the run must at least have: exit_error once anything failed to load.
  int floor_status() const { return load_failed_ ? exit_error : exit_clean; }

private:
  std::unique_ptr<host::PluginHost> host_;
  std::unique_ptr<host::Extractor> extractor_;
  bool load_failed_ = false;
};

} // namespace pactum::cli
