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

} // namespace pactum::host
