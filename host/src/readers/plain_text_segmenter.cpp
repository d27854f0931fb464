// Plain-text segmentation, tuned on SEC exhibit agreements (CUAD): one paragraph per line with
// blank lines between, some hard-wrapped, indented with spaces, page numbers and "Source:"
// lines between the pages. Every rule looks at one line and its neighbours, so the whole pass
// is linear in the input.

#include <algorithm>
#include <array>
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

bool is_upper(char c) noexcept {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) noexcept {
  return c >= 'a' && c <= 'z';
}

char lower(char c) noexcept {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_lower(std::string_view word, std::string_view lowered) noexcept {
  if (word.size() != lowered.size()) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(word[i]) != lowered[i]) {
      return false;
    }
  }
  return true;
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) noexcept {
  return std::ranges::any_of(words, [&](std::string_view w) { return equals_lower(word, w); });
}

// Calls `each(word)` for the blank-separated words of `text`, stopping when it returns false.
template <typename Each> void for_each_word(std::string_view text, Each each) {
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && is_blank_byte(text[at])) {
      ++at;
    }
    std::size_t end = at;
    while (end < text.size() && !is_blank_byte(text[end])) {
      ++end;
    }
    if (end > at && !each(text.substr(at, end - at))) {
      return;
    }
    at = end;
  }
}

std::string_view last_word(std::string_view text) noexcept {
  std::size_t end = text.size();
  while (end > 0 && is_blank_byte(text[end - 1])) {
    --end;
  }
  std::size_t begin = end;
  while (begin > 0 && !is_blank_byte(text[begin - 1])) {
    --begin;
  }
  return text.substr(begin, end - begin);
}

struct Shape {
  std::size_t upper = 0;
  std::size_t lower = 0;
  std::size_t words = 0;
  std::size_t chars = 0; // non-blank bytes
};

// Stops counting past `limit` bytes: shapes decide about short lines only.
Shape shape_of(std::string_view text, std::size_t limit = 400) {
  Shape shape;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
    const char c = text[i];
    if (is_blank_byte(c)) {
      in_word = false;
      continue;
    }
    shape.words += in_word ? 0 : 1;
    in_word = true;
    ++shape.chars;
    shape.upper += is_upper(c) ? 1 : 0;
    shape.lower += is_lower(c) ? 1 : 0;
  }
  if (text.size() > limit) {
    shape.chars = text.size();
  }
  return shape;
}

bool ends_sentence(std::string_view text) noexcept {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == '"' || text[end - 1] == ')' || text[end - 1] == '\'')) {
    --end;
  }
  if (end >= 3 && text.substr(end - 3, 3) == "\xE2\x80\x9D") { // closing curly quote
    end -= 3;
  }
  if (end == 0) {
    return false;
  }
  const char c = text[end - 1];
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

// A short line of capitals: "MASTER SERVICES AGREEMENT", "RECITALS", "CONSULTANT'S OBLIGATIONS".
// Not a signature line ("ACME INC.,").
bool caps_line(std::string_view text) {
  const Shape shape = shape_of(text);
  return shape.lower == 0 && shape.upper >= 2 && shape.words <= 16 && shape.chars <= 120 &&
         !text.ends_with(',') && !text.ends_with(';');
}

// Sentence punctuation inside `text` with more text after it ("Term. The term of …"), which
// makes a labelled line a numbered paragraph rather than a heading. "U.S." and "No. 2" do not
// count.
bool has_inner_sentence_break(std::string_view text) {
  static constexpr std::array<std::string_view, 8> abbreviations = {"no.",  "inc.", "co.", "corp.",
                                                                    "ltd.", "st.",  "vs.", "e.g."};
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (is_blank_byte(text[i])) {
      word_begin = i + 1;
      continue;
    }
    const char c = text[i];
    if ((c != '.' && c != ':' && c != ';' && c != '!' && c != '?') || !is_blank_byte(text[i + 1])) {
      continue;
    }
    const std::string_view word = text.substr(word_begin, i + 1 - word_begin);
    const bool abbreviation = c == '.' && (word.find('.') < word.size() - 1 || word.size() <= 2 ||
                                           one_of(word, abbreviations));
    // Callers pass trimmed text, so a blank after the mark means more text follows.
    if (!abbreviation) {
      return true;
    }
  }
  return false;
}

// The title after a section label: short, one phrase, in capitals or title case ("Term and
// Termination.", "DEFINITIONS", "Fees") — not the start of a sentence ("The Provider shall…").
bool title_text(std::string_view text) {
  static constexpr std::array<std::string_view, 26> small_words = {
      "a",     "an",   "and",  "and/or",  "as", "at",  "but", "by",  "for",
      "from",  "in",   "into", "of",      "on", "or",  "per", "the", "to",
      "under", "upon", "with", "without", "vs", "via", "nor", "its"};
  const Shape shape = shape_of(text);
  if (shape.words == 0 || shape.words > 12 || shape.chars > 100 || shape.upper == 0 ||
      text.ends_with(',') || text.ends_with(';') || has_inner_sentence_break(text)) {
    return false;
  }
  bool title = true;
  for_each_word(text, [&](std::string_view word) {
    if (is_lower(word[0])) {
      std::size_t end = word.size();
      while (end > 0 && !is_lower(word[end - 1]) && word[end - 1] != '/') {
        --end;
      }
      title = one_of(word.substr(0, end), small_words);
    }
    return title;
  });
  return title;
}

// "• ", "- ", "* ", "· ", "▪ " before an item: the marker's length with its blanks, or 0.
std::size_t bullet_length(std::string_view text) noexcept {
  static constexpr std::array<std::string_view, 6> bullets = {
      "\xE2\x80\xA2", "-", "*", "\xC2\xB7", "\xE2\x96\xAA", "\xEF\x82\xB7"};
  for (const std::string_view bullet : bullets) {
    if (text.starts_with(bullet) && text.size() > bullet.size() + 1 &&
        is_blank_byte(text[bullet.size()])) {
      std::size_t at = bullet.size();
      while (at < text.size() && is_blank_byte(text[at])) {
        ++at;
      }
      return at;
    }
  }
  return 0;
}

// "-----", "_____", "=====", "* * *": separators that carry no text.
bool rule_line(std::string_view text) noexcept {
  if (text.size() < 3) {
    return false;
  }
  return std::ranges::all_of(text, [](char c) {
    return c == '-' || c == '_' || c == '=' || c == '*' || c == '~' || is_blank_byte(c);
  });
}

// Words a hard-wrapped line may end with right before a number that is a reference, not a
// label ("as set out in Section\n12.3 …").
bool ends_with_reference_word(std::string_view text) {
  static constexpr std::array<std::string_view, 26> words = {
      "section",   "sections",   "article", "articles", "clause", "clauses", "\xC2\xA7",
      "paragraph", "paragraphs", "and",     "or",       "of",     "to",      "in",
      "under",     "by",         "with",    "the",      "a",      "than",    "see",
      "per",       "at",         "for",     "from",     "item"};
  return one_of(last_word(text), words);
}

struct LineInfo {
  std::string_view text; // trimmed
  bool blank = false;
  std::optional<SectionLabel> label;
  std::size_t bullet = 0;
};

bool numbered(const SectionLabel& label) noexcept {
  return label.depth > 0 || label.keyword;
}

// A page number ("2", "- 3 -" is not caught) looks like a label with nothing after it.
bool bare_number(const LineInfo& line) noexcept {
  return line.label && !line.label->keyword && line.label->length >= line.text.size();
}

// A line that is a heading on its own: a label with a title, or "ARTICLE V" alone.
bool labelled_heading(const LineInfo& line) {
  if (!line.label || !numbered(*line.label) || bare_number(line)) {
    return false;
  }
  const std::string_view rest = line.text.substr(line.label->length);
  return rest.empty() ? line.label->keyword : title_text(rest);
}

// The wrap width of a hard-wrapped file: the 90th percentile of line lengths, when most lines
// are no longer than a typewriter page; 0 for files that keep a paragraph on one line.
std::size_t wrap_width(const std::vector<LineInfo>& lines) {
  constexpr std::size_t cap = 1000;
  std::vector<std::size_t> counts(cap + 1, 0);
  std::size_t total = 0;
  for (const LineInfo& line : lines) {
    if (!line.blank) {
      ++counts[std::min(line.text.size(), cap)];
      ++total;
    }
  }
  if (total < 5) {
    return 0;
  }
  std::size_t seen = 0;
  for (std::size_t length = 0; length <= cap; ++length) {
    seen += counts[length];
    if (seen * 10 >= total * 9) {
      return length <= 100 ? length : 0;
    }
  }
  return 0;
}

bool starts_lower(std::string_view text) noexcept {
  return !text.empty() && is_lower(text[0]);
}

// Boilerplate of SEC filings that sits above the real title.
bool boilerplate_title(std::string_view text) {
  // A page number may share the line: "1      EXHIBIT 10.26".
  const std::size_t digits = text.find_first_not_of("0123456789");
  if (digits != std::string_view::npos && digits > 0 && is_blank_byte(text[digits])) {
    text = trim_blanks(text.substr(digits));
  }
  const std::string_view first = text.substr(0, text.find(' '));
  static constexpr std::array<std::string_view, 6> words = {"exhibit", "confidential", "redacted",
                                                            "source:", "execution",    "[*]"};
  if (!one_of(first, words)) {
    return !std::ranges::any_of(text, [](char c) { return is_upper(c) || is_lower(c); });
  }
  // "EXHIBIT 10.1" is the filing's label; "EXHIBIT B – SERVICE LEVELS" may be the title.
  const std::string_view rest = trim_blanks(text.substr(first.size()));
  return !equals_lower(first, "exhibit") || rest.empty() || (rest[0] >= '0' && rest[0] <= '9');
}

bool names_a_document(std::string_view text) {
  static constexpr std::array<std::string_view, 18> nouns = {
      "agreement", "amendment", "addendum",   "contract", "statement", "order",
      "schedule",  "annex",     "appendix",   "exhibit",  "license",   "licence",
      "lease",     "terms",     "memorandum", "plan",     "vertrag",   "deed"};
  bool found = false;
  for_each_word(text, [&](std::string_view word) {
    std::size_t end = word.size();
    while (end > 0 && !is_upper(word[end - 1]) && !is_lower(word[end - 1])) {
      --end;
    }
    found = one_of(word.substr(0, end), nouns);
    return !found;
  });
  return found;
}

// Headings that open a part of a contract, never its title.
bool section_word(std::string_view text) {
  static constexpr std::array<std::string_view, 10> words = {
      "recitals",   "witnesseth",  "between",  "whereas",           "purpose",
      "background", "definitions", "preamble", "table of contents", "contents"};
  if (text.ends_with(':')) {
    return true;
  }
  std::string letters;
  for (const char c : text) {
    if (is_upper(c) || is_lower(c) || c == ' ') {
      letters += lower(c);
    }
  }
  return one_of(trim_blanks(letters), words);
}

// The title: among the unnumbered headings before the first numbered block (at most the first
// 25 blocks), the first that names a document and is not filing boilerplate, else the first
// that is not boilerplate.
std::string title_among_headings(const Document& document) {
  const std::size_t first_numbered = static_cast<std::size_t>(std::distance(
      document.blocks.begin(), std::ranges::find_if(document.blocks, [](const Block& block) {
        return !block.section.empty() && block.kind != BlockKind::list_item;
      })));
  const std::size_t limit = std::min({document.blocks.size(), first_numbered, std::size_t{25}});
  std::optional<std::size_t> fallback;
  for (std::size_t i = 0; i < limit; ++i) {
    const Block& block = document.blocks[i];
    if (block.kind != BlockKind::heading || !block.section.empty()) {
      continue;
    }
    const std::string_view text = document.slice(block.begin, block.end);
    if (boilerplate_title(text)) {
      continue;
    }
    if (names_a_document(text)) {
      return std::string(text);
    }
    if (!fallback && !section_word(text)) {
      fallback = i;
    }
  }
  if (fallback) {
    const Block& block = document.blocks[*fallback];
    return std::string(document.slice(block.begin, block.end));
  }
  return {};
}

// Some text exports flatten a page onto one line and mark its paragraphs with runs of blanks
// ("AGREEMENT   This Agreement is made …   1. Term:   (a) This Agreement shall …"). In a long
// line, a run of three or more blanks ends a line of its own — unless all before it is a label
// ("1.      TERM OF AGREEMENT").
constexpr std::size_t flattened_line_bytes = 300;

std::vector<TextLine> unflattened(std::vector<TextLine> lines) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (const TextLine& line : lines) {
    if (trim_blanks(line.text).size() <= flattened_line_bytes) {
      out.push_back(line);
      continue;
    }
    const std::string_view text = line.text;
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
      if (!is_blank_byte(text[i])) {
        ++i;
        continue;
      }
      std::size_t run_end = i;
      while (run_end < text.size() && is_blank_byte(text[run_end])) {
        ++run_end;
      }
      const std::string_view before =
          run_end - i >= 3 ? trim_blanks(text.substr(start, i - start)) : std::string_view();
      const auto label = before.empty() ? std::nullopt : parse_section_label(before);
      if (!before.empty() && run_end < text.size() && !(label && label->length >= before.size())) {
        out.push_back(TextLine{text.substr(start, i - start), line.begin + start, line.begin + i,
                               line.index});
        start = run_end;
      }
      i = run_end;
    }
    out.push_back(
        TextLine{text.substr(start), line.begin + start, line.begin + text.size(), line.index});
  }
  return out;
}

class PlainTextSegmenter {
public:
  PlainTextSegmenter(std::string_view text, std::string_view file_name, Document& document)
      : document_(document), writer_(document, file_name), lines_(unflattened(split_lines(text))) {
    infos_.reserve(lines_.size());
    for (const TextLine& line : lines_) {
      LineInfo info;
      info.text = trim_blanks(line.text);
      info.blank = info.text.empty() || rule_line(info.text);
      if (!info.blank) {
        info.label = parse_section_label(info.text);
        info.bullet = info.label ? 0 : bullet_length(info.text);
      }
      infos_.push_back(info);
    }
    wrap_ = wrap_width(infos_);
  }

  void run() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      if (infos_[i].blank) {
        ++i;
        continue;
      }
      i = group_from(i);
    }
    document_.title = title_among_headings(document_);
  }

private:
  bool splits(std::size_t previous, std::size_t current, bool all_caps_so_far) const {
    const LineInfo& p = infos_[previous];
    const LineInfo& c = infos_[current];
    if ((c.label && !bare_number(c)) || c.bullet > 0) {
      return !ends_with_reference_word(p.text);
    }
    if (ends_sentence(p.text) && (wrap_ == 0 || p.text.size() * 10 < wrap_ * 7)) {
      return true;
    }
    // "RECITALS" right above "WHEREAS, the Client …"
    return all_caps_so_far && shape_of(c.text).lower > 0;
  }

  // One block from the lines starting at `first`; returns the line after it.
  std::size_t group_from(std::size_t first) {
    const LineInfo& head = infos_[first];
    std::size_t last = first;
    bool all_caps = caps_line(head.text);
    const bool heading_line = labelled_heading(head);
    if (!heading_line && !bare_number(head)) {
      for (std::size_t next = first + 1; next < lines_.size(); ++next) {
        if (infos_[next].blank) {
          // A paragraph cut by a page break: the next text line carries on in lower case.
          std::size_t after = next;
          while (after < lines_.size() && infos_[after].blank) {
            ++after;
          }
          if (after < lines_.size() && !all_caps && starts_lower(infos_[after].text) &&
              !ends_sentence(infos_[last].text) && !infos_[after].label) {
            last = after;
            next = after;
            continue;
          }
          break;
        }
        if (splits(last, next, all_caps)) {
          break;
        }
        all_caps = all_caps && caps_line(infos_[next].text);
        last = next;
      }
    }
    write(first, last, heading_line, all_caps);
    return last + 1;
  }

  void write(std::size_t first, std::size_t last, bool heading_line, bool all_caps) {
    const LineInfo& head = infos_[first];
    writer_.start(lines_[first]);
    writer_.append(head.text.substr(head.bullet));
    for (std::size_t i = first + 1; i <= last; ++i) {
      if (!infos_[i].blank) {
        writer_.soft_break();
        writer_.append(infos_[i].text);
      }
    }
    const std::size_t source_end = lines_[last].end;
    if (head.bullet > 0) {
      writer_.finish(BlockKind::list_item, 1, {}, source_end);
    } else if (head.label && !bare_number(head)) {
      const SectionTracker::Placed placed = sections_.place(*head.label);
      if (!numbered(*head.label)) {
        writer_.finish(BlockKind::list_item, placed.level, placed.section, source_end);
      } else if (heading_line) {
        writer_.finish(BlockKind::heading, std::clamp(placed.level, 1, 6), placed.section,
                       source_end);
      } else {
        writer_.finish(BlockKind::paragraph, 0, placed.section, source_end);
      }
    } else if (all_caps && shape_of(writer_.text()).words <= 20 && writer_.text().size() <= 160) {
      writer_.finish(BlockKind::heading, 1, {}, source_end);
    } else if (first == last && title_text(head.text) && !ends_sentence(head.text) &&
               (document_.blocks.empty() ||
                (document_.blocks.size() < 8 && names_a_document(head.text)))) {
      // "Master Services Agreement" in title case on the first line, or near the top under
      // "Exhibit 10.43".
      writer_.finish(BlockKind::heading, 1, {}, source_end);
    } else {
      writer_.finish(BlockKind::paragraph, 0, {}, source_end);
    }
  }

  Document& document_;
  BlockWriter writer_;
  std::vector<TextLine> lines_;
  std::vector<LineInfo> infos_;
  std::size_t wrap_ = 0;
  SectionTracker sections_;
};

} // namespace

void segment_plain_text(std::string_view text, std::string_view file_name, Document& document) {
  PlainTextSegmenter(text, file_name, document).run();
}

bool reads_as_heading(std::string_view paragraph) {
  LineInfo line;
  line.text = trim_blanks(paragraph);
  line.label = parse_section_label(line.text);
  line.bullet = bullet_length(line.text);
  if (line.text.empty() || line.bullet > 0) {
    return false;
  }
  if (line.label) {
    return labelled_heading(line);
  }
  return caps_line(line.text) && shape_of(line.text).words <= 20 && line.text.size() <= 160;
}

std::string choose_title(const Document& document) {
  return title_among_headings(document);
}

} // namespace pactum::host
