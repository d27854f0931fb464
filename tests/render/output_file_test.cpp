#include "render/output_file.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pactum/error.hpp"
#include "support/scratch_folder.hpp"

namespace pactum::host {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t entries(const fs::path& folder) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

TEST(OutputFile, StreamedPiecesAppearOnlyOnCommit) {
  const test::ScratchFolder scratch("output");
  const fs::path target = scratch.path() / "report.json";
  {
    OutputFile file(target);
    file.write("{\"a\": ");
    EXPECT_FALSE(fs::exists(target)) << "nothing under the real name before commit";
    file.write("1}\n");
    file.commit();
  }
  EXPECT_EQ(slurp(target), "{\"a\": 1}\n");
  EXPECT_EQ(entries(scratch.path()), 1U) << "no temporary left behind";
}

TEST(OutputFile, AbandonedWriteLeavesTheOldFileAndNoTemporary) {
  const test::ScratchFolder scratch("output");
  const fs::path target = scratch.write("report.json", "old complete report\n");
  {
    OutputFile file(target);
    file.write("half of a new re");
    // destroyed without commit, as when a batch throws half way
  }
  EXPECT_EQ(slurp(target), "old complete report\n");
  EXPECT_EQ(entries(scratch.path()), 1U);
}

TEST(OutputFile, UnwritableFolderIsAnErrorNamingThePath) {
  try {
    OutputFile file("/nonexistent-folder/report.json");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-folder/report.json: error: "),
              std::string::npos)
        << e.what();
  }
}

} // namespace
} // namespace pactum::host
