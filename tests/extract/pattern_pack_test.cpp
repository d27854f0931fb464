// Pattern packs as plugin authors write them: every refusal names file:line:column.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "extract/pattern_pack.hpp"
#include "pactum/error.hpp"
#include "vocabulary/vocabulary.hpp"

namespace {

using pactum::Error;
using pactum::YamlDocument;
using pactum::host::parse_pattern_pack;
using pactum::host::PatternPack;
using pactum::host::Vocabulary;

const Vocabulary& vocabulary() {
  static const Vocabulary loaded = Vocabulary::load(std::string(PACTUM_SOURCE_DIR) + "/schemas");
  return loaded;
}

PatternPack parse(const std::string& yaml) {
  return parse_pattern_pack(YamlDocument{"demo/patterns/en.yaml", yaml}, "demo", vocabulary());
}

std::string error_of(const std::string& yaml) {
  try {
    parse(yaml);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

} // namespace

TEST(PatternPack, ReadsKindsHeadingsPatternsUnlessTermsAndFacts) {
  const PatternPack pack = parse(R"(language: en
kinds:
  governing_law:
    headings: ['governing\s+law']
    patterns:
      - 'governed\s+by[^.;]{0,60}laws?\s+of'
      - {match: 'Laws\s+of\s+the\s+State', case_sensitive: true}
    unless: ['applicable\s+laws?\s+and\s+regulations']
    terms:
      - {name: governing_law, type: jurisdiction, capture: 'laws?\s+of\s+([^.;]{2,80})'}
facts:
  personal_data:
    'true': ['personal\s+data']
    'false': ['no\s+personal\s+data']
  data_subject_regions:
    US-CA: ['california\s+consumer\s+privacy\s+act']
)");
  EXPECT_EQ(pack.language, "en");
  ASSERT_EQ(pack.kinds.size(), 1U);
  const auto& kind = pack.kinds.front();
  EXPECT_EQ(kind.kind, "governing_law");
  EXPECT_EQ(kind.headings.size(), 1U);
  ASSERT_EQ(kind.patterns.size(), 2U);
  EXPECT_FALSE(kind.patterns[0].case_sensitive);
  EXPECT_TRUE(kind.patterns[1].case_sensitive);
  EXPECT_EQ(kind.patterns[1].where.line, 7U);
  EXPECT_EQ(kind.unless.size(), 1U);
  ASSERT_EQ(kind.terms.size(), 1U);
  EXPECT_EQ(kind.terms[0].type, "jurisdiction");
  ASSERT_EQ(pack.facts.size(), 3U);
  EXPECT_EQ(pack.facts[2].fact, "data_subject_regions");
  EXPECT_EQ(pack.facts[2].value, "US-CA");
}

TEST(PatternPack, PatternRe2RefusesIsNamedAtItsLineAndColumn) {
  const std::string error = error_of("language: en\nkinds:\n  governing_law:\n    patterns:\n"
                                     "      - 'governed\\s+by(?=\\s+the)'\n");
  EXPECT_NE(error.find("demo/patterns/en.yaml:5:9: error: RE2 cannot compile"), std::string::npos)
      << error;
}

TEST(PatternPack, PatternThatMatchesEmptyTextIsRefused) {
  const std::string error =
      error_of("language: en\nkinds:\n  governing_law:\n    patterns: ['(?:law)?']\n");
  EXPECT_NE(error.find("match empty text"), std::string::npos) << error;
}

TEST(PatternPack, HyperscanOnlyRefusalIsNamedToo) {
  // RE2 accepts the ungreedy flag (?U); Hyperscan does not.
  const std::string error =
      error_of("language: en\nkinds:\n  governing_law:\n    patterns: ['law(?U)s+']\n");
  EXPECT_NE(error.find("demo/patterns/en.yaml:4:16: error:"), std::string::npos) << error;
}

TEST(PatternPack, UnknownKindTermKeyAndCaptureWithoutGroupAreRefused) {
  EXPECT_NE(error_of("language: en\nkinds:\n  governing.laws:\n    patterns: ['law']\n")
                .find("clause kind 'governing.laws' is in no vocabulary"),
            std::string::npos);
  EXPECT_NE(error_of("language: en\nkinds:\n  governing_law:\n    patern: ['law']\n")
                .find("unknown key 'patern'"),
            std::string::npos);
  EXPECT_NE(error_of("language: en\nkinds:\n  governing_law:\n    patterns: ['law']\n    terms:\n"
                     "      - {name: governing.law, type: jurisdiction, capture: '(law)'}\n")
                .find("term 'governing.law' is in no vocabulary"),
            std::string::npos);
  EXPECT_NE(error_of("language: en\nkinds:\n  governing_law:\n    patterns: ['law']\n    terms:\n"
                     "      - {name: governing_law, type: jurisdiction, capture: 'laws of'}\n")
                .find("exactly one group"),
            std::string::npos);
  EXPECT_NE(error_of("language: en\nkinds:\n  governing_law:\n    patterns: ['law']\n    terms:\n"
                     "      - {name: governing_law, type: place, capture: '(law)'}\n")
                .find("type must be one of"),
            std::string::npos);
}

TEST(PatternPack, KindWithoutHeadingsOrPatternsIsRefused) {
  EXPECT_NE(error_of("language: en\nkinds:\n  governing_law:\n    unless: ['x']\n")
                .find("neither headings nor patterns"),
            std::string::npos);
}

TEST(PatternPack, MalformedYamlIsLocated) {
  const std::string error = error_of("language: en\nkinds:\n  governing_law: [\n");
  EXPECT_EQ(error.rfind("demo/patterns/en.yaml:", 0), 0U) << error;
}

TEST(PatternPack, PackThatPassedTheEnginesLeavesAMarkerAndABadOneNever) {
  const std::filesystem::path cache =
      std::filesystem::temp_directory_path() /
      ("pactum-pack-marker-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       "-" + std::to_string(reinterpret_cast<std::uintptr_t>(&cache)));
  std::filesystem::remove_all(cache);
  const std::string good =
      "language: en\nkinds:\n  governing_law:\n    patterns: ['governed\\s+by']\n";
  parse_pattern_pack(YamlDocument{"demo/en.yaml", good}, "demo", vocabulary(), cache);
  std::size_t markers = 0;
  for (const auto& entry : std::filesystem::directory_iterator(cache)) {
    markers += entry.path().filename().string().starts_with("checked-") ? 1 : 0;
  }
  EXPECT_EQ(markers, 1U);
  const std::string bad = "language: en\nkinds:\n  governing_law:\n    patterns: ['law(?U)s+']\n";
  EXPECT_THROW(parse_pattern_pack(YamlDocument{"demo/en.yaml", bad}, "demo", vocabulary(), cache),
               Error);
  // The refused text left no marker, so it is refused again next time too.
  EXPECT_THROW(parse_pattern_pack(YamlDocument{"demo/en.yaml", bad}, "demo", vocabulary(), cache),
               Error);
  markers = 0;
  for (const auto& entry : std::filesystem::directory_iterator(cache)) {
    markers += entry.path().filename().string().starts_with("checked-") ? 1 : 0;
  }
  EXPECT_EQ(markers, 1U);
  std::filesystem::remove_all(cache);
}
