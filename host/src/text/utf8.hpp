#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pactum::host {

// Decodes the UTF-8 character starting at byte `i` and moves `i` past it. For bytes that do not
// form a well-formed character (stray continuation, overlong form, surrogate, above U+10FFFF,
// cut short) it returns nullopt and moves `i` past the bytes that belonged to the attempt (at
// least one), so callers can report or replace them and resynchronise.
inline std::optional<char32_t> next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t smallest = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1FU;
    smallest = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0FU;
    smallest = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07U;
    smallest = 0x10000;
  }
  std::size_t k = 1;
  for (; length != 0 && k < length && i + k < text.size(); ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0U) != 0x80U) {
      break;
    }
    code_point = (code_point << 6U) | (next & 0x3FU);
  }
  if (length == 0 || k != length || code_point < smallest || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    i += length == 0 ? 1 : k;
    return std::nullopt;
  }
  i += length;
  return code_point;
}

// Characters XML 1.0 can carry — and so every value of an agreement, which may end up in XML.
// Appends the UTF-8 bytes of a code point (the caller has checked it is one).
inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

inline bool allowed_in_xml(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// "U+0001", "U+1F600": how messages name a character.
inline std::string code_point_name(char32_t code_point) {
  constexpr std::string_view digits = "0123456789ABCDEF";
  std::string hex;
  for (int shift = code_point > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) {
    hex += digits[(code_point >> shift) & 0xF];
  }
  return "U+" + hex;
}

// Why `text` cannot go into an agreement (and so into XML), naming the first offending byte;
// nullopt when it can.
inline std::optional<std::string> unusable_in_xml(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    const auto code_point = next_code_point(text, i);
    if (!code_point) {
      return "byte " + std::to_string(at) + " is not valid UTF-8";
    }
    if (!allowed_in_xml(*code_point)) {
      return "byte " + std::to_string(at) + " is " + code_point_name(*code_point) +
             ", which XML 1.0 cannot carry";
    }
  }
  return std::nullopt;
}

} // namespace pactum::host
