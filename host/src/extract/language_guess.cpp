#include "extract/language_guess.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace pactum::host {

std::string guess_language(std::string_view text) {
  constexpr std::array<std::string_view, 8> english = {"the", "and", "of",   "shall",
                                                       "to",  "any", "this", "or"};
  const std::string_view sample = text.substr(0, std::min<std::size_t>(text.size(), 20000));
  std::size_t words = 0;
  std::size_t hits = 0;
  std::size_t i = 0;
  std::string word;
  while (i < sample.size()) {
    while (i < sample.size() && !std::isalpha(static_cast<unsigned char>(sample[i]))) {
      ++i;
    }
    word.clear();
    while (i < sample.size() && std::isalpha(static_cast<unsigned char>(sample[i]))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(sample[i]))));
      ++i;
    }
    if (word.empty()) {
      continue;
    }
    ++words;
    hits += std::ranges::find(english, word) != english.end() ? 1 : 0;
  }
  // English legal prose runs at 15-25% of these words; other Latin-script languages near 0.
  return words >= 8 && hits * 100 >= words * 8 ? "en" : "und";
}

} // namespace pactum::host
