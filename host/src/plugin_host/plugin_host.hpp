#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#ifndef BOOST_DLL_USE_STD_FS
#define BOOST_DLL_USE_STD_FS
#endif
#include <boost/dll/shared_library.hpp>

#include "plugin_host/registry.hpp"

namespace pactum::host {

// A plugin that loaded and registered.
struct PluginRecord {
  std::string name;
  std::string version;
  std::string description;
  std::string license;
  std::vector<std::string> prefixes;
  std::filesystem::path file;
  std::uint32_t api_major = 0;
  std::uint32_t api_minor = 0;
  std::uint64_t build_id = 0;
  std::string build_id_text;
};

// A plugin that did not: the file and a one-line reason.
struct LoadError {
  std::filesystem::path file;
  std::string reason;

  std::string message() const { return file.string() + ": error: " + reason; }
};

// Loads plugins, once, serially, at start-up. Each library is checked from its descriptor before
// any of its functions runs; a plugin that fails leaves nothing registered and does not stop the
// others. Libraries stay loaded for the life of the process: rules and factories point into them.
class PluginHost {
public:
  explicit PluginHost(Vocabulary vocabulary) : registry_(std::move(vocabulary)) {}
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;

  // Loads one file. Returns false and records a LoadError if it is not a usable plugin.
  bool load_file(const std::filesystem::path& file);
  // Loads every "*.so" in a folder, in name order. A missing folder is not an error.
  void load_directory(const std::filesystem::path& folder);

  std::span<const PluginRecord> plugins() const { return plugins_; }
  std::span<const LoadError> errors() const { return errors_; }
  const Registry& registry() const { return registry_; }
  const PluginRecord* find(std::string_view name) const;

private:
  bool fail(const std::filesystem::path& file, std::string reason);

  // Declared before the registry so that they are destroyed after it (the registry holds
  // factories whose code is in these libraries); they are also opened with RTLD_NODELETE.
  std::vector<boost::dll::shared_library> libraries_;
  Registry registry_;
  std::vector<PluginRecord> plugins_;
  std::vector<LoadError> errors_;
};

} // namespace pactum::host
