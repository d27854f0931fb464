// Zip archives built byte by byte, so tests can make the hostile ones no zip tool writes: lying
// headers, bombs, encrypted or truncated entries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pactum::test {

// Raw deflate (no zlib header, as zip stores it) and CRC-32 of `data` repeated `repeat` times,
// computed in pieces so a bomb's inflated bytes are never held. zlib directly: the tests must
// not depend on the zip reader they test.
std::string deflate_raw(std::string_view data, std::size_t repeat = 1);
std::uint32_t crc32_of(std::string_view data, std::size_t repeat = 1);

struct ZipEntry {
  std::string name;
  std::string data;                // as stored (already deflated when method is 8)
  std::uint16_t method = 0;        // 0 stored, 8 deflated
  std::uint32_t crc = 0;           // of the inflated bytes
  std::uint64_t inflated_size = 0; // what the headers claim
  std::uint16_t flags = 0;         // bit 0: encrypted
};

inline ZipEntry stored(std::string name, std::string data) {
  ZipEntry entry{.name = std::move(name),
                 .data = {},
                 .method = 0,
                 .crc = crc32_of(data),
                 .inflated_size = data.size(),
                 .flags = 0};
  entry.data = std::move(data);
  return entry;
}

inline ZipEntry deflated(std::string name, std::string_view data, std::size_t repeat = 1) {
  return ZipEntry{.name = std::move(name),
                  .data = deflate_raw(data, repeat),
                  .method = 8,
                  .crc = crc32_of(data, repeat),
                  .inflated_size = data.size() * repeat,
                  .flags = 0};
}

class ZipBuilder {
public:
  ZipBuilder& add(ZipEntry entry) {
    entries_.push_back(std::move(entry));
    return *this;
  }

  std::string build() const {
    std::string out;
    std::string directory;
    for (const ZipEntry& entry : entries_) {
      const auto offset = static_cast<std::uint32_t>(out.size());
      const auto size32 = [](std::uint64_t size) {
        return static_cast<std::uint32_t>(size > 0xFFFFFFFFU ? 0xFFFFFFFFU : size);
      };
      put32(out, 0x04034b50);
      put16(out, 20);
      put16(out, entry.flags);
      put16(out, entry.method);
      put16(out, 0);
      put16(out, 0x21);
      put32(out, entry.crc);
      put32(out, size32(entry.data.size()));
      put32(out, size32(entry.inflated_size));
      put16(out, static_cast<std::uint16_t>(entry.name.size()));
      put16(out, 0);
      out += entry.name;
      out += entry.data;

      put32(directory, 0x02014b50);
      put16(directory, 20);
      put16(directory, 20);
      put16(directory, entry.flags);
      put16(directory, entry.method);
      put16(directory, 0);
      put16(directory, 0x21);
      put32(directory, entry.crc);
      put32(directory, size32(entry.data.size()));
      put32(directory, size32(entry.inflated_size));
      put16(directory, static_cast<std::uint16_t>(entry.name.size()));
      put16(directory, 0);
      put16(directory, 0);
      put16(directory, 0);
      put16(directory, 0);
      put32(directory, 0);
      put32(directory, offset);
      directory += entry.name;
    }
    const auto directory_offset = static_cast<std::uint32_t>(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint16_t>(entries_.size()));
    put16(out, static_cast<std::uint16_t>(entries_.size()));
    put32(out, static_cast<std::uint32_t>(directory.size()));
    put32(out, directory_offset);
    put16(out, 0);
    return out;
  }

private:
  static void put16(std::string& out, std::uint16_t value) {
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>(value >> 8);
  }
  static void put32(std::string& out, std::uint32_t value) {
    put16(out, static_cast<std::uint16_t>(value & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(value >> 16));
  }

  std::vector<ZipEntry> entries_;
};

// A minimal WordprocessingML package around `document_xml` (a whole w:document part), with
// `extra` parts added as given.
std::string make_docx(std::string_view document_xml, const std::vector<ZipEntry>& extra = {});

inline std::span<const std::byte> bytes_of(std::string_view text) {
  return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

} // namespace pactum::test
