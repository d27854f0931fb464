// decode_text: bytes of a .txt or .md file to UTF-8, deciding the encoding without guessing at
// languages — a byte-order mark, else valid UTF-8, else Windows-1252 (what a Word "Save as text"
// on Western Windows writes, and the only fallback that never loses § or curly quotes).

#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "pactum/error.hpp"
#include "readers/text_reader.hpp"
#include "text/utf8.hpp"

namespace pactum::host {
namespace {

[[noreturn]] void refuse(std::string_view file_name, const std::string& why) {
  throw Error(std::string(file_name) + ": error: " + why);
}

// 0x80..0x9F; the rest of Windows-1252 is Latin-1. The undefined five map to C1 controls.
constexpr std::array<char16_t, 32> windows1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string from_windows1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char byte : bytes) {
    const auto b = static_cast<unsigned char>(byte);
    if (b < 0x80) {
      out += byte;
    } else if (b < 0xA0) {
      append_utf8(out, windows1252_high[b - 0x80]);
    } else {
      append_utf8(out, b);
    }
  }
  return out;
}

// The byte offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // ASCII runs are most of any agreement; skip them without the decoder.
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t at = i;
    if (!next_code_point(text, i)) {
      return at;
    }
  }
  return std::string_view::npos;
}

std::string from_utf16(std::string_view bytes, bool little_endian, std::string_view file_name) {
  const std::string_view name = little_endian ? "UTF-16LE" : "UTF-16BE";
  if (bytes.size() % 2 != 0) {
    refuse(file_name, "not valid " + std::string(name) + ": an odd number of bytes (" +
                          std::to_string(bytes.size()) + ")");
  }
  // Offsets in messages count from the start of the file, byte-order mark included.
  constexpr std::size_t bom = 2;
  const auto unit = [&](std::size_t at) -> char16_t {
    const auto first = static_cast<unsigned char>(bytes[at]);
    const auto second = static_cast<unsigned char>(bytes[at + 1]);
    return little_endian ? static_cast<char16_t>(first | (second << 8))
                         : static_cast<char16_t>((first << 8) | second);
  };
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t at = 0; at < bytes.size(); at += 2) {
    const char16_t u = unit(at);
    if (u == 0) {
      refuse(file_name, "binary file: U+0000 at byte " + std::to_string(at + bom));
    }
    if (u >= 0xDC00 && u <= 0xDFFF) {
      refuse(file_name, "not valid " + std::string(name) + ": unpaired surrogate " +
                            code_point_name(u) + " at byte " + std::to_string(at + bom));
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
      const char16_t low = at + 2 < bytes.size() ? unit(at + 2) : char16_t{0};
      if (low < 0xDC00 || low > 0xDFFF) {
        refuse(file_name, "not valid " + std::string(name) + ": unpaired surrogate " +
                              code_point_name(u) + " at byte " + std::to_string(at + bom));
      }
      append_utf8(out, 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) +
                           (static_cast<char32_t>(low) - 0xDC00));
      at += 2;
      continue;
    }
    append_utf8(out, u);
  }
  return out;
}

} // namespace

std::string_view to_string(TextEncoding encoding) noexcept {
  switch (encoding) {
  case TextEncoding::utf8:
    return "UTF-8";
  case TextEncoding::utf16le:
    return "UTF-16LE";
  case TextEncoding::utf16be:
    return "UTF-16BE";
  case TextEncoding::windows1252:
    return "Windows-1252";
  }
  return "UTF-8";
}

DecodedText decode_text(std::span<const std::byte> bytes, std::string_view file_name) {
  if (bytes.size() > max_text_bytes) {
    refuse(file_name, "the file is " + std::to_string(bytes.size()) +
                          " bytes; text files are read up to " + std::to_string(max_text_bytes) +
                          " bytes");
  }
  const std::string_view raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  DecodedText decoded;
  if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
    const bool little_endian = raw[0] == '\xFF';
    decoded.encoding = little_endian ? TextEncoding::utf16le : TextEncoding::utf16be;
    decoded.text = from_utf16(raw.substr(2), little_endian, file_name);
    return decoded;
  }
  const std::size_t skipped = raw.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const std::string_view body = raw.substr(skipped);
  if (const void* nul = std::memchr(body.data(), 0, body.size()); nul != nullptr) {
    const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - body.data());
    refuse(file_name, "binary file: NUL byte at byte " + std::to_string(at + skipped) +
                          " (UTF-16 text needs a byte-order mark)");
  }
  const std::size_t invalid = first_invalid_utf8(body);
  if (invalid == std::string_view::npos) {
    decoded.text = std::string(body);
    return decoded;
  }
  decoded.encoding = TextEncoding::windows1252;
  decoded.text = from_windows1252(body);
  decoded.warnings.push_back(std::string(file_name) + ": warning: not valid UTF-8 (byte " +
                             std::to_string(invalid + skipped) + "); read as Windows-1252");
  return decoded;
}

} // namespace pactum::host
