// Markdown segmentation: enough of CommonMark and GitHub tables to read agreements written in
// Markdown (and Pactum's own Markdown output) block by block. Every search for a closing
// bracket, parenthesis or angle bracket resumes where the last one stopped, so a hostile line
// of a million "[" costs one pass, not a million.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/section_label.hpp"
#include "readers/text_layout.hpp"
#include "readers/text_segmenter.hpp"

namespace pactum::host {
namespace {

bool is_space(char c) noexcept {
  return c == ' ' || c == '\t';
}

bool is_alnum(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_ascii_punct(char c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// Link and tag searches give up past this distance: a "[" with no "](…)" near it is text.
constexpr std::size_t max_link_span = 2000;

struct InlineSearch {
  std::size_t bracket = std::string_view::npos;
  std::size_t paren = std::string_view::npos;
  std::size_t angle = std::string_view::npos;
};

// The position of the next `target` at or after `from`, remembered in `cache` so the searches
// over one string are linear in total (`cache` == size: none further right).
std::size_t next_of(std::string_view text, char target, std::size_t from, std::size_t& cache) {
  if (cache != std::string_view::npos && cache >= from) {
    return cache < text.size() ? cache : std::string_view::npos;
  }
  cache = text.find(target, from);
  if (cache == std::string_view::npos) {
    cache = text.size();
    return std::string_view::npos;
  }
  return cache;
}

// One "*" or "_" is emphasis when it opens before a word or closes after one; "snake_case" and
// "[*]" keep theirs.
bool single_emphasis(std::string_view text, std::size_t at) noexcept {
  const char before = at > 0 ? text[at - 1] : ' ';
  const char after = at + 1 < text.size() ? text[at + 1] : ' ';
  const bool opens = (is_space(before) || before == '(' || before == '"') && is_alnum(after);
  const bool closes = (is_alnum(before) || before == '.' || before == ')' || before == '"') &&
                      (is_space(after) || after == '.' || after == ',' || after == ';' ||
                       after == ':' || after == ')' || at + 1 == text.size());
  if (text[at] == '_' && is_alnum(before) && is_alnum(after)) {
    return false;
  }
  return opens || closes;
}

void strip_inline_with(std::string_view text, std::string& out, InlineSearch& search) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && is_ascii_punct(text[i + 1])) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (c == '*' || c == '_') {
      std::size_t run = i;
      while (run < text.size() && text[run] == c) {
        ++run;
      }
      if (run - i >= 2 || single_emphasis(text, i)) {
        i = run;
        continue;
      }
      out += c;
      ++i;
      continue;
    }
    if (c == '`') {
      ++i;
      continue;
    }
    if (c == '!' && i + 1 < text.size() && text[i + 1] == '[') {
      ++i; // an image reads as its alternative text
      continue;
    }
    if (c == '[') {
      const std::size_t close = next_of(text, ']', i + 1, search.bracket);
      if (close != std::string_view::npos && close - i <= max_link_span) {
        std::size_t after = close + 1;
        if (after < text.size() && text[after] == '(') {
          const std::size_t paren = next_of(text, ')', after + 1, search.paren);
          if (paren != std::string_view::npos && paren - after <= max_link_span) {
            // The label holds no "]", so no link inside it: one level deep at most.
            InlineSearch inner;
            strip_inline_with(text.substr(i + 1, close - i - 1), out, inner);
            i = paren + 1;
            continue;
          }
        }
      }
      out += c;
      ++i;
      continue;
    }
    if (c == '<') {
      const std::size_t close = next_of(text, '>', i + 1, search.angle);
      if (close != std::string_view::npos && close - i <= max_link_span) {
        const std::string_view tag = text.substr(i + 1, close - i - 1);
        if (tag == "br" || tag == "br/" || tag == "br /") {
          out += ' ';
          i = close + 1;
          continue;
        }
        if (tag.starts_with("http://") || tag.starts_with("https://") ||
            tag.starts_with("mailto:")) {
          out.append(tag);
          i = close + 1;
          continue;
        }
      }
    }
    out += c;
    ++i;
  }
}

void strip_inline(std::string_view text, std::string& out) {
  InlineSearch search;
  strip_inline_with(text, out, search);
}

std::size_t indent_of(std::string_view line) noexcept {
  std::size_t width = 0;
  for (const char c : line) {
    if (c == ' ') {
      ++width;
    } else if (c == '\t') {
      width += 4 - width % 4;
    } else {
      break;
    }
  }
  return width;
}

std::string_view left_trimmed(std::string_view line) noexcept {
  std::size_t at = 0;
  while (at < line.size() && is_space(line[at])) {
    ++at;
  }
  return line.substr(at);
}

// The number of '#' of an ATX heading, or 0.
std::size_t atx_level(std::string_view s) noexcept {
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') {
    ++hashes;
  }
  if (hashes == 0 || hashes > 6 || (hashes < s.size() && !is_space(s[hashes]))) {
    return 0;
  }
  return hashes;
}

std::string_view atx_content(std::string_view s, std::size_t level) {
  std::string_view content = trim_blanks(s.substr(level));
  // The optional closing sequence: a run of '#' after a blank (or alone).
  std::size_t end = content.size();
  while (end > 0 && content[end - 1] == '#') {
    --end;
  }
  if (end == 0) {
    return {};
  }
  if (end < content.size() && is_space(content[end - 1])) {
    content = trim_blanks(content.substr(0, end));
  }
  return content;
}

bool thematic_break(std::string_view s) noexcept {
  if (s.empty() || (s[0] != '-' && s[0] != '*' && s[0] != '_')) {
    return false;
  }
  std::size_t marks = 0;
  for (const char c : s) {
    if (c == s[0]) {
      ++marks;
    } else if (!is_space(c)) {
      return false;
    }
  }
  return marks >= 3;
}

bool setext_underline(std::string_view s, char& mark) noexcept {
  const std::string_view t = trim_blanks(s);
  if (t.empty() || (t[0] != '=' && t[0] != '-')) {
    return false;
  }
  mark = t[0];
  return t.find_first_not_of(t[0]) == std::string_view::npos;
}

struct ListMarker {
  std::size_t length = 0; // marker and the blanks after it
  bool ordered = false;
  std::size_t number_end = 0; // for ordered markers: the "1." part kept in the text
};

std::optional<ListMarker> list_marker(std::string_view s) noexcept {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && is_space(s[1])) {
    std::size_t at = 1;
    while (at < s.size() && is_space(s[at])) {
      ++at;
    }
    return ListMarker{at, false, 0};
  }
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits > 9 || digits + 1 >= s.size() ||
      (s[digits] != '.' && s[digits] != ')') || !is_space(s[digits + 1])) {
    return std::nullopt;
  }
  std::size_t at = digits + 1;
  while (at < s.size() && is_space(s[at])) {
    ++at;
  }
  return ListMarker{at, true, digits + 1};
}

bool fence(std::string_view s) noexcept {
  return s.starts_with("```") || s.starts_with("~~~");
}

bool table_separator(std::string_view s) noexcept {
  const std::string_view t = trim_blanks(s);
  if (t.empty() || t.find('-') == std::string_view::npos) {
    return false;
  }
  return t.find_first_not_of("|-: \t") == std::string_view::npos &&
         (t.find('|') != std::string_view::npos);
}

// Cells of a pipe-table row, split at unescaped '|', the outer pipes dropped.
std::vector<std::pair<std::size_t, std::size_t>> table_cells(std::string_view row) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t begin = 0;
  std::size_t end = row.size();
  while (begin < end && is_space(row[begin])) {
    ++begin;
  }
  while (end > begin && is_blank_byte(row[end - 1])) {
    --end;
  }
  if (begin < end && row[begin] == '|') {
    ++begin;
  }
  if (end > begin && row[end - 1] == '|' && (end < 2 || row[end - 2] != '\\')) {
    --end;
  }
  std::size_t start = begin;
  for (std::size_t i = begin; i < end; ++i) {
    if (row[i] == '\\') {
      ++i;
      continue;
    }
    if (row[i] == '|') {
      cells.emplace_back(start, i);
      start = i + 1;
    }
  }
  cells.emplace_back(start, end);
  return cells;
}

class MarkdownSegmenter {
public:
  MarkdownSegmenter(std::string_view text, std::string_view file_name, Document& document)
      : document_(document), writer_(document, file_name), lines_(split_lines(text)) {}

  void run() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      i = block_from(i);
    }
    choose_title();
  }

private:
  std::string_view line(std::size_t i) const { return lines_[i].text; }
  bool blank(std::size_t i) const { return trim_blanks(line(i)).empty(); }

  bool table_start(std::size_t i) const {
    return line(i).find('|') != std::string_view::npos && i + 1 < lines_.size() &&
           table_separator(line(i + 1));
  }

  // A line that begins a block of its own and so ends a paragraph or list item.
  bool interrupts(std::size_t i) const {
    const std::string_view s = left_trimmed(line(i));
    if (indent_of(line(i)) >= 4) {
      return false;
    }
    return atx_level(s) > 0 || fence(s) || thematic_break(s) || list_marker(s) ||
           s.starts_with('>') || table_start(i);
  }

  void append_inline(std::string_view text) {
    scratch_.clear();
    strip_inline(text, scratch_);
    writer_.append(scratch_);
  }

  std::size_t block_from(std::size_t i) {
    if (blank(i)) {
      return i + 1;
    }
    const std::size_t indent = indent_of(line(i));
    const std::string_view s = left_trimmed(line(i));
    if (indent < 4 && fence(s)) {
      return fenced(i, s.substr(0, 3));
    }
    if (const std::size_t level = indent < 4 ? atx_level(s) : 0; level > 0) {
      writer_.start(lines_[i]);
      append_inline(atx_content(s, level));
      finish_heading(static_cast<int>(level), lines_[i].end);
      return i + 1;
    }
    if (indent < 4 && thematic_break(s)) {
      return i + 1;
    }
    if (indent < 4 && table_start(i)) {
      return table(i);
    }
    if (const auto marker = indent < 4 || !list_indents_.empty() ? list_marker(s) : std::nullopt) {
      return list_item(i, indent, *marker);
    }
    if (indent < 4 && s.starts_with('>')) {
      return quote(i);
    }
    if (indent == 0) {
      list_indents_.clear();
    }
    return paragraph(i);
  }

  std::size_t fenced(std::size_t i, std::string_view opening) {
    std::size_t end = i + 1;
    while (end < lines_.size() && !left_trimmed(line(end)).starts_with(opening)) {
      ++end;
    }
    writer_.start(lines_[std::min(i + 1, lines_.size() - 1)]);
    for (std::size_t k = i + 1; k < end; ++k) {
      writer_.soft_break();
      writer_.append(line(k));
    }
    const std::size_t last = std::min(end, lines_.size() - 1);
    writer_.finish(BlockKind::paragraph, 0, {}, lines_[last].end);
    return end + 1;
  }

  std::size_t table(std::size_t i) {
    const std::size_t table_index = tables_++;
    std::size_t row = 0;
    std::size_t k = i;
    for (; k < lines_.size() && !blank(k) &&
           (k == i + 1 || line(k).find('|') != std::string_view::npos);
         ++k) {
      if (k == i + 1) {
        continue; // the separator
      }
      const std::string_view text = line(k);
      const auto cells = table_cells(text);
      for (std::size_t column = 0; column < cells.size(); ++column) {
        writer_.start_cell(lines_[k], row, column);
        append_inline(text.substr(cells[column].first, cells[column].second - cells[column].first));
        writer_.finish_cell(table_index, row, column, row == 0, lines_[k].end);
      }
      ++row;
    }
    return k;
  }

  // Lines after `first` that continue its block: up to a blank line or a line that starts a
  // block of its own.
  std::size_t continuation(std::size_t first) const {
    std::size_t last = first;
    while (last + 1 < lines_.size() && !blank(last + 1) && !interrupts(last + 1)) {
      ++last;
    }
    return last;
  }

  std::size_t list_item(std::size_t i, std::size_t indent, const ListMarker& marker) {
    while (!list_indents_.empty() && list_indents_.back() > indent) {
      list_indents_.pop_back();
    }
    if (list_indents_.empty() || list_indents_.back() < indent) {
      list_indents_.push_back(indent);
    }
    const int level = static_cast<int>(list_indents_.size());
    const std::string_view s = left_trimmed(line(i));
    writer_.start(lines_[i]);
    if (marker.ordered) {
      writer_.append(s.substr(0, marker.number_end));
      writer_.soft_break();
    }
    append_inline(s.substr(marker.length));
    const std::size_t last = continuation(i);
    for (std::size_t k = i + 1; k <= last; ++k) {
      writer_.soft_break();
      append_inline(left_trimmed(line(k)));
    }
    std::string section;
    if (auto label = parse_section_label(writer_.text())) {
      // Markdown lists restart at 1 under every heading: "1." there numbers an item of the
      // heading's section ("2(1)"), not section 1 of the document.
      if (label->depth == 1 && !label->keyword) {
        label->depth = 0;
      }
      section = sections_.place(*label).section;
    }
    writer_.finish(BlockKind::list_item, level, std::move(section), lines_[last].end);
    return last + 1;
  }

  std::size_t quote(std::size_t i) {
    writer_.start(lines_[i]);
    std::size_t k = i;
    for (; k < lines_.size(); ++k) {
      std::string_view s = left_trimmed(line(k));
      if (!s.starts_with('>')) {
        break;
      }
      while (s.starts_with('>')) {
        s = left_trimmed(s.substr(1));
      }
      writer_.soft_break();
      append_inline(s);
    }
    finish_paragraph(lines_[k - 1].end);
    return k;
  }

  std::size_t paragraph(std::size_t i) {
    writer_.start(lines_[i]);
    append_inline(trim_blanks(line(i)));
    std::size_t k = i + 1;
    for (; k < lines_.size() && !blank(k); ++k) {
      char mark = 0;
      if (indent_of(line(k)) < 4 && setext_underline(line(k), mark)) {
        finish_heading(mark == '=' ? 1 : 2, lines_[k].end);
        return k + 1;
      }
      if (interrupts(k)) {
        break;
      }
      writer_.soft_break();
      append_inline(trim_blanks(line(k)));
    }
    finish_paragraph(lines_[k - 1].end);
    return k;
  }

  void finish_heading(int level, std::size_t source_end) {
    std::string section;
    if (const auto label = parse_section_label(writer_.text());
        label && (label->depth > 0 || label->keyword) && label->length < writer_.text().size()) {
      section = sections_.place(*label).section;
    }
    list_indents_.clear();
    writer_.finish(BlockKind::heading, level, std::move(section), source_end);
  }

  // "**1.2** The Provider …" (Pactum's own output) and "1.2 The Provider …" carry their
  // section; "(a) …" items nest under it.
  void finish_paragraph(std::size_t source_end) {
    const auto label = parse_section_label(writer_.text());
    if (label && label->length < writer_.text().size()) {
      const SectionTracker::Placed placed = sections_.place(*label);
      if (label->depth == 0 && !label->keyword) {
        writer_.finish(BlockKind::list_item, placed.level, placed.section, source_end);
        return;
      }
      writer_.finish(BlockKind::paragraph, 0, placed.section, source_end);
      return;
    }
    writer_.finish(BlockKind::paragraph, 0, {}, source_end);
  }

  void choose_title() {
    const Block* first_heading = nullptr;
    for (const Block& block : document_.blocks) {
      if (block.kind != BlockKind::heading) {
        continue;
      }
      if (block.level == 1) {
        document_.title = std::string(document_.slice(block.begin, block.end));
        return;
      }
      first_heading = first_heading ? first_heading : &block;
    }
    if (first_heading != nullptr) {
      document_.title = std::string(document_.slice(first_heading->begin, first_heading->end));
    }
  }

  Document& document_;
  BlockWriter writer_;
  std::vector<TextLine> lines_;
  std::vector<std::size_t> list_indents_;
  SectionTracker sections_;
  std::size_t tables_ = 0;
  std::string scratch_;
};

} // namespace

void segment_markdown(std::string_view text, std::string_view file_name, Document& document) {
  MarkdownSegmenter(text, file_name, document).run();
}

} // namespace pactum::host
