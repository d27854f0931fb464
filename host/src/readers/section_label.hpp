#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pactum::host {

// A section number written at the start of a heading or paragraph, as agreements number them:
// "12.3", "12.3.", "1)", "(a)", "(iv)", "Article 5", "ARTICLE V", "Section 12.3", "§ 5",
// "Clause 7". Every reader normalises labels the same way, so a finding says "12.3" whether
// the number was typed into a text file or produced by Word's automatic numbering.
struct SectionLabel {
  // Normalised: "12.3" (no trailing dot), "5" for "Article 5" / "ARTICLE V" / "§ 5",
  // "a" for "(a)", "iv" for "(iv)".
  std::string number;
  // 1 for "5", 2 for "12.3", … ; 0 for letters and roman numerals in parentheses, which number
  // items inside the enclosing section rather than sections of their own.
  int depth = 0;
  bool keyword = false; // "Article", "Section", "Clause", "§"
  // Bytes of `text` the label takes, with its trailing punctuation and blanks.
  std::size_t length = 0;
};

// The label at the start of `text`, if there is one. Refuses what only looks like a number:
// amounts ("1,000"), dates ("2024."), decimals in running text ("3.5 million"), a lone capital
// letter starting a sentence ("A party").
std::optional<SectionLabel> parse_section_label(std::string_view text);

// The section an item belongs to: depth-0 labels ("a") nest under the enclosing section
// ("12.3" → "12.3(a)"); numbered labels stand on their own ("12.4").
std::string nested_section(std::string_view enclosing, const SectionLabel& label);

} // namespace pactum::host
