#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace pactum::host {

// A file written whole or not at all: bytes go to a temporary file in the same folder, and
// commit() flushes it and renames it over `path`. Destroyed without commit() (an error, an
// interrupted batch), the temporary is removed and `path` is untouched. Lets long batches
// stream their output without ever leaving a half file. Throws pactum::Error naming the path.
class OutputFile {
public:
  explicit OutputFile(std::filesystem::path path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view bytes);
  void commit();

private:
  [[noreturn]] void fail(const char* what);

  std::filesystem::path path_;
  std::string temp_;
  int fd_ = -1;
};

// Writes a whole file or nothing (OutputFile, written and committed at once).
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace pactum::host
