#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "plugin_host/plugin_host.hpp"

namespace pactum::host {

// Loads plugins in the documented order: the install's plugin folder, then each entry of
// PACTUM_PLUGIN_PATH (folders or files, separated by ':'), then each --plugin FILE.
void load_plugins(PluginHost& host, std::string_view plugin_path_env,
                  const std::vector<std::filesystem::path>& extra_files);

} // namespace pactum::host
