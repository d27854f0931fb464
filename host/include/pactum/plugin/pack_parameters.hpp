#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "pactum/error.hpp"

namespace pactum {

// One YAML rule pack serves several plugins when the parts that differ are written as
// `${name}`: the shared GDPR Art. 28 pack is instantiated as `gdpr-…` by eu-gdpr and as
// `ukgdpr-…` by uk-gdpr. Replaces every `${name}` with its value; a `${…}` with no value throws
// pactum::Error naming the origin and line, so a typo cannot reach a report. Values must not
// hold line breaks, so `file:line` positions in the pack stay true.
inline std::string with_pack_parameters(
    std::string_view origin, std::string_view text,
    std::initializer_list<std::pair<std::string_view, std::string_view>> parameters) {
  std::string out;
  out.reserve(text.size());
  std::size_t line = 1;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      ++line;
    }
    if (text.compare(i, 2, "${") != 0) {
      out += text[i++];
      continue;
    }
    const std::size_t close = text.find('}', i + 2);
    const std::string_view name =
        close == std::string_view::npos ? text.substr(i + 2) : text.substr(i + 2, close - i - 2);
    bool found = false;
    for (const auto& [key, value] : parameters) {
      if (key == name && close != std::string_view::npos) {
        if (value.find('\n') != std::string_view::npos) {
          throw Error(std::string(origin) + ": error: pack parameter '" + std::string(key) +
                      "' holds a line break");
        }
        out += value;
        found = true;
        break;
      }
    }
    if (!found) {
      throw Error(std::string(origin) + ":" + std::to_string(line) +
                  ": error: no value for pack parameter '${" + std::string(name) + "}'");
    }
    i = close + 1;
  }
  return out;
}

} // namespace pactum
