#pragma once

#include <libxml/tree.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace pactum::host::docx {

// What a paragraph style (styles.xml) says about a paragraph, with w:basedOn chains resolved:
// the nearest style in the chain that sets a property wins.
struct ParagraphStyle {
  int heading_level = 0;            // 1..9 for "heading N" (Word stores built-in names in English)
  bool title = false;               // "Title"
  std::optional<int> outline_level; // w:outlineLvl, 0-based; 9 means body text
  std::optional<long> num_id;       // numbering the style links to (w:numPr)
  std::optional<int> num_level;     // w:ilvl in the style's w:numPr
};

class Styles {
public:
  Styles() = default;
  // `styles` is the root of styles.xml, or nullptr when the package has none.
  explicit Styles(const xmlNode* styles);

  // The style `style_id` names, or the default paragraph style when it is empty or unknown.
  const ParagraphStyle& paragraph(std::string_view style_id) const;

private:
  std::map<std::string, ParagraphStyle, std::less<>> styles_;
  std::string default_id_;
  ParagraphStyle none_;
};

} // namespace pactum::host::docx
