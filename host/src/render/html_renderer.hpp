#pragma once

#include <string>

#include "pactum/model/agreement.hpp"
#include "pactum/model/document.hpp"

namespace pactum::host {

// One Document of `agreement` as one self-contained, printable HTML page: <!DOCTYPE html>, the
// Document's language on <html lang>, UTF-8, and its CSS embedded (A4 @page margins, headings
// kept with what follows, table header rows repeated on every printed page). Nothing is fetched
// from anywhere — no fonts, scripts, images or style sheets — and there is no script at all, so
// the page works under any Content-Security-Policy that allows inline styles.
//
// Every heading and numbered clause carries an id from its section number ("s-12.3"; unique, a
// repeat gets "-2"), and a table of contents links the headings. Table cells become tables with
// a <thead> when their first row is a header row. Every piece of text is HTML-escaped; the
// generation stamp closes the page in a <footer>.
//
// Throws pactum::Error when a block's byte range does not lie inside Document::text, or when the
// text is not UTF-8 or holds a control character HTML cannot carry.
std::string render_html(const Agreement& agreement, const Document& document);

// One Document in two languages as one self-contained page, clause by clause side by side:
// `first_document` (the prevailing language, on <html lang>) on the left, `second_document` on
// the right. Both titles head the page; then one two-column table whose head names the two
// languages (repeated on every printed page) and whose every row is one block in both
// languages, each cell carrying its own lang attribute. Rows of headings and numbered clauses
// are anchored by section number as in render_html, and the contents list both languages'
// headings. The footer holds the stamp lines of both (the shared line once). The same CSS
// approach as render_html: nothing fetched, no script.
//
// The two Documents must be the same template document generated in the two languages (see
// rendered_pairs in rendered_blocks.hpp); throws pactum::Error when they are not, and as
// render_html does.
std::string render_html_bilingual(const Agreement& first, const Document& first_document,
                                  const Agreement& second, const Document& second_document);

} // namespace pactum::host
