// The real pactum program, run as a user runs it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "support/run_process.hpp"

namespace fs = std::filesystem;
using pactum::test::run_process;

namespace {

std::string fixture(const char* name) {
  return (fs::path(PACTUM_FIXTURE_PLUGIN_DIR) / name).string();
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST(Cli, VersionNamesTheProgramAndPluginApi) {
  const auto r = run_process({PACTUM_EXE, "--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.out.starts_with("pactum 0.1.0 (plugin API 1.2, build ")) << r.out;
}

TEST(Cli, HelpListsTheVerbsAndExitStatuses) {
  const auto r = run_process({PACTUM_EXE, "--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("plugins"), std::string::npos);
  EXPECT_NE(r.out.find("Exit status: 0 clean"), std::string::npos);
}

TEST(Cli, EveryVerbHasHelp) {
  for (const auto& verb : std::vector<std::vector<std::string>>{
           {"plugins", "--help"}, {"plugins", "list", "--help"}, {"plugins", "info", "--help"}}) {
    std::vector<std::string> argv{PACTUM_EXE};
    argv.insert(argv.end(), verb.begin(), verb.end());
    const auto r = run_process(argv);
    EXPECT_EQ(r.status, 0) << verb[0];
    EXPECT_NE(r.out.find("Usage:"), std::string::npos) << r.out;
  }
}

TEST(Cli, NoVerbIsBadUsage) {
  const auto r = run_process({PACTUM_EXE});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("A subcommand is required"), std::string::npos) << r.err;
}

TEST(Cli, UnknownOptionIsBadUsage) {
  const auto r = run_process({PACTUM_EXE, "plugins", "list", "--colour"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--colour"), std::string::npos) << r.err;
}

TEST(Cli, PluginsListShowsCoreFromItsSharedLibrary) {
  const auto r = run_process({PACTUM_EXE, "plugins", "list"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("NAME")) << r.out;
  EXPECT_NE(r.out.find("core"), std::string::npos);
  EXPECT_NE(r.out.find("/lib/pactum/plugins/core.so"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST(Cli, PluginsListJsonHasTheDocumentedFields) {
  const auto r = run_process({PACTUM_EXE, "plugins", "list", "--format", "json"});
  EXPECT_EQ(r.status, 0) << r.err;
  for (const char* field :
       {"\"name\": \"core\"", "\"version\": \"0.1.0\"", "\"api\": \"1.2\"", "\"prefixes\": [",
        "\"file\": \"", "\"rules\": [", "\"core-governing-law-missing\"", "\"description\": \""}) {
    EXPECT_NE(r.out.find(field), std::string::npos) << field << "\n" << r.out;
  }
  EXPECT_TRUE(r.out.starts_with("[\n  {")) << r.out;
}

TEST(Cli, PluginsInfoDescribesOnePlugin) {
  const auto r = run_process({PACTUM_EXE, "plugins", "info", "core"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("core-optout-missing  [error]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("license:   Apache-2.0"), std::string::npos) << r.out;
}

TEST(Cli, PluginsInfoOnAnUnknownNameIsAnError) {
  const auto r = run_process({PACTUM_EXE, "plugins", "info", "nope"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "pactum: error: no plugin named 'nope' is loaded (loaded: core, eu-gdpr, uk-gdpr)\n");
}

// Every refused plugin: one line on stderr naming the file, exit 2, and the good plugins listed.
TEST(Cli, EachBadPluginGivesOneLineAndExitTwoWhileOthersStillLoad) {
  for (const char* bad :
       {"not_a_library.so", "no_alias.so", "api_major.so", "api_minor.so", "build_id.so",
        "register_throws.so", "bad_prefix.so", "unknown_kind.so"}) {
    const auto r = run_process({PACTUM_EXE, "--plugin", fixture(bad), "--plugin",
                                fixture("extra_good.so"), "plugins", "list"});
    EXPECT_EQ(r.status, 2) << bad;
    EXPECT_EQ(count_lines(r.err), 1U) << bad << ": " << r.err;
    EXPECT_TRUE(r.err.starts_with(fixture(bad) + ": error: ")) << r.err;
    EXPECT_NE(r.out.find("core"), std::string::npos) << bad;
    EXPECT_NE(r.out.find("extra-good"), std::string::npos) << bad;
  }
}

TEST(Cli, DuplicateIdAcrossPluginsIsRefusedForTheSecond) {
  const auto r = run_process({PACTUM_EXE, "--plugin", fixture("duplicate_a.so"), "--plugin",
                              fixture("duplicate_b.so"), "plugins", "list"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, fixture("duplicate_b.so") +
                       ": error: plugin 'duplicate-b': rule id 'dup-same-rule' is already "
                       "registered by plugin 'duplicate-a'; nothing it registered was kept\n");
  EXPECT_NE(r.out.find("duplicate-a"), std::string::npos);
}

TEST(Cli, PluginPathEnvironmentLoadsFoldersAndFiles) {
  const auto r =
      run_process({PACTUM_EXE, "plugins", "info", "extra-good"},
                  {"PACTUM_PLUGIN_PATH=/nonexistent-folder:" + fixture("extra_good.so")});
  EXPECT_EQ(r.status, 2) << "a missing PACTUM_PLUGIN_PATH entry is an error of the run";
  EXPECT_NE(r.out.find("extra-good 1.2.3"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "/nonexistent-folder: error: cannot open plugin: No such file or directory\n");
}
