#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactum/model/document.hpp"

namespace pactum::host {

// Appends blocks to a Document's canonical text, keeping byte ranges exact.
class TextBuilder {
public:
  explicit TextBuilder(Document& document) : document_(document) {}

  std::pair<std::size_t, std::size_t> block(BlockKind kind, int level, const std::string& section,
                                            std::string_view text) {
    separate("\n\n");
    const std::size_t begin = document_.text.size();
    document_.text += text;
    Block block{.kind = kind,
                .level = level,
                .section = section,
                .begin = begin,
                .end = document_.text.size()};
    document_.blocks.push_back(std::move(block));
    return {begin, document_.text.size()};
  }

  void table_row(std::size_t table, std::size_t row, bool header,
                 const std::vector<std::string>& cells) {
    separate(row == 0 ? "\n\n" : "\n");
    for (std::size_t column = 0; column < cells.size(); ++column) {
      if (column > 0) {
        document_.text += '\t';
      }
      const std::size_t begin = document_.text.size();
      document_.text += cells[column];
      document_.blocks.push_back(Block{.kind = BlockKind::table_cell,
                                       .level = 0,
                                       .section = {},
                                       .begin = begin,
                                       .end = document_.text.size(),
                                       .table = table,
                                       .row = row,
                                       .column = column,
                                       .header = header});
    }
  }

  std::size_t size() const { return document_.text.size(); }

private:
  void separate(std::string_view gap) {
    if (!document_.text.empty()) {
      document_.text += gap;
    }
  }
  Document& document_;
};

} // namespace pactum::host
