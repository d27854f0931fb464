#pragma once

#include <string>

#include "pactum/model/agreement.hpp"

namespace pactum::host {

// The whole Agreement as one UTF-8 XML document in namespace urn:pactum:agreement:1, indented
// by two spaces, valid against schemas/agreement.xsd.
//
// Each Document's <text> holds Document::text exactly: an XML parser gives back the identical
// bytes (line breaks, "\r" as &#13;, tabs and leading or trailing blanks included), so the byte
// offsets of blocks, clauses and terms slice it as they slice the model. Attribute values round-
// trip too. Optional strings (section, qualifier, title, …) are left out when empty, so an
// absent attribute reads as the empty string; enumerations and offsets are always written.
//
// Throws pactum::Error, naming the document or field and the byte offset, when any string to be
// written is not UTF-8 or holds a character XML 1.0 cannot carry at all, not even as a character
// reference: U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE and U+FFFF. Replacing them
// instead would make <text> differ from the canonical text, and every offset that points past
// a replacement of another length would slice the wrong words; a generated agreement with such a
// character is a bug upstream, not something to paper over in one output format.
std::string render_agreement_xml(const Agreement& agreement);

} // namespace pactum::host
