// read_docx_document on arbitrary bytes: a pactum::Error (one line, naming the file) is a normal
// outcome; anything else thrown, a crash, a hang or a sanitizer report is a finding. A Document
// that comes back must hold together: blocks inside the text, in order, table cells coherent.
//
// Inputs that start with "PK" are read as they are: that fuzzes the archive reader, but a
// mutated deflate stream or CRC rarely lets a part through to the XML. Any other input is split
// at "\x00\x01" into word/document.xml, styles.xml, numbering.xml and footnotes.xml, stored in
// a well-formed archive, so mutations reach the WordprocessingML reader too
// (seeds/docx/*.parts).
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>

#include "pactum/error.hpp"
#include "pactum/model/document.hpp"
#include "readers/docx_reader.hpp"
#include "support/zip_builder.hpp"

namespace {

[[noreturn]] void broken(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

void check(const pactum::Document& document) {
  std::size_t previous_end = 0;
  bool in_table = false;
  std::size_t table = 0;
  std::size_t row = 0;
  std::size_t column = 0;
  std::size_t next_table = 0;
  for (const pactum::Block& block : document.blocks) {
    if (block.begin > block.end || block.end > document.text.size()) {
      broken("block outside the text");
    }
    if (block.begin < previous_end) {
      broken("blocks out of order or overlapping");
    }
    const std::string_view text = document.slice(block.begin, block.end);
    if (block.kind == pactum::BlockKind::table_cell) {
      if (text.find_first_of("\t\n") != std::string_view::npos) {
        broken("a table cell holds a tab or a line break");
      }
      const bool continues = in_table && block.table == table;
      if (!continues) {
        if (block.table != next_table || block.row != 0 || block.column != 0) {
          broken("table numbering");
        }
        ++next_table;
      } else if (!((block.row == row && block.column == column + 1) ||
                   (block.row == row + 1 && block.column == 0))) {
        broken("cell order within a table");
      }
      in_table = true;
      table = block.table;
      row = block.row;
      column = block.column;
    } else {
      in_table = false;
      if (text.empty() || text.find("\n\n") != std::string_view::npos) {
        broken("an empty block or a blank line inside a block");
      }
    }
    previous_end = block.end;
  }
}

std::string packaged(std::string_view input) {
  static constexpr std::array<std::string_view, 4> parts = {
      "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml"};
  static constexpr std::string_view separator("\x00\x01", 2);
  pactum::test::ZipBuilder builder;
  for (const std::string_view part : parts) {
    const std::size_t end = input.find(separator);
    builder.add(pactum::test::stored(std::string(part), std::string(input.substr(0, end))));
    if (end == std::string_view::npos) {
      break;
    }
    input.remove_prefix(end + separator.size());
  }
  return builder.build();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string archive = input.starts_with("PK") ? std::string(input) : packaged(input);
  try {
    check(pactum::host::read_docx_document(pactum::test::bytes_of(archive), "fuzz.docx"));
  } catch (const pactum::Error& e) {
    const std::string_view message = e.what();
    if (!message.starts_with("fuzz.docx: error: ") ||
        message.find('\n') != std::string_view::npos || message.size() > 1000) {
      broken("an error that is not one line naming the file");
    }
  }
  return 0;
}
