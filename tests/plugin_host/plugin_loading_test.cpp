// Loads real plugin files through the real host. Each refused case must give one line naming the
// file and the reason, leave nothing registered, and not stop the other plugins.
#include <gtest/gtest.h>

#include <filesystem>

#include "pactum/build_id.hpp"
#include "plugin_host/plugin_host.hpp"
#include "vocabulary/vocabulary.hpp"

namespace fs = std::filesystem;
using pactum::host::PluginHost;
using pactum::host::Vocabulary;

namespace {

fs::path fixture(const char* name) {
  return fs::path(PACTUM_FIXTURE_PLUGIN_DIR) / name;
}
fs::path core_plugin() {
  return fs::path(PACTUM_PLUGIN_DIR) / "core.so";
}

PluginHost make_host() {
  return PluginHost(Vocabulary::load(fs::path(PACTUM_SOURCE_DIR) / "schemas"));
}

// Loads core, then the fixture, then extra-good: the fixture's failure must not affect either.
struct Loaded {
  std::unique_ptr<PluginHost> host;
  std::string error;
};

Loaded load_between_good_plugins(const char* name) {
  Loaded loaded{
      std::make_unique<PluginHost>(Vocabulary::load(fs::path(PACTUM_SOURCE_DIR) / "schemas")), ""};
  EXPECT_TRUE(loaded.host->load_file(core_plugin()));
  loaded.host->load_file(fixture(name));
  EXPECT_TRUE(loaded.host->load_file(fixture("extra_good.so")));
  EXPECT_EQ(loaded.host->plugins().size(), 2U);
  EXPECT_NE(loaded.host->find("core"), nullptr);
  EXPECT_NE(loaded.host->find("extra-good"), nullptr);
  if (loaded.host->errors().size() == 1) {
    loaded.error = loaded.host->errors()[0].message();
  } else {
    ADD_FAILURE() << "expected exactly one load error, got " << loaded.host->errors().size();
  }
  EXPECT_EQ(loaded.error.find('\n'), std::string::npos) << "the error must be one line";
  return loaded;
}

std::string path_of(const char* name) {
  return fixture(name).string();
}

} // namespace

TEST(PluginLoading, CorePluginLoadsFromItsSharedLibraryWithItsRules) {
  PluginHost host = make_host();
  ASSERT_TRUE(host.load_file(core_plugin()));
  const auto* core = host.find("core");
  ASSERT_NE(core, nullptr);
  EXPECT_EQ(core->prefixes, std::vector<std::string>{"core"});
  EXPECT_EQ(core->build_id, pactum::build_id);
  EXPECT_NE(host.registry().find_rule("core-governing-law-missing"), nullptr);
  EXPECT_EQ(core->file, fs::canonical(core_plugin()));
}

TEST(PluginLoading, GoodPluginAddsItsClauseKindToTheVocabulary) {
  PluginHost host = make_host();
  ASSERT_TRUE(host.load_file(fixture("extra_good.so")));
  EXPECT_TRUE(host.registry().vocabulary().has_kind("extra.greeting"));
  EXPECT_EQ(host.registry().vocabulary().kinds().at("extra.greeting").owner, "extra-good");
}

TEST(PluginLoading, TheSameFileTwiceIsOnePlugin) {
  PluginHost host = make_host();
  ASSERT_TRUE(host.load_file(core_plugin()));
  ASSERT_TRUE(host.load_file(core_plugin()));
  EXPECT_EQ(host.plugins().size(), 1U);
  EXPECT_TRUE(host.errors().empty());
}

TEST(PluginLoading, RefusesAFileThatIsNotASharedLibrary) {
  const auto loaded = load_between_good_plugins("not_a_library.so");
  EXPECT_EQ(loaded.error, path_of("not_a_library.so") + ": error: not a loadable shared library: "
                                                        "invalid ELF header");
}

TEST(PluginLoading, RefusesASharedLibraryWithoutTheAlias) {
  const auto loaded = load_between_good_plugins("no_alias.so");
  EXPECT_EQ(loaded.error, path_of("no_alias.so") +
                              ": error: not a Pactum plugin: it exports no pactum_plugin_v1");
}

TEST(PluginLoading, RefusesAnotherApiMajorNamingBothVersions) {
  const auto loaded = load_between_good_plugins("api_major.so");
  EXPECT_EQ(loaded.error, path_of("api_major.so") +
                              ": error: built for plugin API 2.0, this pactum has API 1.2 "
                              "(major versions differ)");
}

TEST(PluginLoading, RefusesANewerApiMinorNamingBothVersions) {
  const auto loaded = load_between_good_plugins("api_minor.so");
  EXPECT_EQ(loaded.error,
            path_of("api_minor.so") +
                ": error: built for plugin API 1.3, newer than this pactum's API 1.2");
}

TEST(PluginLoading, RefusesAnotherBuildIdNamingBothValues) {
  const auto loaded = load_between_good_plugins("build_id.so");
  EXPECT_TRUE(loaded.error.starts_with(path_of("build_id.so") + ": error: build id 0x"))
      << loaded.error;
  // C++23 drafts: GCC 12 says 202100L, Clang 14 says 202101L; both differ from C++20 202002L.
  EXPECT_NE(loaded.error.find("c++2021"), std::string::npos) << loaded.error;
  EXPECT_NE(loaded.error.find(std::string(pactum::build_id_text)), std::string::npos)
      << loaded.error;
  EXPECT_NE(loaded.error.find("rebuild the plugin against this SDK"), std::string::npos);
}

TEST(PluginLoading, KeepsNothingFromAPluginWhoseRegisterThrows) {
  const auto loaded = load_between_good_plugins("register_throws.so");
  EXPECT_EQ(loaded.error, path_of("register_throws.so") +
                              ": error: plugin 'register-throws': register threw: cannot read "
                              "its clause library; nothing it registered was kept");
  EXPECT_EQ(loaded.host->registry().find_rule("throws-never-runs"), nullptr);
  EXPECT_FALSE(loaded.host->registry().vocabulary().has_kind("throws.kind"));
}

TEST(PluginLoading, RefusesAnIdOutsideTheDeclaredPrefixesAndKeepsNothing) {
  const auto loaded = load_between_good_plugins("bad_prefix.so");
  EXPECT_EQ(loaded.error, path_of("bad_prefix.so") +
                              ": error: plugin 'bad-prefix': rule id 'core-hijacked' is outside "
                              "the plugin's prefixes (mine); nothing it registered was kept");
  EXPECT_EQ(loaded.host->registry().find_rule("mine-fine-rule"), nullptr);
}

TEST(PluginLoading, RefusesAnIdAnotherPluginAlreadyRegistered) {
  PluginHost host = make_host();
  ASSERT_TRUE(host.load_file(fixture("duplicate_a.so")));
  EXPECT_FALSE(host.load_file(fixture("duplicate_b.so")));
  ASSERT_EQ(host.errors().size(), 1U);
  EXPECT_EQ(host.errors()[0].message(),
            path_of("duplicate_b.so") +
                ": error: plugin 'duplicate-b': rule id 'dup-same-rule' is already registered by "
                "plugin 'duplicate-a'; nothing it registered was kept");
  EXPECT_EQ(host.registry().find_rule("dup-same-rule")->plugin, "duplicate-a");
}

TEST(PluginLoading, RefusesARuleThatReadsAClauseKindNoVocabularyHas) {
  const auto loaded = load_between_good_plugins("unknown_kind.so");
  EXPECT_EQ(loaded.error, path_of("unknown_kind.so") +
                              ": error: plugin 'unknown-kind': rule 'warp-drive-missing' reads "
                              "clause kind 'warp.drive', which is in no vocabulary; nothing it "
                              "registered was kept");
}

TEST(PluginLoading, RefusesAPatternTheEnginesCannotRunNamingItsLineAndColumn) {
  const auto loaded = load_between_good_plugins("bad_pattern.so");
  EXPECT_EQ(loaded.error, path_of("bad_pattern.so") +
                              ": error: plugin 'bad-pattern': bad-pattern/patterns/en.yaml:6:9: "
                              "error: RE2 cannot compile the pattern: invalid perl operator: (?=; "
                              "nothing it registered was kept");
}

TEST(PluginLoading, RefusesAMissingFile) {
  PluginHost host = make_host();
  EXPECT_FALSE(host.load_file(fixture("does_not_exist.so")));
  ASSERT_EQ(host.errors().size(), 1U);
  EXPECT_EQ(host.errors()[0].message(),
            path_of("does_not_exist.so") +
                ": error: cannot open plugin: No such file or directory");
}

TEST(PluginLoading, DirectoryLoadTakesSharedLibrariesInNameOrderAndGoesOnPastFailures) {
  PluginHost host = make_host();
  host.load_directory(PACTUM_FIXTURE_PLUGIN_DIR);
  std::vector<std::string> names;
  for (const auto& plugin : host.plugins()) {
    names.push_back(plugin.name);
  }
  // duplicate_b loses to duplicate_a because "duplicate_a.so" sorts first.
  EXPECT_EQ(names, (std::vector<std::string>{"duplicate-a", "extra-good"}));
  EXPECT_EQ(host.errors().size(), 10U);
}
