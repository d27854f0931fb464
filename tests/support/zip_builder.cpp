#include "support/zip_builder.hpp"

#include <zlib.h>

#include <algorithm>
#include <stdexcept>

namespace pactum::test {

std::string deflate_raw(std::string_view data, std::size_t repeat) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out;
  std::string buffer(std::size_t{1} << 16U, '\0');
  const std::size_t pieces = std::max<std::size_t>(repeat, 1);
  for (std::size_t i = 0; i < pieces; ++i) {
    const std::string_view piece = repeat == 0 ? std::string_view() : data;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
    stream.avail_in = static_cast<uInt>(piece.size());
    // Until zlib stops filling the whole buffer: it has taken all input (and, with Z_FINISH,
    // written the end of the stream).
    do {
      stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
      stream.avail_out = static_cast<uInt>(buffer.size());
      deflate(&stream, i + 1 == pieces ? Z_FINISH : Z_NO_FLUSH);
      out.append(buffer.data(), buffer.size() - stream.avail_out);
    } while (stream.avail_out == 0);
  }
  deflateEnd(&stream);
  return out;
}

std::uint32_t crc32_of(std::string_view data, std::size_t repeat) {
  uLong crc = crc32(0, nullptr, 0);
  for (std::size_t i = 0; i < repeat; ++i) {
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
  }
  return static_cast<std::uint32_t>(crc);
}

std::string make_docx(std::string_view document_xml, const std::vector<ZipEntry>& extra) {
  ZipBuilder builder;
  builder
      .add(deflated(
          "[Content_Types].xml",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
          R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
          R"(<Default Extension="xml" ContentType="application/xml"/>)"
          R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
          R"(</Types>)"))
      .add(deflated(
          "_rels/.rels",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
          R"(</Relationships>)"))
      .add(deflated("word/document.xml", document_xml));
  for (const ZipEntry& entry : extra) {
    builder.add(entry);
  }
  return builder.build();
}

} // namespace pactum::test
