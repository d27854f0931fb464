#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "pactum/model/document.hpp"

namespace pactum::host {

// The largest .docx file read, before anything is inflated.
inline constexpr std::size_t max_docx_bytes = std::size_t{64} * 1024 * 1024;

// A WordprocessingML file (.docx) as a Document: paragraphs; headings by style, outline level
// and numbering; automatic numbers from numbering.xml put into the text and section numbers as
// Word shows them; runs joined; tables as table cells; content controls; tracked insertions kept
// and deletions dropped; footnotes after the body. Input is untrusted: every XML part is parsed
// with no network, no entities and no DOCTYPE, the archive within the limits of zip_archive.hpp.
// Throws pactum::Error "<file>: error: …" (one line).
Document read_docx_document(std::span<const std::byte> bytes, std::string_view file_name);

} // namespace pactum::host
