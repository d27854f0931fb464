// The compiled pattern database: one scan for every kind, byte mode unless a class needs UTF-8,
// and the on-disk cache (reused, damaged files rebuilt, old files pruned).
#include <gtest/gtest.h>

#include <hs/hs.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/pattern_database.hpp"
#include "extract/pattern_pack.hpp"
#include "vocabulary/vocabulary.hpp"

namespace fs = std::filesystem;
using pactum::host::PackPattern;
using pactum::host::PatternDatabase;
using pactum::host::PatternPack;

namespace {

const pactum::host::Vocabulary& vocabulary() {
  static const auto loaded =
      pactum::host::Vocabulary::load(std::string(PACTUM_SOURCE_DIR) + "/schemas");
  return loaded;
}

std::vector<PatternPack> packs() {
  return {pactum::host::parse_pattern_pack(
      {"t/en.yaml", "language: en\nkinds:\n  governing_law:\n    patterns: ['governed\\s+by']\n"
                    "  insurance:\n    headings: ['insurance']\n"},
      "t", vocabulary())};
}

fs::path scratch(const char* name) {
  const fs::path dir =
      fs::temp_directory_path() / ("pactum-db-" + std::string(name) + "-" +
                                   std::to_string(reinterpret_cast<std::uintptr_t>(&dir)));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::size_t cached_files(const fs::path& dir) {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    count += entry.path().filename().string().starts_with("patterns-en-") ? 1 : 0;
  }
  return count;
}

} // namespace

TEST(PatternDatabase, OneScanReportsEveryKindsHitsInOrder) {
  const auto all = packs();
  const PatternDatabase database(all, "en");
  const std::string text = "This is governed by law. 9. INSURANCE. Governed   by X.";
  const auto hits = database.scan(text);
  ASSERT_EQ(hits.size(), 3U);
  EXPECT_EQ(database.kinds()[database.targets()[hits[0].target].index].kind, "governing_law");
  EXPECT_EQ(hits[0].end, 19U);
  EXPECT_EQ(database.targets()[hits[1].target].role, PatternDatabase::Role::heading);
  EXPECT_EQ(hits[2].end, text.find("Governed   by") + 13);
}

TEST(PatternDatabase, OnlyANonAsciiCharacterInsideAClassNeedsUtf8Mode) {
  EXPECT_EQ(pactum::host::hyperscan_flags(PackPattern{"notice[^.;]{0,80}days"}),
            unsigned{HS_FLAG_CASELESS});
  EXPECT_EQ(pactum::host::hyperscan_flags(PackPattern{"party(?:'|’)s"}),
            unsigned{HS_FLAG_CASELESS});
  EXPECT_EQ(pactum::host::hyperscan_flags(PackPattern{"m[åa]neder", true}), unsigned{HS_FLAG_UTF8});
  EXPECT_EQ(pactum::host::hyperscan_flags(PackPattern{"\\[å"}), unsigned{HS_FLAG_CASELESS});
}

TEST(PatternDatabase, CacheIsReusedAndADamagedFileIsRebuilt) {
  const fs::path dir = scratch("reuse");
  const auto all = packs();
  EXPECT_FALSE(PatternDatabase(all, "en", dir).from_cache());
  ASSERT_EQ(cached_files(dir), 1U);
  EXPECT_TRUE(PatternDatabase(all, "en", dir).from_cache());
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "not a database";
  }
  const PatternDatabase rebuilt(all, "en", dir);
  EXPECT_FALSE(rebuilt.from_cache());
  EXPECT_EQ(rebuilt.scan("governed by").size(), 1U);
  EXPECT_TRUE(PatternDatabase(all, "en", dir).from_cache());
  fs::remove_all(dir);
}

TEST(PatternDatabase, OldDatabasesOfTheLanguageArePrunedToTheNewestThree) {
  const fs::path dir = scratch("prune");
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(24);
  for (int i = 0; i < 5; ++i) {
    const fs::path file = dir / ("patterns-en-old" + std::to_string(i) + ".hsdb");
    std::ofstream(file) << "old";
    fs::last_write_time(file, old + std::chrono::minutes(i));
  }
  std::ofstream(dir / "patterns-da-other.hsdb") << "another language";
  const auto all = packs();
  const PatternDatabase database(all, "en", dir);
  EXPECT_EQ(cached_files(dir), 3U);
  EXPECT_TRUE(fs::exists(dir / "patterns-en-old4.hsdb"));
  EXPECT_TRUE(fs::exists(dir / "patterns-en-old3.hsdb"));
  EXPECT_FALSE(fs::exists(dir / "patterns-en-old2.hsdb"));
  EXPECT_TRUE(fs::exists(dir / "patterns-da-other.hsdb"));
  fs::remove_all(dir);
}
