#pragma once

#include <string>
#include <string_view>

#include <yaml-cpp/mark.h>

namespace pactum::host {

// "file:line:column: error: message", with yaml-cpp's 0-based mark made 1-based.
inline std::string located(std::string_view origin, const YAML::Mark& mark,
                           std::string_view message) {
  std::string out(origin);
  if (!mark.is_null()) {
    out += ':' + std::to_string(mark.line + 1) + ':' + std::to_string(mark.column + 1);
  }
  out += ": error: ";
  out += message;
  return out;
}

} // namespace pactum::host
