#include "render/html_renderer.hpp"

#include <set>
#include <string_view>
#include <vector>

#include "render/generation_stamp.hpp"
#include "render/markup_text.hpp"
#include "render/rendered_blocks.hpp"

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

// The one escaping routine every piece of text goes through: the five characters that could
// start markup or end an attribute.
void escape(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
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

} // namespace

std::string render_html(const Agreement& agreement, const Document& document) {
  const std::string what = "document '" + document.id + "' as HTML";
  check_markup_text(document.text, what);
  check_markup_text(document.title, what + " (its title)");
  const std::vector<RenderedBlock> blocks = rendered_blocks(document, "HTML");
  const std::vector<std::string> stamp = stamp_lines(agreement, document);

  // Ids first: the table of contents, written before the body, links to them.
  Anchors anchors;
  std::vector<std::string> ids;
  ids.reserve(blocks.size());
  for (const RenderedBlock& block : blocks) {
    const bool anchored = block.kind == RenderedBlock::Kind::heading ||
                          (block.kind == RenderedBlock::Kind::paragraph && !block.section.empty());
    ids.push_back(anchored ? anchors.take(block.section) : std::string());
  }

  std::string out;
  out.reserve(document.text.size() * 5 / 4 + style_sheet.size() + 4096);
  out += "<!DOCTYPE html>\n<html lang=\"";
  escape(out, document.language.empty() ? std::string_view("und") : document.language);
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  if (agreement.generated) {
    out += "<meta name=\"generator\" content=\"Pactum ";
    escape(out, agreement.generated->pactum_version);
    out += "\">\n";
  }
  out += "<title>";
  escape(out, document.title);
  out += "</title>\n<style>";
  out += style_sheet;
  out += "</style>\n</head>\n<body>\n<main>\n";

  std::size_t i = 0;
  if (!blocks.empty() && blocks.front().kind == RenderedBlock::Kind::title) {
    out += "<h1 class=\"title\">";
    escape_lines(out, blocks.front().full_text);
    out += "</h1>\n";
    i = 1;
  }
  std::string contents;
  for (std::size_t k = i; k < blocks.size(); ++k) {
    const RenderedBlock& block = blocks[k];
    if (block.kind != RenderedBlock::Kind::heading || block.level > 3) {
      continue;
    }
    contents +=
        "<li class=\"level-" + std::to_string(block.level) + "\"><a href=\"#" + ids[k] + "\">";
    if (!block.section.empty() && block.text != block.full_text) {
      escape(contents, shown_number(block.section));
      contents += ' ';
    }
    escape(contents, block.text);
    contents += "</a></li>\n";
  }
  if (!contents.empty()) {
    out += "<nav class=\"contents\" aria-label=\"";
    escape(out, contents_label(document.language));
    out += "\">\n<p>";
    escape(out, contents_label(document.language));
    out += "</p>\n<ol>\n" + contents + "</ol>\n</nav>\n";
  }

  bool in_list = false;
  for (; i < blocks.size(); ++i) {
    const RenderedBlock& block = blocks[i];
    if (in_list && block.kind != RenderedBlock::Kind::list_item) {
      out += "</ul>\n";
      in_list = false;
    }
    // The number as its own span, so it hangs in the margin; a block whose text does not
    // repeat its section number is written as it stands.
    const bool split = !block.section.empty() && block.text != block.full_text;
    switch (block.kind) {
    case RenderedBlock::Kind::title:
    case RenderedBlock::Kind::heading: {
      const std::string tag = "h" + std::to_string(std::min(block.level + 1, 6));
      out += "<" + tag + " id=\"" + ids[i] + "\">";
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
        out += "<p class=\"clause\" id=\"" + ids[i] + "\">";
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
      if (!in_list) {
        out += "<ul>\n";
        in_list = true;
      }
      out += "<li>";
      escape_lines(out, block.full_text);
      out += "</li>\n";
      break;
    case RenderedBlock::Kind::table:
      table(out, block.table);
      break;
    }
  }
  if (in_list) {
    out += "</ul>\n";
  }
  out += "</main>\n";
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
  return out;
}

} // namespace pactum::host
