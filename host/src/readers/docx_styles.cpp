#include "readers/docx_styles.hpp"

#include <set>
#include <vector>

#include "readers/docx_xml.hpp"

namespace pactum::host::docx {
namespace {

// Longer w:basedOn chains than this are cut: Word itself refuses deeper inheritance, and a
// hostile file may loop.
constexpr int longest_chain = 32;

struct RawStyle {
  std::string based_on;
  int heading_level = 0;
  bool title = false;
  std::optional<int> outline_level;
  std::optional<long> num_id;
  std::optional<int> num_level;
};

std::string lowered(std::string_view text) {
  std::string out;
  for (const char c : text) {
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

RawStyle raw_style(const xmlNode& style) {
  RawStyle raw;
  raw.based_on = child_value(style, "basedOn").value_or("");
  const std::string name = lowered(child_value(style, "name").value_or(""));
  if (name == "title") {
    raw.title = true;
  } else if (name.size() == 9 && name.starts_with("heading ") && name[8] >= '1' && name[8] <= '9') {
    raw.heading_level = name[8] - '0';
  }
  if (const xmlNode* properties = w_child(style, "pPr")) {
    if (const auto level = to_number(child_value(*properties, "outlineLvl"));
        level && *level >= 0 && *level <= 9) {
      raw.outline_level = static_cast<int>(*level);
    }
    if (const xmlNode* numbering = w_child(*properties, "numPr")) {
      raw.num_id = to_number(child_value(*numbering, "numId"));
      if (const auto level = to_number(child_value(*numbering, "ilvl"));
          level && *level >= 0 && *level <= 8) {
        raw.num_level = static_cast<int>(*level);
      }
    }
  }
  return raw;
}

} // namespace

Styles::Styles(const xmlNode* styles) {
  if (styles == nullptr) {
    return;
  }
  std::map<std::string, RawStyle, std::less<>> raw;
  for (const xmlNode* style = styles->children; style != nullptr; style = style->next) {
    if (!is_w(*style, "style") ||
        w_attribute(*style, "type").value_or("paragraph") != "paragraph") {
      continue;
    }
    std::string id = w_attribute(*style, "styleId").value_or("");
    const std::string is_default = w_attribute(*style, "default").value_or("0");
    if ((is_default == "1" || is_default == "true" || is_default == "on") && default_id_.empty()) {
      default_id_ = id;
    }
    raw.emplace(std::move(id), raw_style(*style));
  }
  for (const auto& [id, first] : raw) {
    ParagraphStyle resolved;
    bool have_heading = false;
    bool have_numbering = false;
    const RawStyle* style = &first;
    for (int step = 0; style != nullptr && step < longest_chain; ++step) {
      if (!have_heading && (style->heading_level > 0 || style->title)) {
        resolved.heading_level = style->heading_level;
        resolved.title = style->title;
        have_heading = true;
      }
      if (!resolved.outline_level && style->outline_level) {
        resolved.outline_level = style->outline_level;
      }
      if (!have_numbering && style->num_id) {
        resolved.num_id = style->num_id;
        resolved.num_level = style->num_level;
        have_numbering = true;
      }
      const auto parent = style->based_on.empty() ? raw.end() : raw.find(style->based_on);
      style = parent == raw.end() || parent->first == id ? nullptr : &parent->second;
    }
    styles_.emplace(id, resolved);
  }
}

const ParagraphStyle& Styles::paragraph(std::string_view style_id) const {
  auto found = styles_.find(style_id.empty() ? std::string_view(default_id_) : style_id);
  if (found == styles_.end() && !style_id.empty()) {
    found = styles_.find(default_id_);
  }
  return found == styles_.end() ? none_ : found->second;
}

} // namespace pactum::host::docx
