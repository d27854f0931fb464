#pragma once

#include <string>
#include <string_view>

namespace pactum::host::docx_parts {

// The parts of a WordprocessingML package that do not depend on a Document's words, each a
// complete UTF-8 XML part. The body, header and footer are written by docx_renderer.cpp.

inline constexpr std::string_view w_namespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view r_namespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Relationship ids of word/_rels/document.xml.rels the body refers to.
inline constexpr std::string_view header_relationship = "rIdHeader";
inline constexpr std::string_view footer_relationship = "rIdFooter";

// The numbering instance (w:numId) of the legal outline ("1.", "1.2", "1.2.3" …) and of bullets.
inline constexpr int outline_numbering = 1;
inline constexpr int bullet_numbering = 2;
inline constexpr int numbering_levels = 9;

// Word reads a bare "da" but shows and proofs by region: the region of each language the
// templates target ("da" gives "da-DK"), any other tag as it is, and "en-GB" for none.
std::string word_language(std::string_view language);

std::string content_types();
std::string package_relationships();
std::string document_relationships();
// `language`: BCP 47 ("en", "da", "zh"), set as the proofing language of every style.
std::string styles(std::string_view language);
// The outline whose levels Word numbers "%1.", "%1.%2", "%1.%2.%3" …, linked to Heading1..3,
// and a bullet list.
std::string numbering();
std::string settings(std::string_view language);
std::string core_properties(std::string_view title, std::string_view subject,
                            std::string_view creator, std::string_view language,
                            std::string_view description);
std::string app_properties();

} // namespace pactum::host::docx_parts
