#pragma once

#include <string>

#include "pactum/model/agreement.hpp"
#include "pactum/model/document.hpp"

namespace pactum::host {

// One Document of `agreement` as a WordprocessingML package (.docx), built from its blocks over
// Document::text. The title takes the Title style; headings take Heading1..3 and clauses the
// Clause style, numbered by Word itself from one multi-level list ("1.", "1.2", "1.2.3"), so
// the number is not typed into the text and renumbers when a lawyer inserts a clause. A block
// whose section number is not the one Word would give it next keeps its number as typed text
// instead, so Word never shows a number the canonical text does not have. Table cells become
// Word tables with a repeated, shaded header row; the header shows the title, the footer the
// generation stamp and "page / pages" fields. Output is deterministic: the same Agreement always
// gives the same bytes.
//
// Throws pactum::Error when a block's byte range does not lie inside Document::text, or when the
// text is not UTF-8 or holds a character XML cannot carry.
std::string render_docx(const Agreement& agreement, const Document& document);

// One Document in two languages as one Word document, side by side: the body is one table of two
// equal columns, `first_document` (the prevailing language) on the left and `second_document`
// on the right. Its head row names the languages and repeats on every page; then one row per
// block in both languages (rows are kept on one page unless long, and headings keep with the
// next row). Headings keep their styles but their numbers as typed text, and clauses their
// numbers before a tab: Word's list numbering would count both columns as one list. The
// schedules' tables are Word tables nested in each language's cell. Every run is tagged with
// its column's language. The header shows the first language's title, the footer the stamp
// lines of both (the shared line once) and the page fields.
//
// The two Documents must be the same template document generated in the two languages (see
// rendered_pairs in rendered_blocks.hpp); throws pactum::Error when they are not, and as
// render_docx does.
std::string render_docx_bilingual(const Agreement& first, const Document& first_document,
                                  const Agreement& second, const Document& second_document);

} // namespace pactum::host
