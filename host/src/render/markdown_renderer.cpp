#include "render/markdown_renderer.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "pactum/error.hpp"
#include "render/generation_stamp.hpp"

namespace pactum::host {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  const std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// The text's lines with "\r\n" and "\r" read as line breaks, each without leading or trailing
// blanks: Markdown drops them anyway, and kept they could turn a line into a code block or a hard
// line break.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      lines.push_back(trim(text.substr(start, i - start)));
      if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') {
        ++i;
      }
      start = i + 1;
    }
  }
  return lines;
}

// "&amp;", "&#38;" and "&#x26;" would be read as the character they name.
bool starts_entity(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  std::size_t digits = 0;
  if (i < text.size() && text[i] == '#') {
    ++i;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    i += hex ? 1 : 0;
    while (i < text.size() && (hex ? is_alnum(text[i]) : is_digit(text[i]))) {
      ++i;
      ++digits;
    }
  } else {
    while (i < text.size() && is_alnum(text[i])) {
      ++i;
      ++digits;
    }
  }
  return digits > 0 && i < text.size() && text[i] == ';';
}

// Characters that start emphasis, code, links, raw HTML, block quotes, strikethrough (GitHub)
// or an escape wherever they stand.
bool is_inline_markup(char c) {
  return c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
         c == '>' || c == '~';
}

void append_inline(std::string& out, std::string_view text, bool in_table) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_inline_markup(c) || (c == '&' && starts_entity(text, i)) || (in_table && c == '|')) {
      out += '\\';
    }
    out += c;
  }
}

// A line of a paragraph or list item, where "#", "-", "+", "=" and "1." / "1)" followed by a
// blank would begin a heading, a list, a thematic break or a setext underline.
void append_line(std::string& out, std::string_view line) {
  if (!line.empty() && (line[0] == '#' || line[0] == '-' || line[0] == '+' || line[0] == '=')) {
    out += '\\';
    append_inline(out, line, false);
    return;
  }
  std::size_t digits = 0;
  while (digits < line.size() && is_digit(line[digits])) {
    ++digits;
  }
  const bool list_marker = digits > 0 && digits <= 9 && digits < line.size() &&
                           (line[digits] == '.' || line[digits] == ')') &&
                           (digits + 1 == line.size() || is_blank(line[digits + 1]));
  if (list_marker) {
    out.append(line.substr(0, digits));
    out += '\\';
    append_inline(out, line.substr(digits), false);
    return;
  }
  append_inline(out, line, false);
}

// Lines joined by "\n" plus `indent` (so they stay inside a list item). The first line follows
// a prefix ("**1.2** ", "- ") when `first_at_line_start` is false, where no block can begin.
void append_lines(std::string& out, std::string_view text, bool first_at_line_start,
                  std::string_view indent) {
  const std::vector<std::string_view> lines = lines_of(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      out += '\n';
      if (!lines[i].empty()) {
        out.append(indent);
      }
    }
    if (i == 0 && !first_at_line_start) {
      append_inline(out, lines[i], false);
    } else {
      append_line(out, lines[i]);
    }
  }
}

// The text of a numbered block without the number it already starts with: "1.2 Services" with
// section "1.2" gives "Services", while "1.20 Fees" keeps its number.
std::string_view without_number(std::string_view text, std::string_view section) {
  if (section.empty() || !text.starts_with(section)) {
    return text;
  }
  std::string_view rest = text.substr(section.size());
  if (rest.starts_with('.') || rest.starts_with(')')) {
    rest.remove_prefix(1);
  }
  if (!rest.empty() && !is_blank(rest.front()) && rest.front() != '\n' && rest.front() != '\r') {
    return text;
  }
  return trim(rest);
}

std::string heading(const Block& block, std::string_view text) {
  const int level = std::clamp(block.level, 1, 6);
  std::string out(static_cast<std::size_t>(level), '#');
  out += ' ';
  std::string content;
  if (!block.section.empty()) {
    // Top-level numbers read "1. Parties", deeper ones "1.2 Services".
    append_inline(content, block.section, false);
    content += block.section.find('.') == std::string::npos ? ". " : " ";
  }
  const std::vector<std::string_view> lines = lines_of(without_number(text, block.section));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0 && !lines[i].empty()) {
      content += ' ';
    }
    append_inline(content, lines[i], false);
  }
  // A trailing run of '#' after a blank would be read as the optional closing sequence and
  // dropped ("Clause #" would lose its "#"; "C#" would not).
  const std::size_t hashes = content.find_last_not_of('#');
  const std::size_t run = hashes == std::string::npos ? 0 : hashes + 1;
  if (run < content.size() && (run == 0 || is_blank(content[run - 1]))) {
    content.insert(run, 1, '\\');
  }
  out += content;
  return out;
}

std::string numbered(const Block& block, std::string_view text, std::string_view indent) {
  std::string out;
  if (block.section.empty()) {
    append_lines(out, text, true, indent);
    return out;
  }
  out += "**";
  append_inline(out, block.section, false);
  out += "**";
  const std::string_view rest = without_number(text, block.section);
  if (!rest.empty()) {
    out += ' ';
    append_lines(out, rest, false, indent);
  }
  return out;
}

std::string list_item(const Block& block, std::string_view text) {
  // Level 1 (or 0) is the outermost list; each deeper level indents by the width of "- ".
  const std::string indent(static_cast<std::size_t>(std::max(block.level, 1) - 1) * 2, ' ');
  const std::string content_indent = indent + "  ";
  return indent + "- " + numbered(block, text, content_indent);
}

std::string cell_text(std::string_view text) {
  std::string out;
  const std::vector<std::string_view> lines = lines_of(trim(text));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      out += "<br>"; // a pipe table row is one line
    }
    append_inline(out, lines[i], true);
  }
  return out;
}

struct Cell {
  const Block* block;
  std::string_view text;
};

void append_row(std::string& out, const std::vector<std::string>& cells) {
  out += '|';
  for (const std::string& cell : cells) {
    out += cell.empty() ? " |" : ' ' + cell + " |";
  }
}

// Rows and columns are taken in index order; indices no cell uses are skipped. GitHub tables
// need exactly one header row: the first row when all its cells are headers, an empty one
// otherwise. Header cells outside it (row headers) are set in bold.
std::string table(const std::vector<Cell>& cells) {
  std::set<std::size_t> row_ids;
  std::set<std::size_t> column_ids;
  std::map<std::pair<std::size_t, std::size_t>, std::string> grid;
  for (const Cell& cell : cells) {
    row_ids.insert(cell.block->row);
    column_ids.insert(cell.block->column);
  }
  const std::size_t first_row = *row_ids.begin();
  const bool header_row = std::ranges::all_of(
      cells, [&](const Cell& cell) { return cell.block->row != first_row || cell.block->header; });
  for (const Cell& cell : cells) {
    std::string text = cell_text(cell.text);
    const bool in_header_row = header_row && cell.block->row == first_row;
    if (cell.block->header && !in_header_row && !text.empty()) {
      text = "**" + text + "**";
    }
    std::string& slot = grid[{cell.block->row, cell.block->column}];
    slot += slot.empty() || text.empty() ? text : "<br>" + text;
  }
  const auto row = [&](std::size_t r) {
    std::vector<std::string> texts;
    for (const std::size_t c : column_ids) {
      const auto found = grid.find({r, c});
      texts.push_back(found == grid.end() ? std::string() : found->second);
    }
    return texts;
  };
  std::string out;
  append_row(out, header_row ? row(first_row) : std::vector<std::string>(column_ids.size()));
  out += "\n|";
  for (std::size_t c = 0; c < column_ids.size(); ++c) {
    out += "---|";
  }
  for (const std::size_t r : row_ids) {
    if (!(header_row && r == first_row)) {
      out += '\n';
      append_row(out, row(r));
    }
  }
  return out;
}

std::string_view text_of(const Document& document, const Block& block) {
  if (block.begin > block.end || block.end > document.text.size()) {
    throw Error("cannot render document '" + document.id + "' as Markdown: a " +
                std::string(to_string(block.kind)) + " block spans bytes " +
                std::to_string(block.begin) + ".." + std::to_string(block.end) + " of a text of " +
                std::to_string(document.text.size()) + " bytes");
  }
  return document.slice(block.begin, block.end);
}

// The stamp lines every format shares, in italics, one paragraph each.
std::string stamp(const Agreement& agreement, const Document& document) {
  std::string out;
  for (const std::string& line : stamp_lines(agreement, document)) {
    out += out.empty() ? "_" : "\n\n_";
    append_inline(out, line, false);
    out += '_';
  }
  return out;
}

} // namespace

std::string render_markdown(const Agreement& agreement, const Document& document) {
  // Markdown blocks, each without its final newline; list items of one list are joined by a
  // single newline so the list stays tight, everything else by a blank line.
  struct Chunk {
    std::string text;
    bool list_item = false;
  };
  std::vector<Chunk> chunks;
  const std::vector<Block>& blocks = document.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    if (block.kind == BlockKind::table_cell) {
      std::vector<Cell> cells{{&block, text_of(document, block)}};
      while (i + 1 < blocks.size() && blocks[i + 1].kind == BlockKind::table_cell &&
             blocks[i + 1].table == block.table) {
        ++i;
        cells.push_back({&blocks[i], text_of(document, blocks[i])});
      }
      chunks.push_back({table(cells)});
      continue;
    }
    const std::string_view text = text_of(document, block);
    switch (block.kind) {
    case BlockKind::heading:
      chunks.push_back({heading(block, text)});
      break;
    case BlockKind::list_item:
      chunks.push_back({list_item(block, text), true});
      break;
    case BlockKind::paragraph:
      chunks.push_back({numbered(block, text, "")});
      break;
    case BlockKind::table_cell: // gathered into tables above
      break;
    }
  }
  chunks.push_back({stamp(agreement, document)});
  // An empty block would only add blank lines.
  std::erase_if(chunks, [](const Chunk& chunk) { return chunk.text.empty(); });

  std::string out;
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    if (i > 0) {
      out += chunks[i - 1].list_item && chunks[i].list_item ? "\n" : "\n\n";
    }
    out += chunks[i].text;
  }
  if (!out.empty()) {
    out += '\n';
  }
  return out;
}

} // namespace pactum::host
