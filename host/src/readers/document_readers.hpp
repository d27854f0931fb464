#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/document.hpp"
#include "plugin_host/registry.hpp"

namespace pactum::host {

// Every reader a run has: the host's own for .txt, .md and .docx, then those plugins
// registered for other extensions. Safe to share between worker threads: plugin readers are
// made per call from their factories.
class DocumentReaders {
public:
  explicit DocumentReaders(const Registry& registry);

  bool reads(const std::filesystem::path& path) const;
  // ".docx, .md, .markdown, .txt" and the plugins' extensions, for messages and help.
  std::string extension_list() const;
  // The largest file of this kind a reader accepts, checked before it is read.
  std::uintmax_t size_limit(const std::filesystem::path& path) const;

  // Throws pactum::Error "<file>: error: …" (one line) when the bytes cannot be read; a plugin
  // reader's failure names the plugin.
  Document read(const std::filesystem::path& path, std::span<const std::byte> bytes) const;

private:
  const Registry& registry_;
};

// The whole file, refused before reading when it is larger than `limit`. Throws pactum::Error
// "<file>: error: …".
std::string read_input_file(const std::filesystem::path& path, std::uintmax_t limit);

inline std::span<const std::byte> as_bytes(std::string_view text) noexcept {
  return std::as_bytes(std::span(text.data(), text.size()));
}

} // namespace pactum::host
