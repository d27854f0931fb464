#include "render/html_renderer.hpp"

#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "render/generation_stamp.hpp"
#include "render/markup_text.hpp"
#include "render/rendered_blocks.hpp"
#include "text/html_escape.hpp"

namespace pactum::host {
namespace {

// Print first: A4 margins, headings never alone at the bottom of a page, table rows not split.
constexpr std::string_view style_sheet = R"css(
@page { size: A4; margin: 20mm 20mm 22mm; }
html { color-scheme: light; }
body { font-family: Calibri, Carlito, "Liberation Sans", "Noto Sans", "Noto Sans CJK SC",
  "Microsoft YaHei", sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a;
  max-width: 48em; margin: 2em auto; padding: 0 1.5em; }
h1.title { text-align: center; font-size: 18pt; margin: 0 0 1em; }
h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid;
  page-break-inside: avoid; margin: 1.4em 0 0.5em; }
h2 { font-size: 13pt; }
h3 { font-size: 12pt; }
h4, h5, h6 { font-size: 11pt; }
.num { display: inline-block; min-width: 33pt; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
p.clause { padding-left: 33pt; text-indent: -33pt; text-align: justify; }
p.clause .num { text-indent: 0; }
p.continued { padding-left: 33pt; text-align: justify; }
ul { margin: 0 0 0.6em 33pt; padding-left: 1.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 9pt;
  line-height: 1.3; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #7f7f7f; padding: 3px 5px; text-align: left; vertical-align: top; }
thead th { background: #dce3ec; }
nav.contents { border: 1px solid #c8ced6; padding: 0.6em 1em; margin: 0 0 1.5em;
  font-size: 10pt; columns: 2; column-gap: 2em; }
nav.contents p { font-weight: bold; margin: 0 0 0.3em; column-span: all; }
nav.contents ol { list-style: none; margin: 0; padding: 0; }
nav.contents li { break-inside: avoid; }
nav.contents li.level-2 { padding-left: 1.5em; }
nav.contents li.level-3 { padding-left: 3em; }
a { color: #1f4e79; text-decoration: none; }
footer.stamp { border-top: 1px solid #c8ced6; margin-top: 3em; padding-top: 0.5em;
  font-size: 8.5pt; color: #595959; }
footer.stamp p { margin: 0.2em 0; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; }
  nav.contents { break-after: page; page-break-after: always; }
}
)css";

// The few words of the page itself (not of the agreement), in the Document's language.
std::string_view contents_label(std::string_view language) {
  if (language.starts_with("da")) {
    return "Indhold";
  }
  if (language.starts_with("it")) {
    return "Indice";
  }
  if (language.starts_with("zh")) {
    return "\xE7\x9B\xAE\xE5\xBD\x95"; // 目录
  }
  return "Contents";
}

// Every piece of text goes through the one escaping routine (text/html_escape.hpp).
void escape(std::string& out, std::string_view text) {
  append_html_escaped(out, text);
}

// Escaped text with its line breaks kept as <br>.
void escape_lines(std::string& out, std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      if (start > 0) {
        out += "<br>";
      }
      escape(out, text.substr(start, i - start));
      if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') {
        ++i;
      }
      start = i + 1;
    }
  }
}

// Ids by section number, unique within the page: "s-12.3", and "s-12.3-2" for a repeat.
class Anchors {
public:
  std::string take(std::string_view section) {
    std::string id = "s-";
    for (const char c : section) {
      const bool plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                         (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_';
      id += plain ? c : '-';
    }
    if (section.empty()) {
      id = "h-" + std::to_string(++unnumbered_);
    }
    std::string unique = id;
    for (int n = 2; used_.contains(unique); ++n) {
      unique = id + "-" + std::to_string(n);
    }
    used_.insert(unique);
    return unique;
  }

private:
  std::set<std::string> used_;
  int unnumbered_ = 0;
};

// A top-level number reads "1.", deeper ones "1.2", as the canonical text writes them.
std::string shown_number(std::string_view section) {
  std::string number(section);
  if (number.find('.') == std::string::npos) {
    number += '.';
  }
  return number;
}

void table(std::string& out, const RenderedTable& table) {
  out += "<table>\n";
  std::size_t first = 0;
  if (table.header_row && !table.rows.empty()) {
    out += "<thead><tr>";
    for (const std::string& cell : table.rows.front()) {
      out += "<th scope=\"col\">";
      escape_lines(out, cell);
      out += "</th>";
    }
    out += "</tr></thead>\n";
    first = 1;
  }
  out += "<tbody>\n";
  for (std::size_t r = first; r < table.rows.size(); ++r) {
    out += "<tr>";
    for (const std::string& cell : table.rows[r]) {
      out += "<td>";
      escape_lines(out, cell);
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

// Headings and numbered clauses are what the anchors and the contents link to.
bool anchored(const RenderedBlock& block) {
  return block.kind == RenderedBlock::Kind::heading ||
         (block.kind == RenderedBlock::Kind::paragraph && !block.section.empty());
}

// A heading's words in the table of contents: its number and its text.
void contents_text(std::string& out, const RenderedBlock& block) {
  if (!block.section.empty() && block.text != block.full_text) {
    escape(out, shown_number(block.section));
    out += ' ';
  }
  escape(out, block.text);
}

// Whether the table of contents lists `block`: headings down to the third level.
bool in_contents(const RenderedBlock& block) {
  return block.kind == RenderedBlock::Kind::heading && block.level <= 3;
}

void contents_item(std::string& out, const RenderedBlock& block, const std::string& id) {
  out += "<li class=\"level-" + std::to_string(block.level) + "\"><a href=\"#" + id + "\">";
}

void contents_nav(std::string& out, std::string_view label, const std::string& contents) {
  if (contents.empty()) {
    return;
  }
  out += "<nav class=\"contents\" aria-label=\"";
  escape(out, label);
  out += "\">\n<p>";
  escape(out, label);
  out += "</p>\n<ol>\n" + contents + "</ol>\n</nav>\n";
}

// Everything up to and including <body>: the page's language, its title and its CSS.
void page_head(std::string& out, const Agreement& agreement, std::string_view language,
               std::string_view title, std::string_view more_style, std::string_view body_class) {
  out += "<!DOCTYPE html>\n<html lang=\"";
  escape(out, language.empty() ? std::string_view("und") : language);
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  if (agreement.generated) {
    out += "<meta name=\"generator\" content=\"Pactum ";
    escape(out, agreement.generated->pactum_version);
    out += "\">\n";
  }
  out += "<title>";
  escape(out, title);
  out += "</title>\n<style>";
  out += style_sheet;
  out += more_style;
  out += "</style>\n</head>\n";
  if (body_class.empty()) {
    out += "<body>\n";
  } else {
    out += "<body class=\"";
    out += body_class;
    out += "\">\n";
  }
}

void page_end(std::string& out, const std::vector<std::string>& stamp) {
  if (!stamp.empty()) {
    out += "<footer class=\"stamp\">\n";
    for (const std::string& line : stamp) {
      out += "<p>";
      escape(out, line);
      out += "</p>\n";
    }
    out += "</footer>\n";
  }
  out += "</body>\n</html>\n";
}

// One block other than a list item (lists are grouped by the caller). `id` empty: no anchor on
// the block itself.
void write_block(std::string& out, const RenderedBlock& block, const std::string& id) {
  const std::string id_attribute = id.empty() ? std::string() : " id=\"" + id + "\"";
  // The number as its own span, so it hangs in the margin; a block whose text does not
  // repeat its section number is written as it stands.
  const bool split = !block.section.empty() && block.text != block.full_text;
  switch (block.kind) {
  case RenderedBlock::Kind::title:
  case RenderedBlock::Kind::heading: {
    const std::string tag = "h" + std::to_string(std::min(block.level + 1, 6));
    out += "<" + tag + id_attribute + ">";
    if (split) {
      out += "<span class=\"num\">";
      escape(out, shown_number(block.section));
      out += "</span> ";
    }
    escape_lines(out, split ? block.text : block.full_text);
    out += "</" + tag + ">\n";
    break;
  }
  case RenderedBlock::Kind::paragraph:
    if (block.section.empty()) {
      out += "<p class=\"continued\">";
      escape_lines(out, block.full_text);
    } else {
      out += "<p class=\"clause\"" + id_attribute + ">";
      if (split) {
        out += "<span class=\"num\">";
        escape(out, block.section);
        out += "</span>";
      }
      escape_lines(out, split ? block.text : block.full_text);
    }
    out += "</p>\n";
    break;
  case RenderedBlock::Kind::list_item:
    out += "<li>";
    escape_lines(out, block.full_text);
    out += "</li>\n";
    break;
  case RenderedBlock::Kind::table:
    table(out, block.table);
    break;
  }
}

// Side by side: a wider page, the two versions in the columns of one table whose head (the
// languages' names) repeats on every printed page, and a rule between the columns. A clause's
// row may break across pages (between lines, as a paragraph would): kept whole, a long row moves
// to the next page entire and leaves most of a page empty. Heading rows keep together and with
// the row after them.
constexpr std::string_view bilingual_style_sheet = R"css(
body.bilingual { max-width: 90em; }
div.titles { display: grid; grid-template-columns: 1fr 1fr; column-gap: 2.4em; }
table.bilingual { table-layout: fixed; font-size: 11pt; line-height: 1.45; margin: 0; }
table.bilingual > thead > tr > th { border: 0; border-bottom: 1px solid #7f7f7f;
  background: none; font-size: 9pt; color: #595959; padding: 0 1.2em 3px 0; }
table.bilingual > tbody > tr > td { border: 0; padding: 0 1.2em 0 0; }
table.bilingual > thead > tr > th + th, table.bilingual > tbody > tr > td + td {
  border-left: 1px solid #c8ced6; padding-left: 1.2em; padding-right: 0; }
table.bilingual > tbody > tr { break-inside: auto; page-break-inside: auto; }
table.bilingual > tbody > tr.heading { break-inside: avoid; page-break-inside: avoid;
  break-after: avoid; page-break-after: avoid; }
table.bilingual td td, table.bilingual td th { overflow-wrap: break-word; hyphens: auto; }
table.bilingual td > ul { margin-left: 0; }
table.records { table-layout: fixed; }
table.records tbody { break-inside: avoid; page-break-inside: avoid; }
table.records th[scope="rowgroup"] { background: #dce3ec; }
table.records col.label { width: 35%; }
nav.contents .second { color: #595959; }
@media print {
  table.bilingual { font-size: 10pt; }
  table.bilingual p.clause, table.bilingual p.continued { text-align: left; }
}
)css";

void language_attribute(std::string& out, std::string_view language) {
  out += " lang=\"";
  escape(out, language.empty() ? std::string_view("und") : language);
  out += '"';
}

// A table too wide for half a page (see as_records): one <tbody> per record, headed by the
// first column's value, then a row of header and value for every other column.
void record_table(std::string& out, const RenderedTable& table) {
  out += "<table class=\"records\">\n<colgroup><col class=\"label\"><col></colgroup>\n";
  const std::vector<std::string>& header = table.rows.front();
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const std::vector<std::string>& record = table.rows[r];
    out += "<tbody>\n<tr><th colspan=\"2\" scope=\"rowgroup\">";
    escape_lines(out, record.front());
    out += "</th></tr>\n";
    for (std::size_t c = 1; c < table.columns; ++c) {
      out += "<tr><th scope=\"row\">";
      escape_lines(out, header[c]);
      out += "</th><td>";
      escape_lines(out, record[c]);
      out += "</td></tr>\n";
    }
    out += "</tbody>\n";
  }
  out += "</table>\n";
}

// One language's half of a row: a cell tagged with its language. A list item becomes a list of
// one, so each cell stands alone.
void bilingual_cell(std::string& out, const RenderedBlock& block, std::string_view language) {
  out += "<td";
  language_attribute(out, language);
  out += ">";
  if (block.kind == RenderedBlock::Kind::list_item) {
    out += "<ul>";
    write_block(out, block, {});
    out += "</ul>";
  } else if (block.kind == RenderedBlock::Kind::table && as_records(block.table)) {
    record_table(out, block.table);
  } else {
    write_block(out, block, {});
  }
  if (out.ends_with('\n')) {
    out.pop_back(); // the cell's text ends where its block does
  }
  out += "</td>";
}

void check_document(const Document& document, const std::string& what) {
  check_markup_text(document.text, what);
  check_markup_text(document.title, what + " (its title)");
}

} // namespace

std::string render_html(const Agreement& agreement, const Document& document) {
  const std::string what = "document '" + document.id + "' as HTML";
  check_document(document, what);
  const std::vector<RenderedBlock> blocks = rendered_blocks(document, "HTML");
  const std::vector<std::string> stamp = stamp_lines(agreement, document);

  // Ids first: the table of contents, written before the body, links to them.
  Anchors anchors;
  std::vector<std::string> ids;
  ids.reserve(blocks.size());
  for (const RenderedBlock& block : blocks) {
    ids.push_back(anchored(block) ? anchors.take(block.section) : std::string());
  }

  std::string out;
  out.reserve(document.text.size() * 5 / 4 + style_sheet.size() + 4096);
  page_head(out, agreement, document.language, document.title, {}, {});
  out += "<main>\n";

  std::size_t i = 0;
  if (!blocks.empty() && blocks.front().kind == RenderedBlock::Kind::title) {
    out += "<h1 class=\"title\">";
    escape_lines(out, blocks.front().full_text);
    out += "</h1>\n";
    i = 1;
  }
  std::string contents;
  for (std::size_t k = i; k < blocks.size(); ++k) {
    if (in_contents(blocks[k])) {
      contents_item(contents, blocks[k], ids[k]);
      contents_text(contents, blocks[k]);
      contents += "</a></li>\n";
    }
  }
  contents_nav(out, contents_label(document.language), contents);

  bool in_list = false;
  for (; i < blocks.size(); ++i) {
    const RenderedBlock& block = blocks[i];
    const bool item = block.kind == RenderedBlock::Kind::list_item;
    if (in_list != item) {
      out += item ? "<ul>\n" : "</ul>\n";
      in_list = item;
    }
    write_block(out, block, ids[i]);
  }
  if (in_list) {
    out += "</ul>\n";
  }
  out += "</main>\n";
  page_end(out, stamp);
  return out;
}

std::string render_html_bilingual(const Agreement& first, const Document& first_document,
                                  const Agreement& second, const Document& second_document) {
  const std::string what =
      "document '" + first_document.id + "' as bilingual HTML (" + first_document.language + ")";
  check_document(first_document, what);
  check_document(second_document, "document '" + second_document.id + "' as bilingual HTML (" +
                                      second_document.language + ")");
  const std::vector<RenderedPair> pairs = rendered_pairs(first_document, second_document, "HTML");
  const std::vector<std::string> stamp =
      stamp_lines(first, first_document, second, second_document);
  const std::string_view first_language = first_document.language;
  const std::string_view second_language = second_document.language;

  // One anchor per row, from the section number both versions share.
  Anchors anchors;
  std::vector<std::string> ids;
  ids.reserve(pairs.size());
  for (const RenderedPair& pair : pairs) {
    ids.push_back(anchored(pair.first) ? anchors.take(pair.first.section) : std::string());
  }

  std::string out;
  out.reserve((first_document.text.size() + second_document.text.size()) * 5 / 4 +
              style_sheet.size() + bilingual_style_sheet.size() + 8192);
  page_head(out, first, first_language, first_document.title + " / " + second_document.title,
            bilingual_style_sheet, "bilingual");
  out += "<main>\n";

  std::size_t i = 0;
  if (!pairs.empty() && pairs.front().first.kind == RenderedBlock::Kind::title) {
    out += "<div class=\"titles\">\n";
    for (const auto& [block, language] : {std::pair{&pairs.front().first, first_language},
                                          std::pair{&pairs.front().second, second_language}}) {
      out += "<h1 class=\"title\"";
      language_attribute(out, language);
      out += ">";
      escape_lines(out, block->full_text);
      out += "</h1>\n";
    }
    out += "</div>\n";
    i = 1;
  }

  std::string contents;
  for (std::size_t k = i; k < pairs.size(); ++k) {
    if (in_contents(pairs[k].first)) {
      contents_item(contents, pairs[k].first, ids[k]);
      contents += "<span";
      language_attribute(contents, first_language);
      contents += ">";
      contents_text(contents, pairs[k].first);
      contents += "</span> / <span class=\"second\"";
      language_attribute(contents, second_language);
      contents += ">";
      escape(contents, pairs[k].second.text);
      contents += "</span></a></li>\n";
    }
  }
  std::string label(contents_label(first_language));
  if (contents_label(second_language) != label) {
    label += " / ";
    label += contents_label(second_language);
  }
  contents_nav(out, label, contents);

  out += "<table class=\"bilingual\">\n<colgroup><col><col></colgroup>\n<thead><tr>";
  for (const std::string_view language : {first_language, second_language}) {
    out += "<th scope=\"col\"";
    language_attribute(out, language);
    out += ">";
    escape(out, language_name(language));
    out += "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (; i < pairs.size(); ++i) {
    const RenderedPair& pair = pairs[i];
    out += "<tr";
    if (!ids[i].empty()) {
      out += " id=\"" + ids[i] + "\"";
    }
    if (pair.first.kind == RenderedBlock::Kind::heading ||
        pair.first.kind == RenderedBlock::Kind::title) {
      out += " class=\"heading\"";
    }
    out += ">";
    bilingual_cell(out, pair.first, first_language);
    bilingual_cell(out, pair.second, second_language);
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</main>\n";
  page_end(out, stamp);
  return out;
}

} // namespace pactum::host
