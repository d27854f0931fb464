#pragma once

#include <string>

#include "pactum/model/agreement.hpp"
#include "pactum/model/document.hpp"

namespace pactum::host {

// One Document of `agreement` as CommonMark with GitHub pipe tables, built only from its blocks
// over Document::text (clauses and terms are not shown; they are ranges over the same text).
//
// Headings become ATX headings of their level (clamped to 1..6); paragraphs and list items with a
// section number start with it in bold ("**1.2** text"), headings with it as written ("1. Parties",
// "1.2 Services"); a number the text already starts with is not repeated. Consecutive table cells
// of one table become one pipe table. Text is escaped only where Markdown would read it as markup,
// never HTML-escaped. A generation stamp closes the output when `agreement.generated` is set.
//
// Throws pactum::Error when a block's byte range does not lie inside Document::text: rendering
// an agreement with a block's words silently missing would be worse than not rendering it.
std::string render_markdown(const Agreement& agreement, const Document& document);

} // namespace pactum::host
