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

// The plain-text rules for a paragraph whose formatting says nothing (a DOCX typed without
// heading styles, as many are): whether it reads as a heading — a section label with a short
// title ("1. DEFINITIONS", "Section 2.1 Term.", "ARTICLE V") or a short all-capitals line.
bool reads_as_heading(std::string_view paragraph);

// The title by the plain-text rules: among the unnumbered headings before the first numbered
// block, the first that names a document ("… AGREEMENT") and is not filing boilerplate
// ("EXHIBIT 10.1", "CONFIDENTIAL"), else the first that is not boilerplate; empty if none.
std::string choose_title(const Document& document);

// Markdown, robustly rather than completely: ATX and setext headings, bullet and ordered
// lists, pipe tables, paragraphs; block quotes and fenced code read as paragraphs; emphasis
// markers, backslash escapes and link targets dropped from the text.
void segment_markdown(std::string_view text, std::string_view file_name, Document& document);

} // namespace pactum::host
