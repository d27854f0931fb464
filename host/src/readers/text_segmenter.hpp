#pragma once

#include <string_view>

#include "pactum/model/document.hpp"

namespace pactum::host {

// Plain text (decoded, UTF-8) into Document::text, blocks and title. A line break ends a
// paragraph at a blank line, before a line that starts with a section label or a bullet, after
// a heading line, and after a sentence that ends well short of the file's wrap width; other
// line breaks are hard wraps and read as one space. Headings: a section label with a short
// title ("1. DEFINITIONS.", "Section 2.1 Term.", "ARTICLE V"), or short all-capitals lines.
void segment_plain_text(std::string_view text, std::string_view file_name, Document& document);

// Markdown, robustly rather than completely: ATX and setext headings, bullet and ordered
// lists, pipe tables, paragraphs; block quotes and fenced code read as paragraphs; emphasis
// markers, backslash escapes and link targets dropped from the text.
void segment_markdown(std::string_view text, std::string_view file_name, Document& document);

} // namespace pactum::host
