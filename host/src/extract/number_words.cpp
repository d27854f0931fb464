#include "extract/number_words.hpp"

#include <array>
#include <cstdint>

namespace pactum::extract {
namespace {

// What a word does in a number; the grammar below decides which may follow which.
enum class Role : std::uint8_t { unit, teen, tens, hundred, scale, conjunction };

struct NumberWord {
  std::string_view word;
  long long value;
  Role role;
};

constexpr std::array english_words{
    NumberWord{"zero", 0, Role::unit},
    NumberWord{"one", 1, Role::unit},
    NumberWord{"two", 2, Role::unit},
    NumberWord{"three", 3, Role::unit},
    NumberWord{"four", 4, Role::unit},
    NumberWord{"five", 5, Role::unit},
    NumberWord{"six", 6, Role::unit},
    NumberWord{"seven", 7, Role::unit},
    NumberWord{"eight", 8, Role::unit},
    NumberWord{"nine", 9, Role::unit},
    NumberWord{"ten", 10, Role::teen},
    NumberWord{"eleven", 11, Role::teen},
    NumberWord{"twelve", 12, Role::teen},
    NumberWord{"thirteen", 13, Role::teen},
    NumberWord{"fourteen", 14, Role::teen},
    NumberWord{"fifteen", 15, Role::teen},
    NumberWord{"sixteen", 16, Role::teen},
    NumberWord{"seventeen", 17, Role::teen},
    NumberWord{"eighteen", 18, Role::teen},
    NumberWord{"nineteen", 19, Role::teen},
    NumberWord{"twenty", 20, Role::tens},
    NumberWord{"thirty", 30, Role::tens},
    NumberWord{"forty", 40, Role::tens},
    // A common misspelling in signed contracts; the value is not in doubt.
    NumberWord{"fourty", 40, Role::tens},
    NumberWord{"fifty", 50, Role::tens},
    NumberWord{"sixty", 60, Role::tens},
    NumberWord{"seventy", 70, Role::tens},
    NumberWord{"eighty", 80, Role::tens},
    NumberWord{"ninety", 90, Role::tens},
    NumberWord{"hundred", 100, Role::hundred},
    NumberWord{"thousand", 1'000, Role::scale},
    NumberWord{"million", 1'000'000, Role::scale},
    NumberWord{"billion", 1'000'000'000, Role::scale},
    NumberWord{"and", 0, Role::conjunction},
};

std::span<const NumberWord> table_for(std::string_view language) {
  if (language == "en") {
    return english_words;
  }
  return {};
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_folded(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (lower(text[i]) != lower_word[i]) {
      return false;
    }
  }
  return true;
}

const NumberWord* lookup(std::span<const NumberWord> table, std::string_view word) {
  for (const NumberWord& entry : table) {
    if (equals_folded(word, entry.word)) {
      return &entry;
    }
  }
  return nullptr;
}

} // namespace

bool is_number_word(std::string_view word, std::string_view language) {
  return lookup(table_for(language), word) != nullptr;
}

std::optional<NumberWordsMatch> parse_number_words(std::span<const std::string_view> words,
                                                   std::string_view language) {
  const std::span<const NumberWord> table = table_for(language);
  // `group` is the part below the current scale ("two hundred and five" of "three thousand two
  // hundred and five"); `total` holds what the scales already closed.
  long long total = 0;
  long long group = 0;
  long long last_scale = 0;
  std::optional<Role> previous;
  std::size_t used = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const NumberWord* const entry = lookup(table, words[i]);
    if (entry == nullptr) {
      break;
    }
    const bool after_hundred_or_scale =
        previous == Role::hundred || previous == Role::scale || previous == Role::conjunction;
    bool accepted = false;
    switch (entry->role) {
    case Role::unit:
      // "twenty four", "one hundred five", "one hundred and five"; never "five five".
      accepted = !previous || previous == Role::tens || after_hundred_or_scale;
      if (accepted) {
        group += entry->value;
      }
      break;
    case Role::teen:
    case Role::tens:
      accepted = !previous || after_hundred_or_scale;
      if (accepted) {
        group += entry->value;
      }
      break;
    case Role::hundred:
      // "one hundred", "fifteen hundred"; the group must not already hold hundreds.
      accepted = (previous == Role::unit || previous == Role::teen) && group < 100 && group > 0;
      if (accepted) {
        group *= 100;
      }
      break;
    case Role::scale:
      accepted = previous.has_value() && previous != Role::scale && previous != Role::conjunction &&
                 group > 0 && (last_scale == 0 || entry->value < last_scale);
      if (accepted) {
        total += group * entry->value;
        group = 0;
        last_scale = entry->value;
      }
      break;
    case Role::conjunction:
      // "and" joins only after "hundred"/"thousand" and only when a number follows; otherwise
      // it belongs to the sentence ("thirty and sixty days").
      accepted = (previous == Role::hundred || previous == Role::scale) && i + 1 < words.size() &&
                 lookup(table, words[i + 1]) != nullptr &&
                 lookup(table, words[i + 1])->role != Role::conjunction;
      break;
    }
    if (!accepted) {
      break;
    }
    previous = entry->role;
    if (entry->role != Role::conjunction) {
      used = i + 1;
    }
  }
  if (used == 0) {
    return std::nullopt;
  }
  return NumberWordsMatch{total + group, used};
}

} // namespace pactum::extract
