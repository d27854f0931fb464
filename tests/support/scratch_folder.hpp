#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

namespace pactum::test {

// A folder of its own under the system's temporary folder, removed with everything in it when
// the test ends. With `create` false it is only a fresh name, for tests that check whether the
// program creates it.
class ScratchFolder {
public:
  explicit ScratchFolder(std::string_view prefix, bool create = true)
      : path_(std::filesystem::temp_directory_path() /
              ("pactum-" + std::string(prefix) + "-" + std::to_string(::getpid()) + "-" +
               std::to_string(next_++))) {
    if (create) {
      std::filesystem::create_directories(path_);
    }
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
    return path_ / name;
  }

private:
  static inline int next_ = 0;
  std::filesystem::path path_;
};

} // namespace pactum::test
