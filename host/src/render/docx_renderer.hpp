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

} // namespace pactum::host
