#include "render/docx_renderer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

#include "render/docx_elements.hpp"
#include "render/docx_parts.hpp"
#include "render/generation_stamp.hpp"
#include "render/markup_text.hpp"
#include "render/rendered_blocks.hpp"
#include "render/xml_text_writer.hpp"
#include "render/zip_writer.hpp"

namespace pactum::host {
namespace {

using docx::value;

using docx_parts::numbering_levels;
using docx_parts::outline_numbering;

// A4 with 23 mm side margins: the width tables share, in twips.
constexpr int page_width = 11906;
constexpr int page_height = 16838;
constexpr int side_margin = 1304;
constexpr int text_width = page_width - 2 * side_margin;
// No column of a table gets less than this, however short its words.
constexpr int narrowest_column = 700;

// Text as runs' content: line breaks become w:br and tabs w:tab, the rest w:t (preserved
// blanks). The writer escapes "&" and "<"; nothing here builds markup from text.
void run_text(XmlTextWriter& w, std::string_view text) {
  std::size_t start = 0;
  const auto flush = [&](std::size_t end) {
    if (end > start) {
      w.start("w:t");
      w.attribute("xml:space", "preserve");
      w.text(std::string(text.substr(start, end - start)));
      w.end();
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      flush(i);
      if (c == '\t') {
        w.start("w:tab");
        w.end();
      } else {
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
          ++i;
        }
        w.start("w:br");
        w.end();
      }
      start = i + 1;
    }
  }
  flush(text.size());
}

// A run; `language` (Word's tag, "da-DK") marks its text's language where the document's
// default is not it, as in the columns of a bilingual table.
void run(XmlTextWriter& w, std::string_view text, std::string_view language = {},
         bool bold = false) {
  if (text.empty()) {
    return;
  }
  w.start("w:r");
  if (!language.empty() || bold) {
    w.start("w:rPr");
    if (bold) {
      w.start("w:b");
      w.end();
      w.start("w:bCs");
      w.end();
    }
    if (!language.empty()) {
      // Word takes w:val for Latin script and w:eastAsia for Chinese characters. Latin words in
      // Chinese text (names, untranslated terms) stay English, as the styles have it: tagged
      // Chinese, LibreOffice breaks them between any two letters.
      const bool chinese = language.starts_with("zh");
      w.start("w:lang");
      w.attribute("w:val", chinese ? std::string("en-GB") : std::string(language));
      if (chinese) {
        w.attribute("w:eastAsia", std::string(language));
      }
      w.end();
    }
    w.end();
  }
  run_text(w, text);
  w.end();
}

// The counters of Word's outline list, kept in step with what Word will show, so a block is
// only numbered automatically when Word would show exactly its section number.
class OutlineCounter {
public:
  // The level (0-based) Word would number `section` at next, or -1 when it would show another
  // number. Advances the counters when it returns a level.
  int take(std::string_view section) {
    std::vector<long> parts;
    std::size_t start = 0;
    while (start <= section.size()) {
      const std::size_t dot = std::min(section.find('.', start), section.size());
      const std::string_view digits = section.substr(start, dot - start);
      if (digits.empty() || digits.size() > 6 ||
          digits.find_first_not_of("0123456789") != std::string_view::npos) {
        return -1;
      }
      parts.push_back(std::stol(std::string(digits)));
      start = dot + 1;
    }
    if (parts.empty() || parts.size() > static_cast<std::size_t>(numbering_levels)) {
      return -1;
    }
    const std::size_t level = parts.size() - 1;
    for (std::size_t at = 0; at <= level; ++at) {
      const long shown =
          at == level ? (started_[at] ? counters_[at] + 1 : 1) : (started_[at] ? counters_[at] : 1);
      if (shown != parts[at]) {
        return -1;
      }
    }
    counters_[level] = parts[level];
    started_[level] = true;
    for (std::size_t deeper = level + 1; deeper < started_.size(); ++deeper) {
      started_[deeper] = false;
    }
    return static_cast<int>(level);
  }

private:
  std::array<long, numbering_levels> counters_{};
  std::array<bool, numbering_levels> started_{};
};

// `ragged`: aligned left whatever the style says, for the narrow columns of a bilingual table,
// where justified lines would gape.
void paragraph_properties(XmlTextWriter& w, const char* style, int numbering_id, int level,
                          bool ragged = false) {
  w.start("w:pPr");
  value(w, "w:pStyle", style);
  if (numbering_id >= 0) {
    w.start("w:numPr");
    value(w, "w:ilvl", std::to_string(std::max(level, 0)));
    value(w, "w:numId", std::to_string(numbering_id));
    w.end();
  }
  if (ragged) {
    value(w, "w:jc", "left");
  }
  w.end();
}

// Characters, not bytes: a Chinese cell is no wider for taking three bytes a character.
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::ranges::count_if(
      text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

// The longest run a line cannot break inside, in characters: words, the parts of hyphenated
// words, and single Chinese characters (lines break between any two of them).
std::size_t longest_word(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0U) == 0x80U) {
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n') {
      run = 0;
      continue;
    }
    longest = std::max(longest, ++run);
    if (c == '-' || c == '/' || byte >= 0xE3) { // U+3000 and above: CJK
      run = 0;
    }
  }
  return longest;
}

// Widths the way browsers lay out automatic tables: every column gets its longest word, so no
// word breaks inside ("Allocatio|n") when the `available` width has room; the rest of the width
// goes to the columns in proportion to how much more room their longest cell would like.
std::vector<int> column_widths(const RenderedTable& table, int available) {
  // What an 8 pt character takes in the wider sans-serif faces (DejaVu Sans where Calibri is
  // missing; bold in the header row), and the cell's margins.
  constexpr int twips_per_character = 105;
  constexpr int cell_margins = 180;
  std::vector<int> least(table.columns, narrowest_column);
  std::vector<int> most(table.columns, narrowest_column);
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < table.columns; ++c) {
      const auto width = [](std::size_t chars) {
        return static_cast<int>(std::min<std::size_t>(chars, 400)) * twips_per_character +
               cell_margins;
      };
      least[c] = std::max(least[c], std::min(width(longest_word(row[c])), available / 3));
      most[c] = std::max(most[c], width(characters(row[c])));
    }
  }
  int used = 0;
  long wanted = 0;
  for (std::size_t c = 0; c < table.columns; ++c) {
    used += least[c];
    wanted += std::max(0, most[c] - least[c]);
  }
  std::vector<int> widths = least;
  if (used > available) {
    // Too many columns for the page: shrink them all alike.
    for (int& width : widths) {
      width = width * available / used;
    }
    return widths;
  }
  const int spare = available - used;
  int given = 0;
  for (std::size_t c = 0; c < table.columns; ++c) {
    const long more = std::max(0, most[c] - least[c]);
    const int extra = wanted > 0 ? static_cast<int>(spare * more / wanted)
                                 : spare / static_cast<int>(table.columns);
    widths[c] += extra;
    given += extra;
  }
  if (!widths.empty()) {
    widths.back() += spare - given;
  }
  return widths;
}

// A Word table across the page, or `width` twips wide inside a cell of the bilingual table;
// its runs tagged with `language` when one is given.
void table(XmlTextWriter& w, const RenderedTable& table, std::string_view language = {},
           int width = 0) {
  const std::vector<int> widths = column_widths(table, width > 0 ? width : text_width);
  w.start("w:tbl");
  w.start("w:tblPr");
  value(w, "w:tblStyle", "PactumTable");
  w.start("w:tblW");
  w.attribute("w:w", width > 0 ? std::to_string(width) : std::string("5000"));
  w.attribute("w:type", width > 0 ? "dxa" : "pct");
  w.end();
  value(w, "w:tblLayout", "fixed");
  docx::table_look(w, table.header_row);
  w.end(); // tblPr
  docx::table_grid(w, widths);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const bool header = table.header_row && r == 0;
    w.start("w:tr");
    w.start("w:trPr");
    w.start("w:cantSplit");
    w.end();
    if (header) {
      // Said on the row as well as in the style: readers that ignore table styles (and
      // Pactum's own DOCX reader) see the header row.
      w.start("w:tblHeader");
      w.end();
    }
    w.end();
    for (std::size_t c = 0; c < table.columns; ++c) {
      w.start("w:tc");
      w.start("w:tcPr");
      docx::width(w, "w:tcW", widths[c]);
      w.end();
      w.start("w:p");
      paragraph_properties(w, "TableText", -1, 0);
      run(w, table.rows[r][c], language);
      w.end();
      w.end(); // tc
    }
    w.end(); // tr
  }
  w.end(); // tbl
}

void start_body(XmlTextWriter& w) {
  w.start("w:document");
  w.attribute("xmlns:w", std::string(docx_parts::w_namespace));
  w.attribute("xmlns:r", std::string(docx_parts::r_namespace));
  w.start("w:body");
}

// The section's page (A4 portrait), margins, header and footer, and the end of the body.
std::string end_body(XmlTextWriter& w) {
  w.start("w:sectPr");
  w.start("w:headerReference");
  w.attribute("w:type", "default");
  w.attribute("r:id", std::string(docx_parts::header_relationship));
  w.end();
  w.start("w:footerReference");
  w.attribute("w:type", "default");
  w.attribute("r:id", std::string(docx_parts::footer_relationship));
  w.end();
  w.start("w:pgSz");
  w.attribute("w:w", std::to_string(page_width));
  w.attribute("w:h", std::to_string(page_height));
  w.end();
  w.start("w:pgMar");
  w.attribute("w:top", "1418");
  w.attribute("w:right", std::to_string(side_margin));
  w.attribute("w:bottom", "1418");
  w.attribute("w:left", std::to_string(side_margin));
  w.attribute("w:header", "709");
  w.attribute("w:footer", "567");
  w.attribute("w:gutter", "0");
  w.end();
  w.end(); // sectPr
  w.end(); // body
  w.end(); // document
  return w.finish();
}

std::string body(const Document& document, const std::vector<RenderedBlock>& blocks) {
  XmlTextWriter w("document '" + document.id + "' as DOCX");
  start_body(w);
  OutlineCounter outline;
  bool last_was_table = false;
  for (const RenderedBlock& block : blocks) {
    last_was_table = block.kind == RenderedBlock::Kind::table;
    if (block.kind == RenderedBlock::Kind::table) {
      table(w, block.table);
      continue;
    }
    w.start("w:p");
    std::string_view text = block.text;
    switch (block.kind) {
    case RenderedBlock::Kind::title:
      paragraph_properties(w, "Title", -1, 0);
      text = block.full_text;
      break;
    case RenderedBlock::Kind::heading: {
      const std::string style = "Heading" + std::to_string(std::clamp(block.level, 1, 3));
      const int level = block.section.empty() ? -1 : outline.take(block.section);
      // numId 0 switches off the numbering the heading style carries.
      paragraph_properties(w, style.c_str(), level < 0 ? 0 : outline_numbering, level);
      text = level < 0 ? block.full_text : block.text;
      break;
    }
    case RenderedBlock::Kind::paragraph: {
      const int level = block.section.empty() ? -1 : outline.take(block.section);
      if (level >= 0) {
        paragraph_properties(w, "Clause", outline_numbering, level);
      } else {
        paragraph_properties(w, block.section.empty() ? "ClauseContinued" : "Clause", -1, 0);
        text = block.full_text;
      }
      break;
    }
    case RenderedBlock::Kind::list_item:
      paragraph_properties(w, "ListBullet", docx_parts::bullet_numbering, block.level - 1);
      text = block.full_text;
      break;
    case RenderedBlock::Kind::table:
      break;
    }
    run(w, text);
    w.end(); // p
  }
  if (last_was_table || blocks.empty()) {
    // Word ends a body with a paragraph; without one it inserts one and calls the file repaired.
    w.start("w:p");
    w.end();
  }
  return end_body(w);
}

// The bilingual table: two equal columns across the page, a thin rule between them and under
// the head, cells padded apart.
constexpr int bilingual_column = text_width / 2;
constexpr int bilingual_padding = 170;
// A row longer than this (bytes of either language) may break across pages: a row that must
// stay whole moves to the next page entire, and with clause-long rows kept whole LibreOffice
// laid the Danish-English MSA out on 38 pages instead of 30, most ending half empty.
constexpr std::size_t unsplit_row_bytes = 300;

void bilingual_table_properties(XmlTextWriter& w) {
  w.start("w:tblPr");
  docx::width(w, "w:tblW", 2 * bilingual_column);
  w.start("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    w.start(side);
    const bool rule = side == std::string_view("w:insideV");
    w.attribute("w:val", rule ? "single" : "nil");
    if (rule) {
      w.attribute("w:sz", "4");
      w.attribute("w:space", "0");
      w.attribute("w:color", "C8CED6");
    }
    w.end();
  }
  w.end();
  value(w, "w:tblLayout", "fixed");
  w.start("w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    w.start(side);
    w.attribute("w:w", std::to_string(bilingual_padding));
    w.attribute("w:type", "dxa");
    w.end();
  }
  w.end();
  docx::table_look(w, true);
  w.end(); // tblPr
  const std::array<int, 2> columns = {bilingual_column, bilingual_column};
  docx::table_grid(w, columns);
}

void start_bilingual_cell(XmlTextWriter& w, bool head) {
  w.start("w:tc");
  w.start("w:tcPr");
  docx::width(w, "w:tcW", bilingual_column);
  if (head) {
    w.start("w:tcBorders");
    w.start("w:bottom");
    w.attribute("w:val", "single");
    w.attribute("w:sz", "6");
    w.attribute("w:space", "0");
    w.attribute("w:color", "7F7F7F");
    w.end();
    w.end();
  }
  w.end();
}

void table_cell(XmlTextWriter& w, int width, std::string_view text, std::string_view language,
                bool bold, bool keep_with_next, int span = 1) {
  w.start("w:tc");
  w.start("w:tcPr");
  docx::width(w, "w:tcW", width);
  if (span > 1) {
    value(w, "w:gridSpan", std::to_string(span));
    w.start("w:shd");
    w.attribute("w:val", "clear");
    w.attribute("w:color", "auto");
    w.attribute("w:fill", "DCE3EC");
    w.end();
  }
  w.end();
  w.start("w:p");
  w.start("w:pPr");
  value(w, "w:pStyle", "TableText");
  if (keep_with_next) {
    w.start("w:keepNext");
    w.end();
  }
  w.end();
  run(w, text, language, bold);
  w.end(); // p
  w.end(); // tc
}

// A table too wide for its cell (see as_records), one record per data row: the first column's
// value as a shaded head across the record, then every other column as a row of its header and
// its value. Each record keeps together on a page.
void record_table(XmlTextWriter& w, const RenderedTable& table, std::string_view language,
                  int width) {
  const int label = width * 2 / 5;
  w.start("w:tbl");
  w.start("w:tblPr");
  value(w, "w:tblStyle", "PactumTable");
  docx::width(w, "w:tblW", width);
  value(w, "w:tblLayout", "fixed");
  docx::table_look(w, false);
  w.end(); // tblPr
  const std::array<int, 2> columns = {label, width - label};
  docx::table_grid(w, columns);
  const std::vector<std::string>& header = table.rows.front();
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const std::vector<std::string>& record = table.rows[r];
    const auto start_row = [&w] {
      w.start("w:tr");
      w.start("w:trPr");
      w.start("w:cantSplit");
      w.end();
      w.end();
    };
    start_row();
    table_cell(w, width, record.front(), language, true, table.columns > 1, 2);
    w.end(); // tr
    for (std::size_t c = 1; c < table.columns; ++c) {
      const bool more = c + 1 < table.columns;
      start_row();
      table_cell(w, label, header[c], language, true, more);
      table_cell(w, width - label, record[c], language, false, more);
      w.end(); // tr
    }
  }
  w.end(); // tbl
}

// One language's half of a row. Section numbers are typed: Word's list numbering would count
// the clauses of both columns as one list.
void bilingual_cell(XmlTextWriter& w, const RenderedBlock& block, std::string_view language) {
  start_bilingual_cell(w, false);
  if (block.kind == RenderedBlock::Kind::table) {
    const int width = bilingual_column - 2 * bilingual_padding;
    if (as_records(block.table)) {
      record_table(w, block.table, language, width);
    } else {
      table(w, block.table, language, width);
    }
    // A cell ends with a paragraph: a small one, so the table's end adds little space.
    w.start("w:p");
    paragraph_properties(w, "TableText", -1, 0);
    w.end();
    w.end(); // tc
    return;
  }
  w.start("w:p");
  std::string typed;
  std::string_view text = block.full_text;
  switch (block.kind) {
  case RenderedBlock::Kind::title:
    paragraph_properties(w, "Title", -1, 0);
    break;
  case RenderedBlock::Kind::heading: {
    // numId 0 switches off the numbering the heading style carries.
    const std::string style = "Heading" + std::to_string(std::clamp(block.level, 1, 3));
    paragraph_properties(w, style.c_str(), 0, 0);
    break;
  }
  case RenderedBlock::Kind::paragraph:
    if (block.section.empty()) {
      paragraph_properties(w, "ClauseContinued", -1, 0, true);
    } else if (block.text != block.full_text) {
      paragraph_properties(w, "ClauseNumbered", -1, 0, true);
      typed = std::string(block.section) + "\t" + std::string(block.text);
      text = typed;
    } else {
      paragraph_properties(w, "Clause", -1, 0, true);
    }
    break;
  case RenderedBlock::Kind::list_item:
    paragraph_properties(w, "ListBullet", docx_parts::bullet_numbering, block.level - 1, true);
    break;
  case RenderedBlock::Kind::table:
    break;
  }
  run(w, text, language);
  w.end(); // p
  w.end(); // tc
}

std::string bilingual_body(const Document& first, const Document& second,
                           const std::vector<RenderedPair>& pairs) {
  XmlTextWriter w("document '" + first.id + "' as bilingual DOCX");
  const std::string first_language = docx_parts::word_language(first.language);
  const std::string second_language = docx_parts::word_language(second.language);
  start_body(w);
  w.start("w:tbl");
  bilingual_table_properties(w);
  // The languages' names head the columns on every page.
  w.start("w:tr");
  w.start("w:trPr");
  w.start("w:cantSplit");
  w.end();
  w.start("w:tblHeader");
  w.end();
  w.end();
  for (const Document* document : {&first, &second}) {
    start_bilingual_cell(w, true);
    w.start("w:p");
    w.start("w:pPr");
    value(w, "w:pStyle", "TableText");
    w.start("w:keepNext");
    w.end();
    w.end();
    run(w, language_name(document->language), document == &first ? first_language : second_language,
        true);
    w.end(); // p
    w.end(); // tc
  }
  w.end(); // tr
  for (const RenderedPair& pair : pairs) {
    w.start("w:tr");
    const bool schedule = pair.first.kind == RenderedBlock::Kind::table;
    const bool short_row = pair.first.full_text.size() <= unsplit_row_bytes &&
                           pair.second.full_text.size() <= unsplit_row_bytes;
    if (!schedule && short_row) {
      w.start("w:trPr");
      w.start("w:cantSplit");
      w.end();
      w.end();
    }
    bilingual_cell(w, pair.first, first_language);
    bilingual_cell(w, pair.second, second_language);
    w.end(); // tr
  }
  w.end(); // tbl
  // Word ends a body with a paragraph; without one it inserts one and calls the file repaired.
  w.start("w:p");
  w.end();
  return end_body(w);
}

void field(XmlTextWriter& w, const char* instruction, const char* shown) {
  const auto fld_char = [&w](const char* type) {
    w.start("w:r");
    w.start("w:fldChar");
    w.attribute("w:fldCharType", type);
    w.end();
    w.end();
  };
  fld_char("begin");
  w.start("w:r");
  w.start("w:instrText");
  w.attribute("xml:space", "preserve");
  w.text(instruction);
  w.end();
  w.end();
  fld_char("separate");
  run(w, shown);
  fld_char("end");
}

std::string header(const Document& document) {
  XmlTextWriter w("the header of document '" + document.id + "'");
  w.start("w:hdr");
  w.attribute("xmlns:w", std::string(docx_parts::w_namespace));
  w.attribute("xmlns:r", std::string(docx_parts::r_namespace));
  w.start("w:p");
  w.start("w:pPr");
  value(w, "w:pStyle", "Header");
  value(w, "w:jc", "right");
  w.end();
  run(w, document.title);
  w.end();
  w.end();
  return w.finish();
}

std::string footer(const Document& document, const std::vector<std::string>& stamp) {
  XmlTextWriter w("the footer of document '" + document.id + "'");
  w.start("w:ftr");
  w.attribute("xmlns:w", std::string(docx_parts::w_namespace));
  w.attribute("xmlns:r", std::string(docx_parts::r_namespace));
  for (const std::string& line : stamp) {
    w.start("w:p");
    w.start("w:pPr");
    value(w, "w:pStyle", "Footer");
    w.end();
    run(w, line);
    w.end();
  }
  // "3 / 12": numbers read the same in every language the documents come in.
  w.start("w:p");
  w.start("w:pPr");
  value(w, "w:pStyle", "Footer");
  value(w, "w:jc", "center");
  w.end();
  field(w, " PAGE ", "1");
  run(w, " / ");
  field(w, " NUMPAGES ", "1");
  w.end();
  w.end();
  return w.finish();
}

// The package around a body: what Word needs besides it, in the first language given.
std::string package(const Agreement& agreement, const Document& document,
                    const std::vector<std::string>& stamp, const std::string& main,
                    const std::string& what) {
  std::string description;
  for (const std::string& line : stamp) {
    description += (description.empty() ? "" : " ") + line;
  }
  check_markup_text(description, what + " (its stamp)");
  check_markup_text(agreement.id, what + " (the agreement id)");
  const std::string creator =
      agreement.generated ? "Pactum " + agreement.generated->pactum_version : std::string();

  // The parts no Document changes are written once (thread-safe static initialisation).
  static const std::string content_types = docx_parts::content_types();
  static const std::string package_relationships = docx_parts::package_relationships();
  static const std::string document_relationships = docx_parts::document_relationships();
  static const std::string numbering = docx_parts::numbering();
  static const std::string app = docx_parts::app_properties();
  const std::string styles = docx_parts::styles(document.language);
  const std::string settings = docx_parts::settings(document.language);
  const std::string header_part = header(document);
  const std::string footer_part = footer(document, stamp);
  const std::string core = docx_parts::core_properties(document.title, agreement.id, creator,
                                                       document.language, description);
  const std::array<ZipPart, 11> parts{{
      {"[Content_Types].xml", content_types},
      {"_rels/.rels", package_relationships},
      {"word/document.xml", main},
      {"word/_rels/document.xml.rels", document_relationships},
      {"word/styles.xml", styles},
      {"word/numbering.xml", numbering},
      {"word/settings.xml", settings},
      {"word/header1.xml", header_part},
      {"word/footer1.xml", footer_part},
      {"docProps/core.xml", core},
      {"docProps/app.xml", app},
  }};
  return write_zip(parts, what);
}

void check_document(const Document& document, const std::string& what) {
  check_markup_text(document.text, what);
  check_markup_text(document.title, what + " (its title)");
}

} // namespace

std::string render_docx(const Agreement& agreement, const Document& document) {
  const std::string what = "document '" + document.id + "' as DOCX";
  check_document(document, what);
  const std::vector<RenderedBlock> blocks = rendered_blocks(document, "DOCX");
  return package(agreement, document, stamp_lines(agreement, document), body(document, blocks),
                 what);
}

std::string render_docx_bilingual(const Agreement& first, const Document& first_document,
                                  const Agreement& second, const Document& second_document) {
  const std::string what =
      "document '" + first_document.id + "' as bilingual DOCX (" + first_document.language + ")";
  check_document(first_document, what);
  check_document(second_document, "document '" + second_document.id + "' as bilingual DOCX (" +
                                      second_document.language + ")");
  const std::vector<RenderedPair> pairs = rendered_pairs(first_document, second_document, "DOCX");
  return package(first, first_document, stamp_lines(first, first_document, second, second_document),
                 bilingual_body(first_document, second_document, pairs), what);
}

} // namespace pactum::host
