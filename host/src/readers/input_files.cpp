#include "readers/input_files.hpp"

#include <algorithm>
#include <system_error>

namespace pactum::host {
namespace {

namespace fs = std::filesystem;

bool skipped_name(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.starts_with("~$") || name.starts_with(".~lock.") || name == ".pactum.yaml";
}

} // namespace

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::ranges::transform(extension, extension.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return extension;
}

InputScan collect_inputs(std::span<const std::string> paths,
                         const std::function<bool(const fs::path&)>& wanted) {
  InputScan scan;
  for (const std::string& path : paths) {
    std::error_code ec;
    const auto status = fs::symlink_status(path, ec);
    if (ec || !fs::exists(status)) {
      scan.errors.push_back({path, path + ": error: no such file or folder"});
      continue;
    }
    if (!fs::is_directory(status)) {
      scan.files.emplace_back(path);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      scan.errors.push_back({path, path + ": error: cannot read the folder: " + ec.message()});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        scan.errors.push_back({path, path + ": error: cannot walk the folder: " + ec.message()});
        break;
      }
      std::error_code entry_ec;
      // symlink_status: a link is neither followed into nor read as the file it points at.
      const auto entry_status = it->symlink_status(entry_ec);
      if (entry_ec || !fs::is_regular_file(entry_status) || skipped_name(it->path())) {
        continue;
      }
      if (wanted(it->path())) {
        found.push_back(it->path());
      }
    }
    std::ranges::sort(found);
    scan.files.insert(scan.files.end(), found.begin(), found.end());
  }
  return scan;
}

} // namespace pactum::host
