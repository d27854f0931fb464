// Every rule an in-tree plugin registers has its page in docs/rules/, with the sections a
// reviewer needs, and the page names the rule's severity as the plugin registers it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "plugin_host/plugin_host.hpp"
#include "vocabulary/vocabulary.hpp"

namespace fs = std::filesystem;

TEST(RuleDocs, EveryInTreeRuleHasADocPageWithWhatWhySourceAndFix) {
  pactum::host::PluginHost host(
      pactum::host::Vocabulary::load(fs::path(PACTUM_SOURCE_DIR) / "schemas"));
  host.load_directory(PACTUM_PLUGIN_DIR);
  ASSERT_TRUE(host.errors().empty()) << host.errors()[0].message();
  ASSERT_FALSE(host.registry().rules().empty());
  for (const auto& rule : host.registry().rules()) {
    const fs::path page = fs::path(PACTUM_SOURCE_DIR) / "docs" / "rules" / (rule.info.id + ".md");
    std::ifstream in(page);
    ASSERT_TRUE(in) << "missing " << page;
    std::ostringstream text;
    text << in.rdbuf();
    for (const char* heading : {"## What it checks", "## Why", "## Source", "## How to fix",
                                "## Options and positions"}) {
      EXPECT_NE(text.str().find(heading), std::string::npos) << page << " lacks " << heading;
    }
    const std::string severity =
        "**Severity:** " + std::string(pactum::to_string(rule.info.severity));
    EXPECT_NE(text.str().find(severity), std::string::npos) << page << " lacks " << severity;
  }
}
