#include "plugin_host/install_paths.hpp"

#include <cstdlib>

namespace pactum::host {

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) {
    return std::filesystem::current_path();
  }
  return self.parent_path();
}

// PACTUM_REL_PLUGIN_DIR and PACTUM_REL_DATA_DIR are set by CMake, relative to the bin folder.
std::filesystem::path default_plugin_dir() {
  return (executable_dir() / PACTUM_REL_PLUGIN_DIR).lexically_normal();
}

std::filesystem::path data_dir() {
  return (executable_dir() / PACTUM_REL_DATA_DIR).lexically_normal();
}

std::filesystem::path schemas_dir() {
  return data_dir() / "schemas";
}

} // namespace pactum::host
