#include "readers/section_label.hpp"

#include <array>
#include <cctype>

namespace pactum::host {
namespace {

bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_upper(char c) noexcept {
  return c >= 'A' && c <= 'Z';
}

char lower(char c) noexcept {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Blanks after a label: spaces, tabs, and the no-break space (U+00A0) Word likes after numbers.
std::size_t skip_blanks(std::string_view text, std::size_t at) noexcept {
  while (at < text.size()) {
    if (text[at] == ' ' || text[at] == '\t') {
      ++at;
    } else if (text.substr(at).starts_with("\xC2\xA0")) {
      at += 2;
    } else {
      break;
    }
  }
  return at;
}

// The value of a roman numeral up to 39 (i … xxxix), or 0 when `text` is not one.
int roman_value(std::string_view text) noexcept {
  static constexpr std::array<std::string_view, 10> units = {"",  "i",  "ii",  "iii",  "iv",
                                                             "v", "vi", "vii", "viii", "ix"};
  std::string lowered;
  for (const char c : text) {
    lowered += lower(c);
  }
  std::string_view rest = lowered;
  int value = 0;
  while (rest.starts_with('x') && value < 30) {
    value += 10;
    rest.remove_prefix(1);
  }
  for (int unit = 9; unit >= 1; --unit) {
    if (rest == units[static_cast<std::size_t>(unit)]) {
      return value + unit;
    }
  }
  return rest.empty() ? value : 0;
}

// "12.3" with at most 6 parts of at most 3 digits each, the first not above 999 (years are
// not section numbers).
std::size_t dotted_number(std::string_view text, std::size_t at, int& depth) noexcept {
  const std::size_t start = at;
  depth = 0;
  while (at < text.size() && is_digit(text[at])) {
    std::size_t digits = 0;
    while (at < text.size() && is_digit(text[at])) {
      ++at;
      ++digits;
    }
    if (digits > 3) {
      return 0;
    }
    ++depth;
    if (depth > 6) {
      return 0;
    }
    if (at + 1 < text.size() && text[at] == '.' && is_digit(text[at + 1])) {
      ++at;
      continue;
    }
    break;
  }
  return depth == 0 ? 0 : at - start;
}

bool ends_label(std::string_view text, std::size_t at) noexcept {
  return at == text.size() || text[at] == ' ' || text[at] == '\t' ||
         text.substr(at).starts_with("\xC2\xA0");
}

std::optional<SectionLabel> keyword_label(std::string_view text) {
  static constexpr std::array<std::string_view, 4> keywords = {"article", "section", "clause",
                                                               "\xC2\xA7"};
  for (const std::string_view keyword : keywords) {
    if (text.size() < keyword.size()) {
      continue;
    }
    bool same = true;
    for (std::size_t i = 0; i < keyword.size(); ++i) {
      same = same && lower(text[i]) == keyword[i];
    }
    if (!same) {
      continue;
    }
    std::size_t at = skip_blanks(text, keyword.size());
    if (at == keyword.size() && keyword != "\xC2\xA7") {
      return std::nullopt; // "Articles", "Sectional"
    }
    SectionLabel label;
    label.keyword = true;
    int depth = 0;
    if (const std::size_t length = dotted_number(text, at, depth); length > 0) {
      label.number = std::string(text.substr(at, length));
      label.depth = depth;
      at += length;
    } else {
      std::size_t end = at;
      while (end < text.size() && is_alpha(text[end])) {
        ++end;
      }
      const int value = roman_value(text.substr(at, end - at));
      if (end == at || value == 0) {
        return std::nullopt;
      }
      label.number = std::to_string(value);
      label.depth = 1;
      at = end;
    }
    // "Section 5 of this Agreement" is a reference, not a heading: a label ends the text, or is
    // followed by punctuation or a capitalised title.
    std::size_t after = at;
    if (after < text.size() && (text[after] == '.' || text[after] == ':' || text[after] == ')')) {
      ++after;
    }
    after = skip_blanks(text, after);
    if (after < text.size() &&
        (text[after] == '-' || text.substr(after).starts_with("\xE2\x80\x93") ||
         text.substr(after).starts_with("\xE2\x80\x94"))) {
      after = skip_blanks(text, after + (text[after] == '-' ? 1 : 3));
    } else if (after < text.size() && after == at) {
      return std::nullopt; // "Section 5a"
    } else if (after < text.size() && !is_upper(text[after]) && !is_digit(text[after]) &&
               text[after] != '"' && !text.substr(after).starts_with("\xE2\x80\x9C")) {
      return std::nullopt;
    }
    label.length = after;
    return label;
  }
  return std::nullopt;
}

} // namespace

std::optional<SectionLabel> parse_section_label(std::string_view text) {
  if (text.empty()) {
    return std::nullopt;
  }
  if (auto label = keyword_label(text)) {
    return label;
  }
  // "(a)", "(iv)", "(A)"
  if (text[0] == '(') {
    std::size_t end = 1;
    while (end < text.size() && end <= 5 && (is_alpha(text[end]) || is_digit(text[end]))) {
      ++end;
    }
    if (end == 1 || end >= text.size() || text[end] != ')' || !ends_label(text, end + 1)) {
      return std::nullopt;
    }
    const std::string_view inner = text.substr(1, end - 1);
    SectionLabel label;
    if (is_digit(inner[0])) {
      int depth = 0;
      if (dotted_number(inner, 0, depth) != inner.size()) {
        return std::nullopt;
      }
      label.number = std::string(inner);
      label.depth = 0;
    } else if (inner.size() == 1 || roman_value(inner) > 0) {
      for (const char c : inner) {
        if (!is_alpha(c)) {
          return std::nullopt;
        }
        label.number += lower(c);
      }
    } else {
      return std::nullopt;
    }
    label.length = skip_blanks(text, end + 1);
    return label;
  }
  // "12.3", "12.3.", "1)", "12."
  int depth = 0;
  if (const std::size_t length = dotted_number(text, 0, depth); length > 0) {
    std::size_t at = length;
    if (at < text.size() && (text[at] == '.' || text[at] == ')')) {
      ++at;
    } else if (depth == 1) {
      return std::nullopt; // "5 days", "100 units"
    }
    if (!ends_label(text, at) || at == text.size()) {
      return at == text.size() ? std::optional<SectionLabel>(SectionLabel{
                                     std::string(text.substr(0, length)), depth, false, at})
                               : std::nullopt;
    }
    return SectionLabel{std::string(text.substr(0, length)), depth, false, skip_blanks(text, at)};
  }
  // "a)", "iv)", "a." — lower case only: "A. Smith" and "I. Introduction" are too ambiguous
  // without parentheses.
  std::size_t end = 0;
  while (end < text.size() && end < 5 && text[end] >= 'a' && text[end] <= 'z') {
    ++end;
  }
  if (end > 0 && end < text.size() && (text[end] == ')' || text[end] == '.') &&
      (end == 1 || roman_value(text.substr(0, end)) > 0) && ends_label(text, end + 1) &&
      end + 1 < text.size()) {
    return SectionLabel{std::string(text.substr(0, end)), 0, false, skip_blanks(text, end + 1)};
  }
  return std::nullopt;
}

std::string nested_section(std::string_view enclosing, const SectionLabel& label) {
  if (label.depth > 0 || enclosing.empty()) {
    return label.number;
  }
  return std::string(enclosing) + "(" + label.number + ")";
}

} // namespace pactum::host
