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

} // namespace pactum::host
