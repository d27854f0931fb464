// Sentence windows around a hit: ICU's rules, abbreviations kept inside the sentence.
#include <gtest/gtest.h>

#include <string_view>

#include "extract/sentence_bounds.hpp"

using pactum::host::sentence_around;

TEST(SentenceAround, FindsTheSentenceHoldingTheOffset) {
  constexpr std::string_view text =
      "The term is three years. Either party may terminate on notice. Fees are monthly.";
  const auto at = text.find("terminate");
  const auto [begin, end] = sentence_around(text, at, "en");
  EXPECT_EQ(text.substr(begin, end - begin), "Either party may terminate on notice. ");
}

TEST(SentenceAround, CompanyAbbreviationDoesNotEndTheSentence) {
  constexpr std::string_view text =
      "Bayview Contact Solutions Inc. shall keep a business continuity plan. Next sentence.";
  const auto [begin, end] = sentence_around(text, text.find("continuity"), "en");
  EXPECT_EQ(begin, 0U);
  EXPECT_EQ(text.substr(end), "Next sentence.");
}

TEST(SentenceAround, OffsetsAreBytesInUtf8Text) {
  constexpr std::string_view text = "Für § 5 gilt dies. Le délai est de trente jours. Fin.";
  const auto at = text.find("trente");
  const auto [begin, end] = sentence_around(text, at, "fr");
  EXPECT_EQ(text.substr(begin, end - begin), "Le délai est de trente jours. ");
}

TEST(SentenceAround, EmptyAndOutOfRangeInputsAreSafe) {
  EXPECT_EQ(sentence_around("", 0, "en"), (std::pair<std::size_t, std::size_t>{0, 0}));
  const auto [begin, end] = sentence_around("One. Two.", 500, "en");
  EXPECT_LE(begin, end);
  EXPECT_EQ(end, 9U);
}
