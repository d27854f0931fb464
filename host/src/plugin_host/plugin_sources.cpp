#include "plugin_host/plugin_sources.hpp"

#include "plugin_host/install_paths.hpp"

namespace pactum::host {

void load_plugins(PluginHost& host, std::string_view plugin_path_env,
                  const std::vector<std::filesystem::path>& extra_files) {
  host.load_directory(default_plugin_dir());
  while (!plugin_path_env.empty()) {
    const auto colon = plugin_path_env.find(':');
    const std::filesystem::path entry(plugin_path_env.substr(0, colon));
    plugin_path_env =
        colon == std::string_view::npos ? std::string_view{} : plugin_path_env.substr(colon + 1);
    if (entry.empty()) {
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(entry, ec)) {
      host.load_directory(entry);
    } else {
      host.load_file(entry);
    }
  }
  for (const auto& file : extra_files) {
    host.load_file(file);
  }
}

} // namespace pactum::host
