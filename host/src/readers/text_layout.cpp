#include "readers/text_layout.hpp"

#include <utility>

namespace pactum::host {

std::vector<TextLine> split_lines(std::string_view text) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      // A final line end does not start one more (empty) line.
      if (i == text.size() && start == i && !lines.empty()) {
        break;
      }
      lines.push_back(TextLine{text.substr(start, i - start), start, i, lines.size()});
      if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') {
        ++i;
      }
      start = i + 1;
    }
  }
  return lines;
}

bool is_blank_byte(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  return b <= 0x20 || b == 0x7F;
}

std::string_view trim_blanks(std::string_view text) noexcept {
  std::size_t first = 0;
  while (first < text.size() && is_blank_byte(text[first])) {
    ++first;
  }
  std::size_t last = text.size();
  while (last > first && is_blank_byte(text[last - 1])) {
    --last;
  }
  return text.substr(first, last - first);
}

void BlockWriter::start(const TextLine& line) {
  separator_at_ = document_.text.size();
  if (!document_.text.empty()) {
    document_.text += "\n\n";
  }
  block_begin_ = document_.text.size();
  line_index_ = line.index;
  source_begin_ = line.begin;
  pending_space_ = false;
}

void BlockWriter::append(std::string_view piece) {
  std::string& out = document_.text;
  for (std::size_t i = 0; i < piece.size(); ++i) {
    const char c = piece[i];
    // U+FFFE and U+FFFF: EF BF BE / EF BF BF.
    const bool non_character = c == '\xEF' && i + 2 < piece.size() && piece[i + 1] == '\xBF' &&
                               (piece[i + 2] == '\xBE' || piece[i + 2] == '\xBF');
    if (is_blank_byte(c) || non_character) {
      pending_space_ = true;
      i += non_character ? 2 : 0;
      continue;
    }
    if (pending_space_ && out.size() > block_begin_) {
      out += ' ';
    }
    pending_space_ = false;
    out += c;
  }
}

std::size_t BlockWriter::finish(BlockKind kind, int level, std::string section,
                                std::size_t source_end) {
  pending_space_ = false;
  if (empty()) {
    document_.text.resize(separator_at_);
    return std::string::npos;
  }
  document_.blocks.push_back(Block{.kind = kind,
                                   .level = level,
                                   .section = std::move(section),
                                   .begin = block_begin_,
                                   .end = document_.text.size(),
                                   .source = SourceSpan{.file = file_name_,
                                                        .paragraph = line_index_,
                                                        .begin = source_begin_,
                                                        .end = source_end}});
  return document_.blocks.size() - 1;
}

void BlockWriter::start_cell(const TextLine& line, std::size_t row, std::size_t column) {
  if (column > 0) {
    document_.text += '\t';
  } else if (row > 0) {
    document_.text += '\n';
  } else if (!document_.text.empty()) {
    document_.text += "\n\n";
  }
  block_begin_ = document_.text.size();
  line_index_ = line.index;
  source_begin_ = line.begin;
  pending_space_ = false;
}

void BlockWriter::finish_cell(std::size_t table, std::size_t row, std::size_t column, bool header,
                              std::size_t source_end) {
  pending_space_ = false;
  document_.blocks.push_back(Block{.kind = BlockKind::table_cell,
                                   .level = 0,
                                   .section = {},
                                   .begin = block_begin_,
                                   .end = document_.text.size(),
                                   .table = table,
                                   .row = row,
                                   .column = column,
                                   .header = header,
                                   .source = SourceSpan{.file = file_name_,
                                                        .paragraph = line_index_,
                                                        .begin = source_begin_,
                                                        .end = source_end}});
}

namespace {

using ItemStyle = SectionTracker::ItemStyle;

bool roman_letters(std::string_view number) {
  return !number.empty() && number.find_first_not_of("ivx") == std::string_view::npos;
}

ItemStyle style_of(std::string_view number, std::string_view open_letter) {
  if (!number.empty() && number[0] >= '0' && number[0] <= '9') {
    return ItemStyle::digit;
  }
  if (!roman_letters(number)) {
    return ItemStyle::letter;
  }
  // "(i)" after "(h)", "(v)" after "(u)", "(x)" after "(w)" continue the letters.
  if (number.size() == 1 && open_letter.size() == 1 && open_letter[0] + 1 == number[0]) {
    return ItemStyle::letter;
  }
  return ItemStyle::roman;
}

} // namespace

SectionTracker::Placed SectionTracker::place(const SectionLabel& label) {
  if (label.depth > 0) {
    enclosing_ = label.number;
    item_.clear();
    item_number_.clear();
    item_style_ = ItemStyle::none;
    return {label.number, label.depth};
  }
  const ItemStyle style =
      style_of(label.number, item_style_ == ItemStyle::letter ? item_number_ : std::string());
  if (item_style_ == ItemStyle::none || style == item_style_) {
    item_ = nested_section(enclosing_, label);
    item_number_ = label.number;
    item_style_ = style;
    return {item_, 1};
  }
  return {nested_section(item_, label), 2};
}

} // namespace pactum::host
