#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/export.hpp"
#include "pactum/model/clause.hpp"
#include "pactum/model/source_span.hpp"

namespace pactum {

enum class DocumentType { msa, sow, schedule, dpa, amendment, kt_plan, other };

PACTUM_EXPORT std::string_view to_string(DocumentType type) noexcept;
PACTUM_EXPORT std::optional<DocumentType> parse_document_type(std::string_view text) noexcept;

enum class BlockKind { heading, paragraph, list_item, table_cell };

PACTUM_EXPORT std::string_view to_string(BlockKind kind) noexcept;

// A structural piece of the canonical text, in reading order.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;         // heading level (1 = top) or list nesting depth
  std::string section;   // "12.3" for numbered headings and items
  std::size_t begin = 0; // byte range in Document::text
  std::size_t end = 0;
  // For table cells: which table of the Document (0-based, in reading order), the row and
  // column (0-based), and whether the cell is in a header row.
  std::size_t table = 0;
  std::size_t row = 0;
  std::size_t column = 0;
  bool header = false;
  SourceSpan source;
};

// One file (or one generated document) of an Agreement. `text` is the single canonical UTF-8
// text; blocks and clauses are byte ranges over it, and every output format renders from it.
struct Document {
  std::string id; // unique within the Agreement: "msa", or the input file name
  std::string title;
  DocumentType type = DocumentType::other;
  std::string language; // BCP 47: "en", "da", "it", "zh"
  std::string text;
  std::vector<Block> blocks;
  std::vector<Clause> clauses;
  std::string source_file; // empty for generated documents
  // What the reader noticed but could read past, one line each ("read as Windows-1252: no
  // valid UTF-8"); reported beside the file, never mixed into the text.
  std::vector<std::string> warnings;

  std::string_view slice(std::size_t begin, std::size_t end) const noexcept {
    if (begin > end || end > text.size()) {
      return {};
    }
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view text_of(const Clause& clause) const noexcept {
    return slice(clause.begin, clause.end);
  }
};

} // namespace pactum
