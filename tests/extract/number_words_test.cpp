// parse_number_words: the cardinal numbers contracts write out ("one hundred and eighty").
#include <gtest/gtest.h>

#include <optional>
#include <string_view>
#include <vector>

#include "extract/number_words.hpp"

using pactum::extract::is_number_word;
using pactum::extract::NumberWordsMatch;
using pactum::extract::parse_number_words;

namespace {

// The value and the number of words used, or {-1, 0} when there is no number.
std::pair<long long, std::size_t> parse(std::vector<std::string_view> words) {
  const std::optional<NumberWordsMatch> match = parse_number_words(words, "en");
  return match ? std::pair{match->value, match->words} : std::pair{-1LL, std::size_t{0}};
}

TEST(NumberWords, UnitsTeensAndTens) {
  EXPECT_EQ(parse({"zero"}), std::pair(0LL, std::size_t{1}));
  EXPECT_EQ(parse({"seven"}), std::pair(7LL, std::size_t{1}));
  EXPECT_EQ(parse({"twelve"}), std::pair(12LL, std::size_t{1}));
  EXPECT_EQ(parse({"ninety"}), std::pair(90LL, std::size_t{1}));
  EXPECT_EQ(parse({"twenty", "four"}), std::pair(24LL, std::size_t{2}));
  EXPECT_EQ(parse({"THIRTY"}), std::pair(30LL, std::size_t{1}));
}

TEST(NumberWords, HundredsWithAndWithoutAnd) {
  EXPECT_EQ(parse({"one", "hundred", "and", "eighty"}), std::pair(180LL, std::size_t{4}));
  EXPECT_EQ(parse({"one", "hundred", "eighty"}), std::pair(180LL, std::size_t{3}));
  EXPECT_EQ(parse({"nine", "hundred", "ninety", "nine"}), std::pair(999LL, std::size_t{4}));
  EXPECT_EQ(parse({"fifteen", "hundred"}), std::pair(1500LL, std::size_t{2}));
  // CUAD: "one hundred twenty (120) days"
  EXPECT_EQ(parse({"one", "hundred", "twenty"}), std::pair(120LL, std::size_t{3}));
}

TEST(NumberWords, ThousandsMillionsBillions) {
  EXPECT_EQ(parse({"two", "thousand", "five", "hundred"}), std::pair(2500LL, std::size_t{4}));
  EXPECT_EQ(parse({"five", "hundred", "thousand"}), std::pair(500000LL, std::size_t{3}));
  EXPECT_EQ(parse({"five", "million"}), std::pair(5000000LL, std::size_t{2}));
  EXPECT_EQ(parse({"one", "billion", "two", "hundred", "million"}),
            std::pair(1200000000LL, std::size_t{5}));
  EXPECT_EQ(parse({"three", "thousand", "and", "five"}), std::pair(3005LL, std::size_t{4}));
}

TEST(NumberWords, StopsWhereTheGrammarEnds) {
  EXPECT_EQ(parse({"twenty", "thirty"}), std::pair(20LL, std::size_t{1}));
  EXPECT_EQ(parse({"five", "five"}), std::pair(5LL, std::size_t{1}));
  EXPECT_EQ(parse({"thirty", "and", "sixty"}), std::pair(30LL, std::size_t{1}));
  EXPECT_EQ(parse({"one", "hundred", "and"}), std::pair(100LL, std::size_t{2}));
  EXPECT_EQ(parse({"thirty", "days"}), std::pair(30LL, std::size_t{1}));
  EXPECT_EQ(parse({"one", "thousand", "one", "thousand"}), std::pair(1001LL, std::size_t{3}));
}

TEST(NumberWords, NotANumber) {
  EXPECT_EQ(parse({"hundred"}), std::pair(-1LL, std::size_t{0}));
  EXPECT_EQ(parse({"and", "five"}), std::pair(-1LL, std::size_t{0}));
  EXPECT_EQ(parse({"thousand"}), std::pair(-1LL, std::size_t{0}));
  EXPECT_EQ(parse({"tenant"}), std::pair(-1LL, std::size_t{0}));
  EXPECT_EQ(parse({}), std::pair(-1LL, std::size_t{0}));
}

TEST(NumberWords, TablesArePerLanguage) {
  const std::vector<std::string_view> words{"three"};
  EXPECT_FALSE(parse_number_words(words, "da").has_value());
  EXPECT_TRUE(is_number_word("Hundred", "en"));
  EXPECT_FALSE(is_number_word("three", "xx"));
  EXPECT_FALSE(is_number_word("days", "en"));
}

} // namespace
