#include "render/rendered_blocks.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "pactum/error.hpp"

namespace pactum::host {
namespace {

std::string_view trim(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  const std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::string_view text_of(const Document& document, const Block& block, std::string_view format) {
  if (block.begin > block.end || block.end > document.text.size()) {
    throw Error("cannot render document '" + document.id + "' as " + std::string(format) + ": a " +
                std::string(to_string(block.kind)) + " block spans bytes " +
                std::to_string(block.begin) + ".." + std::to_string(block.end) + " of a text of " +
                std::to_string(document.text.size()) + " bytes");
  }
  return document.slice(block.begin, block.end);
}

RenderedTable gather_table(const Document& document, const std::vector<Block>& blocks,
                           std::size_t first, std::size_t last, std::string_view format) {
  std::set<std::size_t> row_ids;
  std::set<std::size_t> column_ids;
  for (std::size_t i = first; i < last; ++i) {
    row_ids.insert(blocks[i].row);
    column_ids.insert(blocks[i].column);
  }
  const std::size_t first_row = *row_ids.begin();
  RenderedTable table;
  table.columns = column_ids.size();
  table.header_row = std::all_of(blocks.begin() + static_cast<std::ptrdiff_t>(first),
                                 blocks.begin() + static_cast<std::ptrdiff_t>(last),
                                 [&](const Block& b) { return b.row != first_row || b.header; });
  std::map<std::size_t, std::size_t> row_at;
  std::map<std::size_t, std::size_t> column_at;
  for (const std::size_t r : row_ids) {
    row_at.emplace(r, row_at.size());
  }
  for (const std::size_t c : column_ids) {
    column_at.emplace(c, column_at.size());
  }
  table.rows.assign(row_ids.size(), std::vector<std::string>(table.columns));
  for (std::size_t i = first; i < last; ++i) {
    const std::string_view text = trim(text_of(document, blocks[i], format));
    std::string& slot = table.rows[row_at[blocks[i].row]][column_at[blocks[i].column]];
    if (!slot.empty() && !text.empty()) {
      slot += '\n'; // two cells in one place: keep both
    }
    slot += text;
  }
  return table;
}

bool corresponds(const Block& a, const Block& b) {
  if (a.kind != b.kind || a.section != b.section) {
    return false;
  }
  switch (a.kind) {
  case BlockKind::heading:
  case BlockKind::list_item:
    return a.level == b.level;
  case BlockKind::table_cell:
    return a.table == b.table && a.row == b.row && a.column == b.column && a.header == b.header;
  case BlockKind::paragraph:
    break;
  }
  return true;
}

// "heading 2 '3'", "table cell 1:2:0": enough to find the block, on one line.
std::string describe(const Block& block) {
  std::string out(to_string(block.kind));
  if (block.kind == BlockKind::heading || block.kind == BlockKind::list_item) {
    out += " " + std::to_string(block.level);
  }
  if (block.kind == BlockKind::table_cell) {
    out += " " + std::to_string(block.table) + ":" + std::to_string(block.row) + ":" +
           std::to_string(block.column) + (block.header ? " (header)" : "");
  }
  if (!block.section.empty()) {
    out += " '";
    for (const char c : block.section) {
      out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
    out += "'";
  }
  return out;
}

// A block of one language standing in for one the other language left empty.
RenderedBlock blank_like(const RenderedBlock& block) {
  RenderedBlock blank;
  blank.kind = block.kind;
  blank.level = block.level;
  blank.section = block.section;
  blank.block = block.block;
  return blank;
}

} // namespace

std::vector<RenderedPair> rendered_pairs(const Document& first, const Document& second,
                                         std::string_view format) {
  const auto refuse = [&](const std::string& why) {
    throw Error("cannot render document '" + first.id + "' (" + first.language + ") beside '" +
                second.id + "' (" + second.language + ") as bilingual " + std::string(format) +
                ": they are not one document in two languages (" + why + ")");
  };
  if (first.blocks.size() != second.blocks.size()) {
    refuse(std::to_string(first.blocks.size()) + " blocks against " +
           std::to_string(second.blocks.size()));
  }
  for (std::size_t i = 0; i < first.blocks.size(); ++i) {
    if (!corresponds(first.blocks[i], second.blocks[i])) {
      refuse("block " + std::to_string(i) + " is a " + describe(first.blocks[i]) + " against a " +
             describe(second.blocks[i]));
    }
  }
  std::vector<RenderedBlock> left = rendered_blocks(first, format);
  std::vector<RenderedBlock> right = rendered_blocks(second, format);
  std::vector<RenderedPair> pairs;
  pairs.reserve(std::max(left.size(), right.size()));
  std::size_t l = 0;
  std::size_t r = 0;
  while (l < left.size() || r < right.size()) {
    if (r == right.size() || (l < left.size() && left[l].block < right[r].block)) {
      RenderedBlock blank = blank_like(left[l]);
      pairs.push_back({std::move(left[l++]), std::move(blank)});
    } else if (l == left.size() || right[r].block < left[l].block) {
      RenderedBlock blank = blank_like(right[r]);
      pairs.push_back({std::move(blank), std::move(right[r++])});
    } else {
      pairs.push_back({std::move(left[l++]), std::move(right[r++])});
    }
  }
  return pairs;
}

bool as_records(const RenderedTable& table) {
  constexpr std::size_t widest_half_page_table = 3;
  return table.header_row && table.columns > widest_half_page_table && table.rows.size() > 1;
}

std::string language_name(std::string_view language) {
  const std::string_view primary = language.substr(0, language.find_first_of("-_"));
  if (primary == "da") {
    return "Dansk";
  }
  if (primary == "en") {
    return "English";
  }
  if (primary == "it") {
    return "Italiano";
  }
  if (primary == "zh") {
    return "\xE4\xB8\xAD\xE6\x96\x87"; // 中文
  }
  return std::string(language);
}

std::string_view without_section_number(std::string_view text, std::string_view section) {
  if (section.empty() || !text.starts_with(section)) {
    return text;
  }
  std::string_view rest = text.substr(section.size());
  if (rest.starts_with('.') || rest.starts_with(')')) {
    rest.remove_prefix(1);
  }
  if (!rest.empty() && rest.front() != ' ' && rest.front() != '\t' && rest.front() != '\n' &&
      rest.front() != '\r') {
    return text;
  }
  return trim(rest);
}

std::vector<RenderedBlock> rendered_blocks(const Document& document, std::string_view format) {
  const std::vector<Block>& blocks = document.blocks;
  std::vector<RenderedBlock> out;
  // A generated document opens with its title as an unnumbered level-1 heading; its other
  // headings start at level 2, and are level 1 below the title.
  const bool titled = !blocks.empty() && blocks.front().kind == BlockKind::heading &&
                      blocks.front().level <= 1 && blocks.front().section.empty();
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    RenderedBlock rendered;
    if (block.kind == BlockKind::table_cell) {
      std::size_t last = i + 1;
      while (last < blocks.size() && blocks[last].kind == BlockKind::table_cell &&
             blocks[last].table == block.table) {
        ++last;
      }
      rendered.kind = RenderedBlock::Kind::table;
      rendered.table = gather_table(document, blocks, i, last, format);
      rendered.block = i;
      out.push_back(std::move(rendered));
      i = last - 1;
      continue;
    }
    rendered.block = i;
    rendered.full_text = trim(text_of(document, block, format));
    rendered.section = block.section;
    rendered.text = without_section_number(rendered.full_text, block.section);
    switch (block.kind) {
    case BlockKind::heading:
      if (titled && i == 0) {
        rendered.kind = RenderedBlock::Kind::title;
        rendered.level = 0;
      } else {
        rendered.kind = RenderedBlock::Kind::heading;
        rendered.level = std::max(1, block.level - (titled ? 1 : 0));
      }
      break;
    case BlockKind::list_item:
      rendered.kind = RenderedBlock::Kind::list_item;
      rendered.level = std::max(1, block.level);
      break;
    case BlockKind::paragraph:
    case BlockKind::table_cell:
      rendered.kind = RenderedBlock::Kind::paragraph;
      break;
    }
    if (rendered.full_text.empty() && rendered.kind != RenderedBlock::Kind::title) {
      continue; // an empty block would only add space
    }
    out.push_back(std::move(rendered));
  }
  return out;
}

} // namespace pactum::host
