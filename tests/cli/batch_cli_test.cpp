// `pactum extract` and `pactum check` on folders of agreements nobody wrote with Pactum: walking,
// grouping, stable order, workers, and hostile files that must not stop the batch.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/run_process.hpp"
#include "support/scratch_folder.hpp"
#include "support/zip_builder.hpp"

namespace fs = std::filesystem;
using pactum::test::deflated;
using pactum::test::make_docx;
using pactum::test::run_process;
using pactum::test::stored;
using pactum::test::ZipBuilder;

namespace {

class Scratch : public pactum::test::ScratchFolder {
public:
  Scratch() : ScratchFolder("batch") {}
  fs::path put(const std::string& relative, const std::string& bytes) const {
    const fs::path file = path() / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

const char* const msa_text = "MASTER SERVICES AGREEMENT\n\n1. TERM\n\n1.1 This Agreement runs "
                             "for three (3) years.\n\n2. GOVERNING LAW\n\n2.1 English law "
                             "governs this Agreement.\n";

std::string paragraph_docx(const std::string& text) {
  return make_docx(
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      "<w:body><w:p><w:r><w:t>" +
      text + "</w:t></w:r></w:p></w:body></w:document>");
}

} // namespace

TEST(BatchCli, ExtractWalksFoldersInSortedOrderSkippingLockFilesAndSymlinks) {
  Scratch scratch;
  scratch.put("b/second.txt", msa_text);
  scratch.put("a/first.md", "# Data Processing Addendum\n\n## 1. Scope\n\nText.\n");
  scratch.put("a/~$first.docx", "lock file Word leaves behind");
  scratch.put("a/notes.pdf", "%PDF- not read by this version");
  fs::create_directory_symlink(scratch.path() / "b", scratch.path() / "a" / "link-to-b");
  const auto r = run_process({PACTUM_EXE, "extract", scratch.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const auto first = r.out.find("first.md");
  const auto second = r.out.find("second.txt");
  ASSERT_NE(first, std::string::npos) << r.out;
  ASSERT_NE(second, std::string::npos) << r.out;
  EXPECT_LT(first, second);
  EXPECT_EQ(r.out.find("~$"), std::string::npos) << "lock files are skipped";
  EXPECT_EQ(r.out.find("link-to-b"), std::string::npos) << "symbolic links are not followed";
  EXPECT_EQ(r.out.find("notes.pdf"), std::string::npos) << "unknown kinds are skipped in walks";
  EXPECT_NE(r.out.find("\"agreements\": 2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"type\": \"dpa\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"section\": \"1.1\""), std::string::npos) << r.out;
}

TEST(BatchCli, ExtractOutputIsTheSameWithOneWorkerOrFour) {
  Scratch scratch;
  for (int i = 0; i < 24; ++i) {
    scratch.put("set/agreement-" + std::to_string(100 + i) + ".txt", msa_text);
  }
  scratch.put("set/contract.docx", paragraph_docx("Harbour &amp; Finch &lt;Retail&gt;"));
  const auto one = run_process({PACTUM_EXE, "extract", "--jobs", "1", scratch.path().string()});
  const auto four = run_process({PACTUM_EXE, "extract", "--jobs", "4", scratch.path().string()});
  ASSERT_EQ(one.status, 0) << one.err;
  EXPECT_EQ(one.out, four.out);
  EXPECT_NE(one.out.find("Harbour & Finch <Retail>"), std::string::npos) << one.out;
}

TEST(BatchCli, GroupByDirMakesOneAgreementPerFolder) {
  Scratch scratch;
  scratch.put("harbour/msa.txt", msa_text);
  scratch.put("harbour/dpa.md", "# Data Processing Addendum\n\nText.\n");
  scratch.put("bayview/msa.txt", msa_text);
  const auto r = run_process({PACTUM_EXE, "extract", "--group-by", "dir", scratch.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"agreements\": 2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"documents\": 3"), std::string::npos) << r.out;
}

TEST(BatchCli, PlaybookAgreementsGroupFilesAcrossFolders) {
  Scratch scratch;
  scratch.put(".pactum.yaml", "agreements:\n  - id: harbour-2025\n    files: [contracts/msa.txt, "
                              "\"schedules/*.md\"]\n");
  scratch.put("contracts/msa.txt", msa_text);
  scratch.put("contracts/other.txt", msa_text);
  scratch.put("schedules/dpa.md", "# Data Processing Addendum\n\nText.\n");
  const auto r = run_process({PACTUM_EXE, "extract", scratch.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\": \"harbour-2025\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"agreements\": 2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"documents\": 3"), std::string::npos) << r.out;
}

TEST(BatchCli, BadPlaybookGroupIsALocatedError) {
  Scratch scratch;
  scratch.put(".pactum.yaml", "agreements:\n  - id: x\n    folder: a\n");
  scratch.put("a.txt", msa_text);
  const auto r = run_process({PACTUM_EXE, "extract", scratch.path().string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(".pactum.yaml:3:5: error: unknown key 'folder'"), std::string::npos)
      << r.err;
  EXPECT_EQ(lines(r.err), 1U) << r.err;
}

// Every hostile file gets one error line naming it, the run exits 2, the good file is still
// read, and memory stays far below what the files would inflate to.
TEST(BatchCli, HostileFilesAreOneLineErrorsAndTheBatchGoesOn) {
  Scratch scratch;
  const std::string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  // A gibibyte of one byte, deflated to about a megabyte.
  scratch.put("in/01-zip-bomb.docx",
              ZipBuilder()
                  .add(deflated("word/document.xml", std::string(std::size_t{1} << 20U, 'A'), 1024))
                  .build());
  scratch.put("in/02-xxe.docx",
              make_docx("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
                        "\"file:///etc/passwd\">]><w:document xmlns:w=\"" +
                        w +
                        "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"));
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"lol\">";
  for (char c = 'b'; c <= 'k'; ++c) {
    std::string refs;
    for (int i = 0; i < 10; ++i) {
      refs += std::string("&") + static_cast<char>(c - 1) + ";";
    }
    laughs += std::string("<!ENTITY ") + c + " \"" + refs + "\">";
  }
  laughs += "]><w:document xmlns:w=\"" + w +
            "\"><w:body><w:p><w:r><w:t>&k;</w:t></w:r></w:p></w:body></w:document>";
  scratch.put("in/03-billion-laughs.docx", make_docx(laughs));
  const std::string whole = paragraph_docx("A complete agreement.");
  scratch.put("in/04-truncated.docx", whole.substr(0, whole.size() / 2));
  scratch.put("in/05-no-document-part.docx",
              ZipBuilder().add(stored("word/styles.xml", "<styles/>")).build());
  std::string junk(4096, '\0');
  for (std::size_t i = 0; i < junk.size(); ++i) {
    junk[i] = static_cast<char>((i * 7919U) % 251U);
  }
  scratch.put("in/06-junk.docx", junk);
  {
    std::ofstream big(scratch.path() / "in" / "07-huge-single-line.txt", std::ios::binary);
    const std::string line(std::size_t{1} << 20U, 'x');
    for (int i = 0; i < 100; ++i) {
      big << line;
    }
  }
  scratch.put("in/08-good.txt", msa_text);

  const auto r = run_process({PACTUM_EXE, "extract", (scratch.path() / "in").string(), "-o",
                              (scratch.path() / "out.json").string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(lines(r.err), 7U) << r.err;
  for (const char* name :
       {"01-zip-bomb.docx: error: ", "02-xxe.docx: error: ", "03-billion-laughs.docx: error: ",
        "04-truncated.docx: error: ", "05-no-document-part.docx: error: ", "06-junk.docx: error: ",
        "07-huge-single-line.txt: error: "}) {
    EXPECT_EQ(count(r.err, name), 1U) << name << "\n" << r.err;
  }
  const std::string out = slurp(scratch.path() / "out.json");
  EXPECT_NE(out.find("08-good.txt"), std::string::npos);
  EXPECT_NE(out.find("\"errors\": 7"), std::string::npos) << out;
  EXPECT_EQ(out.find("root:"), std::string::npos) << "no /etc/passwd content";
  // A gibibyte of inflated XML and 100 MB of text against a few hundred MB of peak memory
  // (sanitizer builds carry shadow memory, hence the margin).
  EXPECT_LT(r.max_rss_kib, 400L * 1024) << "peak RSS " << r.max_rss_kib << " KiB";
}

TEST(BatchCli, CheckReadsDocumentsAndNamesTheFileOfEachError) {
  Scratch scratch;
  scratch.put("in/agreement.txt", msa_text);
  scratch.put("in/broken.docx", "not a zip");
  const auto r =
      run_process({PACTUM_EXE, "check", (scratch.path() / "in").string(), "--format", "json"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(lines(r.err), 1U) << r.err;
  EXPECT_NE(r.err.find("broken.docx: error: "), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("agreement.txt"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"outcomes\""), std::string::npos) << r.out;
}

TEST(BatchCli, Windows1252FallbackIsAWarningNotAnError) {
  Scratch scratch;
  scratch.put("old.txt", "AGREEMENT\n\n\xA7 5 Fees\n\nThe \x93"
                         "Client\x94 pays monthly.\n");
  const auto r = run_process({PACTUM_EXE, "extract", (scratch.path() / "old.txt").string()});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("old.txt: warning: "), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\xC2\xA7 5 Fees"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\xE2\x80\x9C"
                       "Client\xE2\x80\x9D"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"warnings\""), std::string::npos) << r.out;
}

TEST(BatchCli, ExtractRefusesDealFilesWithAPointer) {
  const auto r = run_process(
      {PACTUM_EXE, "extract",
       (fs::path(PACTUM_SOURCE_DIR) / "examples" / "deals" / "uk-retail-philippines.yaml")
           .string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("is a deal file"), std::string::npos) << r.err;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PACTUM_TEST_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PACTUM_TEST_UNDER_ASAN 1
#endif

// The batch formats are written as each Agreement is checked: ten times the files must not
// take ten times the memory. (AddressSanitizer keeps freed memory in quarantine, so the
// measurement means nothing there.)
TEST(BatchCli, CheckAndExtractMemoryStaysFlatInTheNumberOfFiles) {
#ifdef PACTUM_TEST_UNDER_ASAN
  GTEST_SKIP() << "peak memory is not comparable under AddressSanitizer";
#else
  Scratch scratch;
  for (int i = 0; i < 400; ++i) {
    scratch.put((i < 40 ? "few/" : "many/") + std::to_string(1000 + i) + ".txt", msa_text);
  }
  for (int i = 0; i < 40; ++i) {
    scratch.put("many/" + std::to_string(1000 + i) + ".txt", msa_text);
  }
  for (const char* format : {"json", "csv", "text"}) {
    const auto few = run_process({PACTUM_EXE, "check", (scratch.path() / "few").string(),
                                  "--format", format, "--jobs", "2"});
    const auto many = run_process({PACTUM_EXE, "check", (scratch.path() / "many").string(),
                                   "--format", format, "--jobs", "2"});
    ASSERT_EQ(many.status, 1) << many.err;
    // Every agreement read from text fails the presence rules (no clause detection yet), so
    // each one's findings would cost tens of kilobytes if they were kept.
    EXPECT_LT(many.max_rss_kib - few.max_rss_kib, 6 * 1024)
        << format << ": " << few.max_rss_kib << " KiB for 40 files, " << many.max_rss_kib
        << " KiB for 400";
  }
  const auto few = run_process({PACTUM_EXE, "extract", (scratch.path() / "few").string()});
  const auto many = run_process({PACTUM_EXE, "extract", (scratch.path() / "many").string()});
  EXPECT_LT(many.max_rss_kib - few.max_rss_kib, 6 * 1024);
#endif
}

// On a terminal (here a pseudo-terminal from util-linux `script`), a batch shows "read N/M" on
// stderr and clears it at the end; piped, it shows nothing (the other tests see an empty stderr).
TEST(BatchCli, ProgressIsShownOnATerminalAndClearedAtTheEnd) {
  if (!fs::exists("/usr/bin/script")) {
    GTEST_SKIP() << "util-linux script is not installed";
  }
  Scratch scratch;
  for (int i = 0; i < 5; ++i) {
    scratch.put("in/" + std::to_string(i) + ".txt", msa_text);
  }
  const std::string command = std::string(PACTUM_EXE) + " extract '" +
                              (scratch.path() / "in").string() + "' -o '" +
                              (scratch.path() / "out.json").string() + "'";
  const auto r = run_process({"/usr/bin/script", "-qec", command, "/dev/null"});
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("read 1/5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("read 5/5"), std::string::npos) << r.out;
  EXPECT_TRUE(r.out.ends_with("\r\x1b[K")) << "the progress line is cleared";
  EXPECT_TRUE(fs::exists(scratch.path() / "out.json"));
}
