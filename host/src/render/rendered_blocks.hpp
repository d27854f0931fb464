#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "pactum/model/document.hpp"

namespace pactum::host {

// A table gathered from consecutive table cells of one table: rows and columns in index order
// (indices no cell uses are skipped), every row as wide as the table.
struct RenderedTable {
  std::size_t columns = 0;
  std::vector<std::vector<std::string>> rows;
  // The first row is a header row when all its cells are header cells.
  bool header_row = false;
};

// What the DOCX and HTML renderers lay out, in reading order: the Document's blocks with the
// title recognised, section numbers split from the text that repeats them, and table cells
// gathered into tables. Strings point into Document::text, except table cells.
struct RenderedBlock {
  enum class Kind { title, heading, paragraph, list_item, table };
  Kind kind = Kind::paragraph;
  // Headings: 1 for the top level below the title. List items: nesting depth from 1.
  int level = 0;
  std::string_view section;
  // The block's text without the section number it starts with ("Parties" for "1. Parties"
  // with section "1"); the whole text when it does not start with it.
  std::string_view text;
  // The block's text as the canonical text has it.
  std::string_view full_text;
  RenderedTable table;
  // Where it comes from: the index in Document::blocks of its (first) block. Blocks of two
  // language versions pair up by it, as rendering drops empty blocks.
  std::size_t block = 0;
};

// Throws pactum::Error (naming `format`) when a block's byte range does not lie inside the
// text: an output with a block's words silently missing would be worse than none.
std::vector<RenderedBlock> rendered_blocks(const Document& document, std::string_view format);

// One block of a bilingual rendering: the same block of the template in both languages.
struct RenderedPair {
  RenderedBlock first;
  RenderedBlock second;
};

// The blocks of two language versions of one Document side by side, the prevailing language
// first. The Documents must be the same template document generated in two languages: as many
// blocks, and at every index the same kind, level and section (and for table cells the same
// table, row, column and header flag). Throws pactum::Error (one line, naming `format`) when
// they are not, or as rendered_blocks does. A block that is empty in one language only is
// paired with an empty block of the same kind, so the other language's words are kept.
std::vector<RenderedPair> rendered_pairs(const Document& first, const Document& second,
                                         std::string_view format);

// Whether a table goes record by record in a bilingual document: one with a header row and
// more columns than fit half a page (a seven-column KPI table would break its words letter by
// letter), written as one record per data row, the first column's value heading the record
// and every other column a line of its header and its value.
bool as_records(const RenderedTable& table);

// A language's name in that language, for the column heads of a bilingual document: "Dansk",
// "English", "Italiano", "中文"; any other language is named by its code.
std::string language_name(std::string_view language);

// The text of a numbered block without the number it already starts with: "1.2 Services" with
// section "1.2" gives "Services", "1. Parties" with "1" gives "Parties", while "1.20 Fees" keeps
// its number.
std::string_view without_section_number(std::string_view text, std::string_view section);

} // namespace pactum::host
