// The zip writer DOCX files are built with: what goes in comes back out, in any order asked, and
// the same parts always give the same bytes.
#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <span>
#include <string>

#include "readers/zip_archive.hpp"
#include "render/zip_writer.hpp"

using pactum::host::write_zip;
using pactum::host::ZipArchive;
using pactum::host::ZipPart;

namespace {

std::span<const std::byte> bytes_of(const std::string& data) {
  return std::as_bytes(std::span(data.data(), data.size()));
}

} // namespace

TEST(ZipWriter, PartsComeBackAsWrittenAndTheBytesNeverChange) {
  std::string large;
  for (int i = 0; i < 2000; ++i) {
    large += "<w:p><w:r><w:t>Clause " + std::to_string(i) + " &amp; more</w:t></w:r></w:p>\n";
  }
  const std::string binary("\0\x01\xff\xfe PK\x03\x04", 10);
  const std::array<ZipPart, 4> parts{{{"[Content_Types].xml", "<Types/>"},
                                      {"word/_rels/document.xml.rels", "<Relationships/>"},
                                      {"word/document.xml", large},
                                      {"docProps/app.bin", binary}}};
  const std::string zip = write_zip(parts, "test.zip");
  EXPECT_LT(zip.size(), large.size() / 4) << "large parts are deflated";
  ZipArchive archive(bytes_of(zip), "test.zip");
  for (const ZipPart& part : parts) {
    const auto read = archive.read(part.name);
    ASSERT_TRUE(read) << part.name;
    EXPECT_EQ(*read, part.bytes) << part.name;
  }
  // No clock inside: written again, later, the archive is the same bytes.
  EXPECT_EQ(write_zip(parts, "test.zip"), zip);
  // 2000-01-01 00:00 as an MS-DOS date in the first local header (offset 10: time, then date).
  ASSERT_GT(zip.size(), 14U);
  EXPECT_EQ(zip.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(zip.substr(10, 4), std::string("\x00\x00\x21\x28", 4));
}

TEST(ZipWriter, AnEmptyArchiveIsStillAnArchive) {
  const std::string zip = write_zip({}, "empty.zip");
  EXPECT_EQ(zip.substr(0, 4), std::string("PK\x05\x06", 4));
}
