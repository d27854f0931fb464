#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/document.hpp"

namespace pactum::host {

// The largest .txt or .md file read. Agreements are far smaller; a bigger file is refused
// before any of it is decoded, so memory stays bounded by this.
inline constexpr std::size_t max_text_bytes = std::size_t{16} * 1024 * 1024;

enum class TextEncoding { utf8, utf16le, utf16be, windows1252 };

std::string_view to_string(TextEncoding encoding) noexcept;

struct DecodedText {
  std::string text; // UTF-8, without a byte-order mark, line ends as in the input
  TextEncoding encoding = TextEncoding::utf8;
  // One line each, "<file>: warning: …" (the Windows-1252 fallback); the reader passes them on
  // to Document::warnings.
  std::vector<std::string> warnings;
};

// UTF-8 (with or without a byte-order mark); UTF-16 LE/BE when a byte-order mark says so;
// otherwise Windows-1252 — never U+FFFD in place of what the bytes meant. The five bytes
// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same
// value, as the WHATWG Encoding Standard decodes them: refusing a whole contract over one stray
// byte helps nobody, and the code point still says which byte it was. Throws pactum::Error
// "<file>: error: …" (one line) for input that is not text: NUL bytes outside UTF-16, broken
// UTF-16, more than max_text_bytes.
DecodedText decode_text(std::span<const std::byte> bytes, std::string_view file_name);

// A .txt or .md file as a Document: blocks for headings (Markdown `#` and setext headings;
// numbered, "Article"/"Section"/"§" and all-capitals title lines in plain text), paragraphs,
// list items and table cells (Markdown pipe tables), section numbers per parse_section_label,
// a title, a document type (classify_document) and warnings (a Windows-1252 fallback). Each
// block's source gives its 0-based line index and byte range in the decoded text.
Document read_text_document(std::span<const std::byte> bytes, std::string_view file_name,
                            bool markdown);

} // namespace pactum::host
