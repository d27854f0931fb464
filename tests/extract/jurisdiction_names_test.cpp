// The jurisdiction name table: well-formed codes and the coverage callers rely on.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "extract/jurisdiction_names.hpp"

using pactum::extract::jurisdiction_adjectives;
using pactum::extract::jurisdiction_names;
using pactum::extract::JurisdictionName;

namespace {

bool upper(char c) {
  return c >= 'A' && c <= 'Z';
}

TEST(JurisdictionNames, CodesAreIso3166OrTheUnions) {
  for (const JurisdictionName& entry : jurisdiction_names("en")) {
    const std::string_view code = entry.code;
    const bool country = code.size() == 2 && upper(code[0]) && upper(code[1]);
    const bool subdivision =
        code.size() >= 4 && code.size() <= 6 && code[2] == '-' && upper(code[0]) && upper(code[1]);
    const bool union_ = code == "EU" || code == "EEA";
    EXPECT_TRUE(country || subdivision || union_) << entry.name << " " << code;
  }
}

TEST(JurisdictionNames, NoNameIsListedTwice) {
  std::set<std::string> seen;
  for (const JurisdictionName& entry : jurisdiction_names("en")) {
    std::string folded(entry.name);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    EXPECT_TRUE(seen.insert(folded).second) << entry.name;
  }
}

TEST(JurisdictionNames, EveryUsStateAndDcAndEveryEuMemberState) {
  std::set<std::string_view> codes;
  for (const JurisdictionName& entry : jurisdiction_names("en")) {
    codes.insert(entry.code);
  }
  const auto us = std::count_if(codes.begin(), codes.end(), [](std::string_view code) {
    return code.starts_with("US-") && code != "US-PR";
  });
  EXPECT_EQ(us, 51); // 50 states and the District of Columbia
  for (const std::string_view member :
       {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
        "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT",
        "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "EU", "EEA"}) {
    EXPECT_TRUE(codes.contains(member)) << member;
  }
  const auto ca = std::count_if(codes.begin(), codes.end(),
                                [](std::string_view code) { return code.starts_with("CA-"); });
  EXPECT_EQ(ca, 13); // ten provinces and three territories
}

TEST(JurisdictionNames, NoTwoLetterPostalAbbreviationsThatAreEnglishWords) {
  for (const JurisdictionName& entry : jurisdiction_names("en")) {
    EXPECT_NE(entry.name, "IN");
    EXPECT_NE(entry.name, "OR");
    EXPECT_NE(entry.name, "ME");
    EXPECT_NE(entry.name, "US"); // "notify US" in upper-case text
  }
}

TEST(JurisdictionNames, OtherLanguagesHaveNoTableYet) {
  EXPECT_TRUE(jurisdiction_names("da").empty());
  EXPECT_FALSE(jurisdiction_names("en").empty());
  EXPECT_TRUE(jurisdiction_adjectives("da").empty());
  EXPECT_FALSE(jurisdiction_adjectives("en").empty());
}

TEST(JurisdictionAdjectives, CodesAreKnownNamesCodes) {
  std::set<std::string_view> codes;
  for (const JurisdictionName& entry : jurisdiction_names("en")) {
    codes.insert(entry.code);
  }
  for (const JurisdictionName& entry : jurisdiction_adjectives("en")) {
    EXPECT_TRUE(codes.contains(entry.code)) << entry.name << " " << entry.code;
  }
}

TEST(JurisdictionAdjectives, NoAdjectiveIsListedTwiceOrIsAlsoAName) {
  const auto folded = [](std::string_view name) {
    std::string out(name);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
  };
  std::set<std::string> names;
  for (const JurisdictionName& entry : jurisdiction_names("en")) {
    names.insert(folded(entry.name));
  }
  std::set<std::string> seen;
  for (const JurisdictionName& entry : jurisdiction_adjectives("en")) {
    EXPECT_TRUE(seen.insert(folded(entry.name)).second) << entry.name;
    EXPECT_FALSE(names.contains(folded(entry.name))) << entry.name;
  }
}

TEST(JurisdictionAdjectives, TheAdjectivesGoverningLawClausesUse) {
  std::set<std::string_view> adjectives;
  for (const JurisdictionName& entry : jurisdiction_adjectives("en")) {
    adjectives.insert(entry.name);
  }
  for (const std::string_view adjective :
       {"English", "Scots", "Scottish", "Irish", "German", "French", "Swiss", "Dutch", "Danish",
        "Italian", "Chinese", "Indian", "Philippine", "Japanese", "Californian"}) {
    EXPECT_TRUE(adjectives.contains(adjective)) << adjective;
  }
}

} // namespace
