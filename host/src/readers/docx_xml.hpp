#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>

#include "readers/libxml_handles.hpp"

namespace pactum::host::docx {

// The WordprocessingML namespaces: transitional (what Word and LibreOffice write) and strict.
inline constexpr std::string_view w_namespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view w_strict_namespace =
    "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view mc_namespace =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

// One part of a package nobody checked, parsed with no network, no entity expansion and any
// DOCTYPE refused before its internal subset is read. Throws pactum::Error
// "<file>: error: <part>:<line>:<column>: <reason>".
XmlDoc parse_part(std::string_view xml, std::string_view file, std::string_view part);

std::string_view view(const xmlChar* text) noexcept;

// Whether `node` is the element <w:local_name> (either WordprocessingML namespace).
bool is_w(const xmlNode& node, std::string_view local_name) noexcept;
bool is_element(const xmlNode& node, std::string_view namespace_uri,
                std::string_view local_name) noexcept;

// The first child element <w:local_name>, or nullptr.
const xmlNode* w_child(const xmlNode& node, std::string_view local_name) noexcept;

// The attribute `local_name` in a WordprocessingML namespace (or in none, as some writers
// leave it), joined from however many nodes the parser made of it.
std::optional<std::string> w_attribute(const xmlNode& node, std::string_view local_name);
// An attribute in no namespace (relationships, content types).
std::optional<std::string> plain_attribute(const xmlNode& node, std::string_view local_name);

// w:val of the child <w:local_name>, if both are there.
std::optional<std::string> child_value(const xmlNode& node, std::string_view local_name);

// A decimal integer attribute value as Word writes it; nullopt when it is not one or is out of
// the range a document needs (counters and levels are small).
std::optional<long> to_number(const std::optional<std::string>& text) noexcept;

// An on/off property (<w:b/>, <w:tblHeader w:val="0"/>): present and not "0"/"false"/"off".
bool on_off(const xmlNode* property);

} // namespace pactum::host::docx
