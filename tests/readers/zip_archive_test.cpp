// ZipArchive reads archives nobody checked: every limit of ZipLimits is counted on the bytes
// actually inflated, whatever the headers claim, and everything wrong with an archive is one
// line of error naming the file — never a crash, a hang or an unbounded allocation.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "pactum/error.hpp"
#include "readers/zip_archive.hpp"
#include "support/zip_builder.hpp"

using pactum::Error;
using pactum::host::ZipArchive;
using pactum::host::ZipLimits;
using pactum::test::bytes_of;
using pactum::test::deflated;
using pactum::test::stored;
using pactum::test::ZipBuilder;

namespace {

constexpr std::string_view file = "upload.docx";

// The one-line message reading every entry of `zip` fails with, or "accepted".
std::string refusal(std::string_view zip) {
  try {
    ZipArchive archive(bytes_of(zip), file);
    for (const std::string& name : archive.names()) {
      archive.read(name);
    }
  } catch (const Error& e) {
    return e.what();
  }
  return "accepted";
}

void expect_refused(std::string_view zip, std::string_view reason) {
  const std::string message = refusal(zip);
  EXPECT_TRUE(message.starts_with("upload.docx: error: ")) << message;
  EXPECT_NE(message.find(reason), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  EXPECT_LT(message.size(), 300U) << message;
}

// Bytes that deflate about 40:1 — below max_ratio — and that no 32 KiB window can shortcut:
// a 64 KiB block of mostly zeros with pseudo-random bytes sprinkled in.
std::string low_entropy_block() {
  std::string block(64 * 1024, '\0');
  std::uint32_t state = 12345;
  for (char& c : block) {
    state = state * 1103515245U + 12345U;
    if ((state >> 16) % 100 == 0) {
      c = static_cast<char>(state >> 24);
    }
  }
  return block;
}

} // namespace

TEST(ZipArchive, ReadsStoredAndDeflatedEntriesByName) {
  const std::string zip = ZipBuilder()
                              .add(stored("word/document.xml", "<w:document/>"))
                              .add(deflated("word/styles.xml", "<w:styles/>"))
                              .build();
  ZipArchive archive(bytes_of(zip), file);
  EXPECT_EQ(archive.names().size(), 2U);
  EXPECT_TRUE(archive.contains("word/styles.xml"));
  EXPECT_FALSE(archive.contains("word/numbering.xml"));
  EXPECT_EQ(archive.read("word/document.xml"), "<w:document/>");
  EXPECT_EQ(archive.read("word/styles.xml"), "<w:styles/>");
  EXPECT_EQ(archive.read("word/numbering.xml"), std::nullopt);
}

TEST(ZipArchive, EntryNamesAreOnlyNamesNeverPaths) {
  const std::string zip = ZipBuilder().add(stored("../../etc/passwd", "not a path")).build();
  ZipArchive archive(bytes_of(zip), file);
  EXPECT_EQ(archive.read("../../etc/passwd"), "not a path");
}

TEST(ZipArchive, RefusesBinaryJunk) {
  std::string junk(4096, '\0');
  for (std::size_t i = 0; i < junk.size(); ++i) {
    junk[i] = static_cast<char>((i * 7919U) >> 3);
  }
  expect_refused(junk, "not a zip archive");
  expect_refused("", "not a zip archive");
  expect_refused("PK\x03\x04", "not a zip archive");
}

TEST(ZipArchive, RefusesTruncatedArchive) {
  const std::string zip =
      ZipBuilder().add(deflated("word/document.xml", std::string(5000, 'x'))).build();
  expect_refused(std::string_view(zip).substr(0, zip.size() / 2), "truncated");
  expect_refused(std::string_view(zip).substr(0, zip.size() - 10), "truncated");
}

TEST(ZipArchive, RefusesMoreThanMaxEntries) {
  ZipBuilder builder;
  for (std::size_t i = 0; i <= ZipLimits::max_entries; ++i) {
    builder.add(stored("e" + std::to_string(i), ""));
  }
  expect_refused(builder.build(), "more than 5000 entries");
}

TEST(ZipArchive, RefusesZipBombOfZerosByRatio) {
  // 300 MB of zeros deflate to about 300 KB: refused once max_ratio is passed, a few MB in.
  const std::string zip =
      ZipBuilder().add(deflated("word/document.xml", std::string(1 << 20, '\0'), 300)).build();
  ASSERT_LT(zip.size(), 1U << 20);
  expect_refused(zip, "inflates more than 200 times its compressed size");
}

TEST(ZipArchive, CountsInflatedBytesNotWhatHeadersClaim) {
  pactum::test::ZipEntry bomb = deflated("word/document.xml", std::string(1 << 20, '\0'), 50);
  bomb.inflated_size = 10; // a lying header
  expect_refused(ZipBuilder().add(bomb).build(), "zip bomb");
}

TEST(ZipArchive, RefusesEntryInflatingPastMaxEntryBytes) {
  const std::string block = low_entropy_block();
  const std::size_t blocks = ZipLimits::max_entry_bytes / block.size() + 1;
  const std::string zip = ZipBuilder().add(deflated("word/document.xml", block, blocks)).build();
  ASSERT_LT(ZipLimits::max_entry_bytes / zip.size(), ZipLimits::max_ratio);
  expect_refused(zip, "inflates to more than 67108864 bytes");
}

TEST(ZipArchive, RefusesArchiveInflatingPastMaxTotalBytes) {
  const std::string block = low_entropy_block();
  const std::size_t blocks = ZipLimits::max_total_bytes / block.size() / 3 + 1;
  pactum::test::ZipEntry entry = deflated("part1.xml", block, blocks);
  ZipBuilder builder;
  for (const char* name : {"part1.xml", "part2.xml", "part3.xml"}) {
    entry.name = name;
    builder.add(entry);
  }
  expect_refused(builder.build(), "inflates to more than 134217728 bytes in all");
}

TEST(ZipArchive, RefusesEncryptedEntry) {
  pactum::test::ZipEntry entry = stored("word/document.xml", "secret");
  entry.flags = 1;
  expect_refused(ZipBuilder().add(entry).build(), "is encrypted");
}

TEST(ZipArchive, RefusesUnsupportedCompressionMethod) {
  pactum::test::ZipEntry entry = stored("word/document.xml", "BZh91AY&SY");
  entry.method = 12; // bzip2
  expect_refused(ZipBuilder().add(entry).build(), "compression method 12");
}

TEST(ZipArchive, RefusesCrcMismatch) {
  pactum::test::ZipEntry entry = deflated("word/document.xml", std::string(1000, 'a'));
  entry.crc ^= 1;
  expect_refused(ZipBuilder().add(entry).build(), "CRC");
  pactum::test::ZipEntry plain = stored("word/document.xml", "abc");
  plain.crc ^= 1;
  expect_refused(ZipBuilder().add(plain).build(), "CRC");
}

TEST(ZipArchive, RefusesCorruptDeflateData) {
  pactum::test::ZipEntry entry = deflated("word/document.xml", std::string(1000, 'a'));
  entry.data = std::string(entry.data.size(), '\xFF');
  expect_refused(ZipBuilder().add(entry).build(), "word/document.xml");
}

TEST(ZipArchive, ErrorsQuoteLongEntryNamesShortened) {
  pactum::test::ZipEntry entry = stored(std::string(5000, 'n') + "\n", "x");
  entry.flags = 1;
  expect_refused(ZipBuilder().add(entry).build(), "...' is encrypted");
}

TEST(ZipArchive, RefusesZip64RecordsPocoWouldAllocateBlindly) {
  // A ZIP64 end of central directory record claiming a size of 0x0606060606060606 bytes: Poco
  // would try to allocate that much (a fuzzing finding).
  std::string zip = ZipBuilder().add(stored("word/document.xml", "x")).build();
  const std::string record = std::string("PK\x06\x06", 4) + std::string(8, '\x06');
  zip.insert(zip.size() - 22, record);
  expect_refused(zip, "ZIP64 archives are not read");
}
