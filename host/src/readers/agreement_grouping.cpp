#include "readers/agreement_grouping.hpp"

#include <map>
#include <system_error>

namespace pactum::host {
namespace {

namespace fs = std::filesystem;

// The file's path relative to the playbook's folder, with '/' separators, or empty when the
// file is outside it.
std::string relative_to(const fs::path& file, const fs::path& base) {
  std::error_code ec;
  const fs::path absolute = fs::weakly_canonical(fs::absolute(file, ec), ec);
  const fs::path root = fs::weakly_canonical(fs::absolute(base, ec), ec);
  const fs::path relative = absolute.lexically_relative(root);
  const std::string text = relative.generic_string();
  if (relative.empty() || text.starts_with("..")) {
    return {};
  }
  return text;
}

} // namespace

std::optional<GroupBy> parse_group_by(std::string_view text) noexcept {
  if (text == "file") {
    return GroupBy::file;
  }
  if (text == "dir") {
    return GroupBy::dir;
  }
  return std::nullopt;
}

std::vector<InputGroup> group_inputs(std::span<const fs::path> files, GroupBy by,
                                     std::span<const AgreementGroupSpec> groups,
                                     const fs::path& base) {
  std::vector<InputGroup> result;
  std::map<std::string, std::size_t> index_of; // group key → position in result
  for (const fs::path& file : files) {
    std::string key;
    std::string id;
    if (!groups.empty() && !base.empty()) {
      const std::string relative = relative_to(file, base);
      for (const AgreementGroupSpec& group : groups) {
        for (const std::string& glob : group.files) {
          if (key.empty() && !relative.empty() && glob_match(glob, relative)) {
            key = "group:" + group.id;
            id = group.id;
          }
        }
      }
    }
    if (key.empty() && by == GroupBy::dir) {
      const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
      key = "dir:" + folder.string();
      id = folder.string();
    }
    if (key.empty()) {
      key = "file:" + file.string();
      id = file.string();
    }
    const auto [it, added] = index_of.emplace(key, result.size());
    if (added) {
      result.push_back(InputGroup{id, {}});
    }
    result[it->second].files.push_back(file);
  }
  return result;
}

} // namespace pactum::host
