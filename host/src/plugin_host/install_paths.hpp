#pragma once

#include <filesystem>

namespace pactum::host {

// Where this pactum's own files are, found from the running executable so that a build tree,
// an installed tree and a moved installed tree all work the same way.
std::filesystem::path executable_dir();
std::filesystem::path default_plugin_dir();
std::filesystem::path data_dir();
std::filesystem::path schemas_dir();

} // namespace pactum::host
