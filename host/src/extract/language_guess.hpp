#pragma once

#include <string>
#include <string_view>

namespace pactum::host {

// A first guess at a document's language from its commonest words: "en" when English function
// words ("the", "and", "shall", "of") make up a fair share of the opening text, "und" otherwise.
// Extraction only runs the patterns of a document's language, so an English agreement the
// reader could not label must still be read as English.
std::string guess_language(std::string_view text);

} // namespace pactum::host
