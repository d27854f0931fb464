#pragma once

// What the plain-text and Markdown segmenters share: the input cut into lines, the canonical
// text written block by block (the generator's convention: blocks apart by "\n\n", table rows
// by "\n", cells by "\t"), and the numbering state that nests "(a)" under "2.1".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/document.hpp"
#include "readers/section_label.hpp"

namespace pactum::host {

// One line of the decoded text, without its line end ("\n", "\r\n" or "\r").
struct TextLine {
  std::string_view text;
  std::size_t begin = 0; // byte range in the decoded text
  std::size_t end = 0;
  std::size_t index = 0; // 0-based
};

std::vector<TextLine> split_lines(std::string_view text);

// Blanks at both ends off: ASCII white space and the control characters the canonical text
// never carries.
std::string_view trim_blanks(std::string_view text) noexcept;

bool is_blank_byte(char c) noexcept;

// Builds Document::text and Document::blocks. Text goes in piece by piece; runs of blanks and
// control characters (and the non-characters U+FFFE/U+FFFF, which XML cannot carry) become one
// space, and blanks at a block's ends are dropped, so a block's text is what a reader sees.
class BlockWriter {
public:
  BlockWriter(Document& document, std::string_view file_name)
      : document_(document), file_name_(file_name) {}

  // Starts a block at `line` (source.paragraph and source.begin); a started block that ends
  // with no text is dropped.
  void start(const TextLine& line);
  void append(std::string_view piece);
  // A line break inside a block: a space unless the block is still empty.
  void soft_break() noexcept { pending_space_ = true; }
  bool empty() const noexcept { return document_.text.size() == block_begin_; }
  // The block's text so far.
  std::string_view text() const noexcept {
    return std::string_view(document_.text).substr(block_begin_);
  }
  // Ends the block at `source_end` (a byte offset in the decoded text); returns its index in
  // Document::blocks, or npos when it was empty and so dropped.
  std::size_t finish(BlockKind kind, int level, std::string section, std::size_t source_end);

  // Table cells: a table starts with a block separator, each row after the first with "\n",
  // each cell after the first with "\t". Cells may be empty.
  void start_cell(const TextLine& line, std::size_t row, std::size_t column);
  void finish_cell(std::size_t table, std::size_t row, std::size_t column, bool header,
                   std::size_t source_end);

private:
  Document& document_;
  std::string file_name_;
  std::size_t separator_at_ = 0; // text size before the separator of the open block
  std::size_t block_begin_ = 0;
  std::size_t line_index_ = 0;
  std::size_t source_begin_ = 0;
  bool pending_space_ = false;
};

// The section numbers of a run of blocks: numbered sections ("2.1") stand alone; "(a)" items
// nest under the enclosing one ("2.1(a)"), and "(i)" under an open "(a)" item ("2.1(a)(i)").
class SectionTracker {
public:
  struct Placed {
    std::string section;
    int level = 1; // list nesting for depth-0 items
  };
  Placed place(const SectionLabel& label);
  // An unnumbered heading closes what was open.
  void reset() {
    enclosing_.clear();
    item_.clear();
    item_number_.clear();
    item_style_ = ItemStyle::none;
  }

  enum class ItemStyle { none, letter, roman, digit };

private:
  std::string enclosing_;   // "2.1"
  std::string item_;        // "2.1(a)", the open first-level item
  std::string item_number_; // "a"
  ItemStyle item_style_ = ItemStyle::none;
};

} // namespace pactum::host
