#pragma once

#include <string>
#include <string_view>

namespace pactum::host {

// Appends `text` escaped for HTML text and attribute values: the five characters that could
// start markup or end an attribute become entities, and C0 control characters other than tab,
// line feed and carriage return (which HTML does not allow) become U+FFFD. The one routine
// every HTML Pactum writes goes through, reports and documents alike.
inline void append_html_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        out += "\xEF\xBF\xBD";
      } else {
        out += c;
      }
    }
  }
}

} // namespace pactum::host
