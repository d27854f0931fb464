#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "pactum/model/agreement.hpp"

namespace pactum::host {

// Agreement XML above this size is refused before libxml2 sees a byte. A generated agreement set
// is well under a megabyte; the densest markup costs some 25 times its size in tree and model
// (1.7 GB and 13 s for 64 MiB of empty <document>s, measured on a release build).
inline constexpr std::size_t max_agreement_xml_bytes = std::size_t{64} * 1024 * 1024;

// The inverse of render_agreement_xml: Agreement XML (namespace urn:pactum:agreement:1) back into
// the Agreement it was written from. Document texts come back byte for byte ("\r" written as
// &#13; included), so every offset slices what it sliced before, and every field the writer
// writes reads back unchanged (confidence to the thousandths the writer keeps).
//
// The input is untrusted. It is parsed from memory with no network access and no entity
// substitution, and a document with a DOCTYPE is refused outright, so no DTD, entity or
// external resource is ever loaded; libxml2's own limits (nesting 256 deep, names and comments
// of bounded length) stay in force. It is then validated against the schema at `xsd`
// (schemas/agreement.xsd; compiled once per path and shared), and finally checked for what
// the schema cannot say: block, clause and term spans inside their document's text, term
// document and clause indexes in range, fact names the model knows (or dotted plugin names).
//
// Throws pactum::Error with a one-line message:
//   FILE: error: MESSAGE              empty input, input above max_agreement_xml_bytes, or a
//                                     schema that cannot be loaded (then FILE is the schema)
//   FILE:LINE:COLUMN: error: MESSAGE  not well-formed: libxml2's first error
//   FILE:LINE: error: MESSAGE         a DOCTYPE, the first schema violation, or an
//                                     inconsistency (LINE is the offending element's)
//
// Safe to call from several threads at once; libxml2's own error output is suppressed for the
// calling thread while it runs.
Agreement read_agreement_xml(std::string_view bytes, std::string_view file_name,
                             const std::filesystem::path& xsd);

} // namespace pactum::host
