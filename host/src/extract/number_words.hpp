#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace pactum::extract {

// Cardinal numbers written out in words, one table per language: contracts write "thirty (30)
// days", "one hundred and eighty days", "five million dollars".
struct NumberWordsMatch {
  long long value = 0;
  // How many of the words given make up the number (trailing "and" excluded).
  std::size_t words = 0;
};

// The longest number at the start of `words` (consecutive words of the text; the caller decides
// what may separate them, e.g. blanks and hyphens, so "twenty-four" arrives as {"twenty",
// "four"}). Case-insensitive. Understands up to the billions ("one hundred and eighty",
// "twenty-four", "two thousand five hundred", "five million"). Refuses ill-formed sequences:
// "twenty thirty" is read as twenty and stops. nullopt when the first word is not a number word
// or the language has no table.
std::optional<NumberWordsMatch> parse_number_words(std::span<const std::string_view> words,
                                                   std::string_view language);

// True when `word` can start or continue a number in `language` ("twenty", "hundred", "and").
bool is_number_word(std::string_view word, std::string_view language);

} // namespace pactum::extract
