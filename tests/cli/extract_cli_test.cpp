// `pactum extract` and `pactum check` on agreements read from text, with the real core plugin and
// its pattern pack: clauses with their party, terms, parties, facts, --text offsets, DPA-only
// agreements, the compiled-pattern cache.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "support/json_reader.hpp"
#include "support/run_process.hpp"
#include "support/scratch_folder.hpp"

namespace fs = std::filesystem;
using pactum::test::Json;
using pactum::test::JsonReader;
using pactum::test::run_process;

namespace {

class Scratch : public pactum::test::ScratchFolder {
public:
  Scratch() : ScratchFolder("extract") {}
};

std::string fixture(const char* rule, const char* file) {
  return (fs::path(PACTUM_SOURCE_DIR) / "tests" / "fixtures" / "core" / rule / file).string();
}

Json parse(const std::string& text) {
  JsonReader reader(text);
  auto json = reader.read();
  EXPECT_TRUE(json.has_value()) << reader.error();
  return json.value_or(Json{});
}

const Json& only_agreement(const Json& report) {
  static const Json none;
  const Json* agreements = report.member("agreements");
  if (agreements == nullptr || agreements->items.size() != 1) {
    ADD_FAILURE() << "expected one agreement";
    return none;
  }
  return agreements->items.front();
}

std::string text_of(const Json* value) {
  return value != nullptr ? value->text : "(missing)";
}

// The first member object of `list` whose `key` is `value`.
const Json* find(const Json* list, std::string_view key, std::string_view value) {
  if (list == nullptr) {
    return nullptr;
  }
  for (const Json& item : list->items) {
    if (const Json* field = item.member(key); field != nullptr && field->text == value) {
      return &item;
    }
  }
  return nullptr;
}

void write(const fs::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

} // namespace

TEST(ExtractCli, ProviderOnlyConvenienceRightIsFoundAsTheProvidersAndTermsAreCanonical) {
  Scratch scratch;
  const auto r = run_process({PACTUM_EXE, "extract", fixture("core-optout-missing", "fires.txt")},
                             {"PACTUM_CACHE_DIR=" + scratch.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json report = parse(r.out);
  const Json& agreement = only_agreement(report);
  const Json& document = agreement.member("documents")->items.at(0);
  EXPECT_EQ(text_of(document.member("language")), "en");
  const Json* convenience = find(document.member("clauses"), "kind", "termination.convenience");
  ASSERT_NE(convenience, nullptr);
  EXPECT_EQ(text_of(convenience->member("party")), "provider");
  EXPECT_EQ(text_of(convenience->member("origin")), "detected");

  const Json* terms = agreement.member("terms");
  EXPECT_EQ(text_of(find(terms, "name", "governing_law")->member("value")), "US-NY");
  EXPECT_EQ(text_of(find(terms, "name", "termination.convenience.notice")->member("value")),
            "P180D");
  const Json* client = find(agreement.member("parties"), "role", "client");
  ASSERT_NE(client, nullptr);
  EXPECT_EQ(text_of(client->member("defined_term")), "Customer");
  EXPECT_EQ(agreement.member("facts")->member("personal_data")->type, Json::Type::boolean);
  EXPECT_TRUE(agreement.member("facts")->member("personal_data")->boolean);
}

TEST(ExtractCli, TextOptionCarriesTheTextEveryOffsetPointsInto) {
  Scratch scratch;
  const auto r =
      run_process({PACTUM_EXE, "extract", fixture("core-optout-missing", "fires.txt"), "--text"},
                  {"PACTUM_CACHE_DIR=" + scratch.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json report = parse(r.out);
  const Json& agreement = only_agreement(report);
  const std::string text = text_of(agreement.member("documents")->items.at(0).member("text"));
  const Json* law = find(agreement.member("terms"), "name", "governing_law");
  ASSERT_NE(law, nullptr);
  const auto start = std::stoul(law->member("start")->text);
  const auto end = std::stoul(law->member("end")->text);
  ASSERT_LE(end, text.size());
  EXPECT_NE(text.substr(start, end - start).find("New York"), std::string::npos)
      << text.substr(start, end - start);
  const auto without =
      run_process({PACTUM_EXE, "extract", fixture("core-optout-missing", "fires.txt")},
                  {"PACTUM_CACHE_DIR=" + scratch.path().string()});
  EXPECT_EQ(without.out.find("\"text\": \"THIS"), std::string::npos);
}

TEST(ExtractCli, CompiledPatternsAreCachedAndAStaleCacheIsRebuilt) {
  Scratch scratch;
  const fs::path cache = scratch.path() / "cache";
  const auto first = run_process({PACTUM_EXE, "extract", fixture("core-step-in", "silent.txt")},
                                 {"PACTUM_CACHE_DIR=" + cache.string()});
  ASSERT_EQ(first.status, 0) << first.err;
  std::vector<fs::path> files;
  std::size_t markers = 0;
  for (const auto& entry : fs::directory_iterator(cache)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("patterns-en-")) {
      files.push_back(entry.path());
    }
    markers += name.starts_with("checked-") ? 1 : 0;
  }
  ASSERT_EQ(files.size(), 1U);
  // Each pack that passed both engines is marked, so later runs skip that second of checking:
  // the English packs of core, eu-gdpr and uk-gdpr.
  EXPECT_EQ(markers, 3U);
  // A damaged cache file is refused by Hyperscan's own checks and compiled afresh.
  write(files[0], "not a database");
  const auto second = run_process({PACTUM_EXE, "extract", fixture("core-step-in", "silent.txt")},
                                  {"PACTUM_CACHE_DIR=" + cache.string()});
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(second.out, first.out);
  EXPECT_GT(fs::file_size(files[0]), 1000U);
}

TEST(CheckCli, DataProcessingAgreementAloneIsNotJudgedOnCommercialTerms) {
  Scratch scratch;
  const fs::path dpa = scratch.path() / "dpa.txt";
  write(dpa, "DATA PROCESSING AGREEMENT\n\n"
             "This Data Processing Agreement is made between Harbour Retail Limited (the "
             "\"Client\") and Bayview Contact Inc. (the \"Supplier\").\n\n"
             "1. PROCESSING\n\n1.1 The Supplier shall process Client Personal Data only on the "
             "documented instructions of the Client.\n\n"
             "2. SECURITY\n\n2.1 The Supplier shall implement appropriate technical and "
             "organisational measures to protect Client Personal Data.\n");
  const auto r = run_process({PACTUM_EXE, "check", dpa.string(), "--format", "json"},
                             {"PACTUM_CACHE_DIR=" + scratch.path().string()});
  ASSERT_TRUE(r.status == 0 || r.status == 1) << r.err;
  const Json report = parse(r.out);
  const Json* outcomes = only_agreement(report).member("outcomes");
  const Json* pilot = find(outcomes, "rule", "core-pilot-missing");
  ASSERT_NE(pilot, nullptr) << r.out;
  EXPECT_EQ(text_of(pilot->member("status")), "not_applicable");
  EXPECT_NE(text_of(pilot->member("reason")).find("data-processing agreement only"),
            std::string::npos);
  const Json* dp_terms = find(outcomes, "rule", "core-dp-terms-missing");
  ASSERT_NE(dp_terms, nullptr);
  EXPECT_EQ(text_of(dp_terms->member("status")), "pass");
}
