#pragma once

#include <string_view>

namespace pactum::host {

// Throws pactum::Error naming `what` unless `text` is UTF-8 that XML 1.0 (and so WordprocessingML
// and HTML) can carry. Replacing a character instead would change the agreement's words in one
// output format and not the others; a generated text with one is a bug upstream.
void check_markup_text(std::string_view text, std::string_view what);

} // namespace pactum::host
