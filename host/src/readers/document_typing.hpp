#pragma once

#include "pactum/model/document.hpp"

namespace pactum::host {

// msa, sow, schedule, dpa, amendment or other, from the Document's title and its first
// headings and paragraphs ("Data Processing Addendum", "Statement of Work No. 3",
// "Schedule 2 – Service Levels", "Second Amendment to …", "Master Services Agreement").
// A reader sets Document::type with it once blocks and title are in place.
DocumentType classify_document(const Document& document);

} // namespace pactum::host
