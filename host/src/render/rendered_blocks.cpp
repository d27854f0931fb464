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

} // namespace

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
      out.push_back(std::move(rendered));
      i = last - 1;
      continue;
    }
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
