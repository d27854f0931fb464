#include "templates/template_catalog.hpp"

#include <algorithm>

#include "plugin_host/install_paths.hpp"

namespace pactum::host {

std::vector<std::filesystem::path> template_roots(std::string_view template_path_env) {
  std::vector<std::filesystem::path> roots{data_dir() / "templates"};
  while (!template_path_env.empty()) {
    const auto colon = template_path_env.find(':');
    if (colon != 0) {
      roots.emplace_back(template_path_env.substr(0, colon));
    }
    template_path_env =
        colon == std::string_view::npos ? std::string_view{} : template_path_env.substr(colon + 1);
  }
  return roots;
}

std::filesystem::path find_template(std::string_view ref,
                                    const std::vector<std::filesystem::path>& roots,
                                    const std::filesystem::path& relative_to) {
  std::error_code ec;
  if (ref.find('/') != std::string_view::npos) {
    std::filesystem::path folder(ref);
    if (folder.is_relative()) {
      folder = relative_to / folder;
    }
    return std::filesystem::is_regular_file(folder / "template.yaml", ec) ? folder
                                                                          : std::filesystem::path{};
  }
  for (const auto& root : roots) {
    const auto folder = root / std::string(ref);
    if (std::filesystem::is_regular_file(folder / "template.yaml", ec)) {
      return folder;
    }
  }
  return {};
}

std::vector<std::filesystem::path> list_templates(const std::vector<std::filesystem::path>& roots) {
  std::vector<std::filesystem::path> found;
  for (const auto& root : roots) {
    std::error_code ec;
    std::vector<std::filesystem::path> here;
    for (const auto& entry : std::filesystem::directory_iterator(root, ec)) {
      if (std::filesystem::is_regular_file(entry.path() / "template.yaml", ec)) {
        here.push_back(entry.path());
      }
    }
    std::ranges::sort(here);
    found.insert(found.end(), here.begin(), here.end());
  }
  return found;
}

} // namespace pactum::host
