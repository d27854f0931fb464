#pragma once

#include <string>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "pactum/model/document.hpp"

namespace pactum::host {

// The lines that stamp a generated document in DOCX and HTML: what made it (Pactum, template
// and their versions), and for a document not in English that its text is a translation for
// counsel to review. Empty unless `agreement.generated` is set.
std::vector<std::string> stamp_lines(const Agreement& agreement, const Document& document);

// The stamp of a bilingual document: the lines of both language versions, in order, each line
// once (the versions share the line saying what made them).
std::vector<std::string> stamp_lines(const Agreement& first, const Document& first_document,
                                     const Agreement& second, const Document& second_document);

} // namespace pactum::host
