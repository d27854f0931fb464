#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pactum::host {

// Limits on an archive nobody checked; each has a test.
struct ZipLimits {
  static constexpr std::size_t max_entries = 5000;
  // One inflated part (word/document.xml of a 500-page agreement is a few MB).
  static constexpr std::uint64_t max_entry_bytes = std::uint64_t{64} * 1024 * 1024;
  // Everything inflated from one archive.
  static constexpr std::uint64_t max_total_bytes = std::uint64_t{128} * 1024 * 1024;
  // Inflated bytes per compressed byte, checked once an entry passes ratio_floor_bytes
  // (tiny parts compress at any ratio without harm).
  static constexpr std::uint64_t max_ratio = 200;
  static constexpr std::uint64_t ratio_floor_bytes = std::uint64_t{1} * 1024 * 1024;
};

// A zip archive held in memory: entries found through the central directory (every offset and
// size checked against the bytes held) and inflated with zlib, the limits above counted on the
// bytes actually inflated (headers may lie). Entry names are only ever compared with the part
// names we ask for, never used as paths.
class ZipArchive {
public:
  // Throws pactum::Error "<file>: error: …" when the bytes are not a zip archive or break a
  // limit.
  ZipArchive(std::span<const std::byte> bytes, std::string_view file_name);
  ~ZipArchive();
  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  std::vector<std::string> names() const;
  bool contains(std::string_view name) const;
  // The inflated entry, or nullopt when there is none by that name. Throws pactum::Error when
  // inflating fails or breaks a limit.
  std::optional<std::string> read(std::string_view name);

private:
  struct State;
  std::unique_ptr<State> state_;
};

} // namespace pactum::host
