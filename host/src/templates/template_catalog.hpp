#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pactum::host {

// Where templates are found: the install's share/pactum/templates, then each folder of
// PACTUM_TEMPLATE_PATH (':'-separated). A template is a folder holding template.yaml.
std::vector<std::filesystem::path> template_roots(std::string_view template_path_env);

// The folder of template `ref`: an id looked up in the roots, or a path to a folder (when `ref`
// contains a '/'), resolved against `relative_to` (the deal's folder). Empty when not found.
std::filesystem::path find_template(std::string_view ref,
                                    const std::vector<std::filesystem::path>& roots,
                                    const std::filesystem::path& relative_to);

// Every template folder under the roots, first root first, by name.
std::vector<std::filesystem::path> list_templates(const std::vector<std::filesystem::path>& roots);

} // namespace pactum::host
