#include "readers/docx_reader.hpp"

#include <libxml/tree.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <map>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pactum/error.hpp"
#include "readers/document_typing.hpp"
#include "readers/docx_numbering.hpp"
#include "readers/docx_styles.hpp"
#include "readers/docx_xml.hpp"
#include "readers/libxml_errors.hpp"
#include "readers/libxml_handles.hpp"
#include "readers/section_label.hpp"
#include "readers/text_segmenter.hpp"
#include "readers/zip_archive.hpp"
#include "text/utf8.hpp"

namespace pactum::host {
namespace {

using namespace docx;

constexpr std::string_view relationship_base =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr std::string_view strict_relationship_base =
    "http://purl.oclc.org/ooxml/officeDocument/relationships/";
constexpr std::string_view main_content_type_prefix =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
// A title longer than this is a paragraph, not a title.
constexpr std::size_t longest_title = 200;

// The relationship type's last segment ("officeDocument", "footnotes"), in either namespace.
std::string_view relationship_kind(std::string_view type) noexcept {
  for (const std::string_view base : {relationship_base, strict_relationship_base}) {
    if (type.starts_with(base)) {
      return type.substr(base.size());
    }
  }
  return {};
}

// A relationship target resolved against the folder of the part it belongs to, as a zip entry
// name: "../media/x" and "/word/document.xml" both resolved, never a file system path.
std::string resolve_target(std::string_view folder, std::string_view target) {
  std::vector<std::string_view> segments;
  std::string joined;
  if (!target.starts_with('/')) {
    joined = std::string(folder);
  }
  joined += target;
  std::string_view rest = joined;
  while (!rest.empty()) {
    const std::size_t slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (segment.empty() || segment == ".") {
      continue;
    }
    if (segment == "..") {
      if (!segments.empty()) {
        segments.pop_back();
      }
      continue;
    }
    segments.push_back(segment);
  }
  std::string name;
  for (const std::string_view segment : segments) {
    name += (name.empty() ? "" : "/") + std::string(segment);
  }
  return name;
}

std::string folder_of(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// Paragraph text made fit for the canonical text: no blank line inside a block (that would
// split it), ends trimmed. With `single_line`, for table cells, every break is a space.
std::string canonical(std::string_view text, bool single_line) {
  std::string out;
  out.reserve(text.size());
  bool pending_break = false;
  bool pending_space = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || (single_line && c == '\t')) {
      if (single_line) {
        pending_space = true;
      } else {
        pending_break = true;
      }
      continue;
    }
    if (c == ' ' && out.empty()) {
      continue;
    }
    if (!out.empty()) {
      if (pending_break) {
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
          out.pop_back();
        }
        out += '\n';
      } else if (pending_space && out.back() != ' ') {
        out += ' ';
      }
    }
    pending_break = false;
    pending_space = false;
    if (c == '\t' && out.empty()) {
      continue;
    }
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t' || out.back() == '\n')) {
    out.pop_back();
  }
  return out;
}

// w:sym: a character by code point; symbol fonts put theirs in the private use area
// (F020–F0FF), which means nothing without the font, so those are left out.
void append_symbol(std::string& out, const xmlNode& symbol) {
  const std::string code_text = w_attribute(symbol, "char").value_or("");
  std::uint32_t code = 0;
  if (code_text.empty() || code_text.size() > 6) {
    return;
  }
  for (const char c : code_text) {
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) {
      return;
    }
    code = code * 16 + static_cast<std::uint32_t>(digit);
  }
  if (code < 0x20 || (code >= 0xD800 && code < 0xE000) || (code >= 0xE000 && code < 0xF900) ||
      code > 0x10FFFF) {
    return;
  }
  append_utf8(out, code);
}

// The section an automatic number stands for. Word's labels are numbers by construction, so a
// bare "12" (which typed text could mean "12 days") is a section here.
std::optional<SectionLabel> label_of_number(std::string_view shown) {
  if (auto label = parse_section_label(std::string(shown) + " X")) {
    return label;
  }
  std::string_view number = shown;
  while (!number.empty() && (number.back() == '.' || number.back() == ')')) {
    number.remove_suffix(1);
  }
  if (number.empty() || number.size() > 40 || number.front() == '.' || number.back() == '.' ||
      number.find("..") != std::string_view::npos ||
      number.find_first_not_of("0123456789.") != std::string_view::npos) {
    return std::nullopt;
  }
  SectionLabel label;
  label.number = std::string(number);
  label.depth = static_cast<int>(std::count(number.begin(), number.end(), '.')) + 1;
  label.length = shown.size();
  return label;
}

// The package's parts the reader uses, found through its relationships.
struct Parts {
  std::string main;
  std::string styles;
  std::string numbering;
  std::string footnotes;
  std::string endnotes;
};

class DocxReader {
public:
  DocxReader(std::span<const std::byte> bytes, std::string_view file_name)
      : file_(file_name), archive_(bytes, file_name) {}

  Document read() {
    const Parts parts = find_parts();
    const XmlDoc main = parse(parts.main);
    const XmlDoc styles_doc = parse_optional(parts.styles);
    const XmlDoc numbering_doc = parse_optional(parts.numbering);
    const XmlDoc footnotes_doc = parse_optional(parts.footnotes);
    const XmlDoc endnotes_doc = parse_optional(parts.endnotes);
    styles_ = Styles(root_of(styles_doc));
    numbering_ = Numbering(root_of(numbering_doc));
    collect_notes(root_of(footnotes_doc), footnotes_);
    collect_notes(root_of(endnotes_doc), endnotes_);

    const xmlNode* root = xmlDocGetRootElement(main.get());
    const xmlNode* body =
        root != nullptr && is_w(*root, "document") ? w_child(*root, "body") : nullptr;
    if (body == nullptr) {
      fail(shortened(one_line(parts.main), 100) +
           " is not a WordprocessingML document (no w:body)");
    }
    document_.id = file_;
    document_.source_file = file_;
    document_.language = "und";
    blocks(*body);
    promote_plain_headings();
    notes();
    if (document_.title.empty()) {
      document_.title = choose_title(document_);
    }
    if (document_.title.empty()) {
      document_.title = fallback_title();
    }
    document_.type = classify_document(document_);
    return std::move(document_);
  }

private:
  struct Note {
    const xmlNode* node = nullptr;
    std::size_t marker = 0; // 0 until referenced
  };
  using Notes = std::map<std::string, Note, std::less<>>;

  [[noreturn]] void fail(const std::string& reason) const {
    throw Error(file_ + ": error: " + reason);
  }

  // ---- the package --------------------------------------------------------------------

  Parts find_parts() {
    Parts parts;
    if (const auto rels = archive_.read("_rels/.rels")) {
      const XmlDoc doc = parse_part(*rels, file_, "_rels/.rels");
      for_each_relationship(*doc, "", [&](std::string_view kind, std::string target) {
        if (kind == "officeDocument" && parts.main.empty() && archive_.contains(target)) {
          parts.main = std::move(target);
        }
      });
    }
    if (parts.main.empty()) {
      if (const auto types = archive_.read("[Content_Types].xml")) {
        const XmlDoc doc = parse_part(*types, file_, "[Content_Types].xml");
        for (const xmlNode* node = xmlDocGetRootElement(doc.get())->children; node != nullptr;
             node = node->next) {
          if (node->type != XML_ELEMENT_NODE || view(node->name) != "Override") {
            continue;
          }
          const std::string type = plain_attribute(*node, "ContentType").value_or("");
          const std::string name =
              resolve_target("", plain_attribute(*node, "PartName").value_or(""));
          if (type.starts_with(main_content_type_prefix.substr(0, 56)) &&
              type.ends_with(".main+xml") && archive_.contains(name)) {
            parts.main = name;
            break;
          }
        }
      }
    }
    if (parts.main.empty() && archive_.contains("word/document.xml")) {
      parts.main = "word/document.xml";
    }
    if (parts.main.empty()) {
      fail("no document part (word/document.xml) in the archive: not a .docx file");
    }
    const std::string folder = folder_of(parts.main);
    const std::string rels_name = folder + "_rels/" + parts.main.substr(folder.size()) + ".rels";
    bool have_rels = false;
    if (const auto rels = archive_.read(rels_name)) {
      have_rels = true;
      const XmlDoc doc = parse_part(*rels, file_, rels_name);
      for_each_relationship(*doc, folder, [&](std::string_view kind, std::string target) {
        std::string* slot = kind == "styles"      ? &parts.styles
                            : kind == "numbering" ? &parts.numbering
                            : kind == "footnotes" ? &parts.footnotes
                            : kind == "endnotes"  ? &parts.endnotes
                                                  : nullptr;
        if (slot != nullptr && slot->empty()) {
          *slot = std::move(target);
        }
      });
    }
    if (!have_rels) {
      parts.styles = folder + "styles.xml";
      parts.numbering = folder + "numbering.xml";
      parts.footnotes = folder + "footnotes.xml";
      parts.endnotes = folder + "endnotes.xml";
    }
    return parts;
  }

  template <typename Visit>
  void for_each_relationship(const xmlDoc& doc, std::string_view folder, Visit&& visit) const {
    for (const xmlNode* node = xmlDocGetRootElement(&doc)->children; node != nullptr;
         node = node->next) {
      if (node->type != XML_ELEMENT_NODE || view(node->name) != "Relationship" ||
          plain_attribute(*node, "TargetMode").value_or("") == "External") {
        continue;
      }
      const std::string type = plain_attribute(*node, "Type").value_or("");
      visit(relationship_kind(type),
            resolve_target(folder, plain_attribute(*node, "Target").value_or("")));
    }
  }

  XmlDoc parse(const std::string& part) {
    std::optional<std::string> xml = archive_.read(part);
    if (!xml) {
      fail("no document part (" + shortened(one_line(part), 100) + ") in the archive");
    }
    return parse_part(*xml, file_, part);
  }

  XmlDoc parse_optional(const std::string& part) {
    if (part.empty()) {
      return nullptr;
    }
    std::optional<std::string> xml = archive_.read(part);
    return xml ? parse_part(*xml, file_, part) : nullptr;
  }

  static const xmlNode* root_of(const XmlDoc& doc) {
    return doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  }

  static void collect_notes(const xmlNode* root, Notes& notes) {
    if (root == nullptr) {
      return;
    }
    for (const xmlNode* node = root->children; node != nullptr; node = node->next) {
      if (!is_w(*node, "footnote") && !is_w(*node, "endnote")) {
        continue;
      }
      const std::string type = w_attribute(*node, "type").value_or("normal");
      if (type != "normal") {
        continue; // separators and continuation notices
      }
      notes.try_emplace(w_attribute(*node, "id").value_or(""), Note{node, 0});
    }
  }

  // ---- blocks -------------------------------------------------------------------------

  // Calls `visit` for each block-level element under `parent`, looking through the wrappers
  // that only group blocks (content controls, custom XML, tracked insertions, alternate
  // content) and leaving out tracked deletions.
  template <typename Visit> void for_each_block(const xmlNode& parent, Visit&& visit) {
    for (const xmlNode* child = parent.children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) {
        continue;
      }
      if (is_w(*child, "p") || is_w(*child, "tbl") || is_w(*child, "tr") || is_w(*child, "tc")) {
        visit(*child);
      } else if (is_w(*child, "sdt")) {
        if (const xmlNode* content = w_child(*child, "sdtContent")) {
          for_each_block(*content, visit);
        }
      } else if (is_w(*child, "customXml") || is_w(*child, "ins") || is_w(*child, "moveTo") ||
                 is_w(*child, "smartTag")) {
        for_each_block(*child, visit);
      } else if (const xmlNode* chosen = alternative(*child)) {
        for_each_block(*chosen, visit);
      }
    }
  }

  // mc:AlternateContent: the first mc:Choice, else mc:Fallback — never both, or the text would
  // be there twice.
  static const xmlNode* alternative(const xmlNode& node) {
    if (!is_element(node, mc_namespace, "AlternateContent")) {
      return nullptr;
    }
    const xmlNode* fallback = nullptr;
    for (const xmlNode* child = node.children; child != nullptr; child = child->next) {
      if (is_element(*child, mc_namespace, "Choice")) {
        return child;
      }
      if (fallback == nullptr && is_element(*child, mc_namespace, "Fallback")) {
        fallback = child;
      }
    }
    return fallback;
  }

  void blocks(const xmlNode& body) {
    for_each_block(body, [&](const xmlNode& node) {
      if (is_w(node, "p")) {
        paragraph(node);
      } else if (is_w(node, "tbl")) {
        table(node);
      }
    });
  }

  struct ParagraphLayout {
    int heading_level = 0;
    bool title = false;
    std::optional<Numbering::Label> label;
    int list_level = 0;
  };

  ParagraphLayout layout(const xmlNode& paragraph) {
    ParagraphLayout layout;
    const xmlNode* properties = w_child(paragraph, "pPr");
    const std::string style_id =
        properties == nullptr ? std::string() : child_value(*properties, "pStyle").value_or("");
    const ParagraphStyle& style = styles_.paragraph(style_id);
    layout.heading_level = style.heading_level;
    layout.title = style.title;
    std::optional<int> outline = style.outline_level;
    std::optional<long> num_id = style.num_id;
    // -1: the level is not given.
    int num_level = style.num_level.value_or(-1);
    if (num_id && num_level < 0) {
      num_level = numbering_.level_of_style(*num_id, style_id).value_or(-1);
    }
    if (properties != nullptr) {
      if (const auto level = to_number(child_value(*properties, "outlineLvl"));
          level && *level >= 0 && *level <= 9) {
        outline = static_cast<int>(*level);
      }
      if (const xmlNode* numbered = w_child(*properties, "numPr")) {
        if (const auto id = to_number(child_value(*numbered, "numId"))) {
          num_id = id;
          num_level = -1;
        }
        if (const auto level = to_number(child_value(*numbered, "ilvl"));
            level && *level >= 0 && *level < Numbering::level_count) {
          num_level = static_cast<int>(*level);
        }
      }
    }
    if (layout.heading_level == 0 && !layout.title && outline && *outline < 9) {
      layout.heading_level = *outline + 1;
    }
    if (num_id) {
      layout.list_level = num_level < 0 ? 0 : num_level;
      layout.label = numbering_.next(*num_id, layout.list_level);
    }
    return layout;
  }

  void paragraph(const xmlNode& node) {
    const std::size_t index = paragraph_index_++;
    const ParagraphLayout shape = layout(node);
    std::string raw;
    inline_text(node, raw);
    std::string text = canonical(raw, false);
    if (text.empty()) {
      return;
    }
    BlockKind kind =
        shape.heading_level > 0 || shape.title ? BlockKind::heading : BlockKind::paragraph;
    int level = shape.title ? 1 : shape.heading_level;
    std::string section;
    std::optional<SectionLabel> parsed;
    if (shape.label && !shape.label->bullet) {
      const std::string shown = canonical(shape.label->text, true);
      text = shown + " " + text;
      parsed = label_of_number(shown);
    } else if (!shape.label) {
      parsed = parse_section_label(text);
    }
    if (shape.label && shape.label->bullet && kind != BlockKind::heading) {
      kind = BlockKind::list_item;
      level = shape.list_level + 1;
    }
    if (parsed && !parsed->number.empty()) {
      const int list_level = shape.label ? shape.list_level + 1 : 1;
      if (parsed->depth > 0) {
        section = parsed->number;
        enclosing_ = section;
        items_.clear();
      } else {
        while (!items_.empty() && items_.back().first >= list_level) {
          items_.pop_back();
        }
        section = nested_section(items_.empty() ? enclosing_ : items_.back().second, *parsed);
        items_.emplace_back(list_level, section);
        if (kind != BlockKind::heading) {
          kind = BlockKind::list_item;
          level = list_level;
        }
      }
    }
    if (shape.title && document_.title.empty()) {
      document_.title = text;
    }
    if (kind == BlockKind::heading && first_heading_.empty()) {
      first_heading_ = text;
    }
    add_block(kind, level, std::move(section), text, index);
  }

  void add_block(BlockKind kind, int level, std::string section, std::string_view text,
                 std::size_t index) {
    if (!document_.text.empty()) {
      document_.text += "\n\n";
    }
    const std::size_t begin = document_.text.size();
    document_.text += text;
    Block block;
    block.kind = kind;
    block.level = level;
    block.section = std::move(section);
    block.begin = begin;
    block.end = document_.text.size();
    block.source.file = file_;
    block.source.paragraph = index;
    document_.blocks.push_back(std::move(block));
  }

  void table(const xmlNode& node) {
    std::size_t row_index = 0;
    std::size_t table_index = 0;
    for_each_block(node, [&](const xmlNode& row) {
      if (!is_w(row, "tr")) {
        return;
      }
      const xmlNode* row_properties = w_child(row, "trPr");
      if (row_properties != nullptr && w_child(*row_properties, "del") != nullptr) {
        return; // a tracked row deletion
      }
      const bool header =
          row_properties != nullptr && on_off(w_child(*row_properties, "tblHeader"));
      std::vector<std::pair<std::string, std::size_t>> cells;
      for_each_block(row, [&](const xmlNode& cell) {
        if (is_w(cell, "tc")) {
          const std::size_t first_paragraph = paragraph_index_;
          std::string raw;
          cell_text(cell, raw);
          cells.emplace_back(canonical(raw, true), first_paragraph);
        }
      });
      if (cells.empty()) {
        return;
      }
      if (row_index == 0) {
        table_index = table_count_++;
      }
      if (!document_.text.empty()) {
        document_.text += row_index == 0 ? "\n\n" : "\n";
      }
      for (std::size_t column = 0; column < cells.size(); ++column) {
        if (column > 0) {
          document_.text += '\t';
        }
        Block block;
        block.kind = BlockKind::table_cell;
        block.begin = document_.text.size();
        document_.text += cells[column].first;
        block.end = document_.text.size();
        block.table = table_index;
        block.row = row_index;
        block.column = column;
        block.header = header;
        block.source.file = file_;
        block.source.paragraph = cells[column].second;
        document_.blocks.push_back(std::move(block));
      }
      ++row_index;
    });
  }

  // A cell's paragraphs (and nested tables, flattened) as one line: numbering labels kept.
  void cell_text(const xmlNode& cell, std::string& out) {
    for_each_block(cell, [&](const xmlNode& node) {
      if (is_w(node, "p")) {
        ++paragraph_index_;
        const ParagraphLayout shape = layout(node);
        std::string text;
        if (shape.label && !shape.label->bullet) {
          text = shape.label->text + " ";
        }
        inline_text(node, text);
        if (!out.empty()) {
          out += ' ';
        }
        out += text;
      } else if (is_w(node, "tbl") || is_w(node, "tr") || is_w(node, "tc")) {
        cell_text(node, out);
      }
    });
  }

  // ---- inline content -----------------------------------------------------------------

  bool in_instruction() const noexcept { return instruction_fields_ > 0; }

  void inline_text(const xmlNode& parent, std::string& out) {
    for (const xmlNode* child = parent.children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) {
        continue;
      }
      if (const xmlNode* chosen = alternative(*child)) {
        inline_text(*chosen, out);
        continue;
      }
      if (child->ns == nullptr ||
          (view(child->ns->href) != w_namespace && view(child->ns->href) != w_strict_namespace)) {
        inline_text(*child, out); // drawings and VML, for text boxes' w:txbxContent
        continue;
      }
      const std::string_view name = view(child->name);
      if (name == "t") {
        if (!in_instruction()) {
          for (const xmlNode* text = child->children; text != nullptr; text = text->next) {
            if (text->type == XML_TEXT_NODE || text->type == XML_CDATA_SECTION_NODE) {
              out += view(text->content);
            }
          }
        }
      } else if (name == "tab" || name == "ptab") {
        if (!in_instruction()) {
          out += '\t';
        }
      } else if (name == "br" || name == "cr") {
        if (!in_instruction()) {
          out += '\n';
        }
      } else if (name == "noBreakHyphen") {
        if (!in_instruction()) {
          out += '-';
        }
      } else if (name == "sym") {
        if (!in_instruction()) {
          append_symbol(out, *child);
        }
      } else if (name == "fldChar") {
        field_char(w_attribute(*child, "fldCharType").value_or(""));
      } else if (name == "footnoteReference" || name == "endnoteReference") {
        if (!in_instruction()) {
          reference(name == "footnoteReference" ? footnotes_ : endnotes_,
                    w_attribute(*child, "id").value_or(""), out);
        }
      } else if (name == "p") {
        // A paragraph inside a text box: its text joins this paragraph's.
        if (!out.empty()) {
          out += ' ';
        }
        inline_text(*child, out);
      } else if (name == "del" || name == "moveFrom" || name == "delText" || name == "instrText" ||
                 name == "delInstrText" || name == "pPr" || name == "rPr" || name == "sdtPr" ||
                 name == "sdtEndPr" || name == "softHyphen" || name == "footnoteRef" ||
                 name == "endnoteRef" || name == "tbl") {
        continue;
      } else if (name == "sdt") {
        if (const xmlNode* content = w_child(*child, "sdtContent")) {
          inline_text(*content, out);
        }
      } else {
        // Runs, hyperlinks, smart tags, fldSimple (its result runs), insertions, moveTo,
        // custom XML, bidi wrappers, text box content.
        inline_text(*child, out);
      }
    }
  }

  // Fields: what lies between begin and separate is the instruction (dropped), what lies
  // between separate and end the result Word shows (kept).
  void field_char(std::string_view type) {
    if (type == "begin") {
      fields_.push_back(true);
      ++instruction_fields_;
    } else if (type == "separate") {
      if (!fields_.empty() && fields_.back()) {
        fields_.back() = false;
        --instruction_fields_;
      }
    } else if (type == "end") {
      if (!fields_.empty()) {
        if (fields_.back()) {
          --instruction_fields_;
        }
        fields_.pop_back();
      }
    }
  }

  void reference(Notes& notes, const std::string& id, std::string& out) {
    const auto found = notes.find(id);
    if (found == notes.end()) {
      return;
    }
    if (found->second.marker == 0) {
      found->second.marker = ++note_count_;
      pending_notes_.push_back(&found->second);
    }
    out += "[" + std::to_string(found->second.marker) + "]";
  }

  // Each note referenced, in order of first reference, as a paragraph after the body. A note
  // that references another queues it: every note is written at most once.
  void notes() {
    fields_.clear();
    instruction_fields_ = 0;
    std::size_t index = paragraph_index_;
    for (std::size_t next = 0; next < pending_notes_.size(); ++next) {
      const Note& note = *pending_notes_[next];
      std::string raw;
      for_each_block(*note.node, [&](const xmlNode& node) {
        if (is_w(node, "p")) {
          if (!raw.empty()) {
            raw += ' ';
          }
          inline_text(node, raw);
        } else {
          cell_text(node, raw);
        }
      });
      const std::string text = canonical(raw, true);
      add_block(BlockKind::paragraph, 0, {},
                "[" + std::to_string(note.marker) + "]" + (text.empty() ? "" : " " + text),
                index++);
    }
  }

  // Many agreements are typed without heading styles, with "1. DEFINITIONS" in bold at most
  // (and every text converted to DOCX is). When no paragraph is a heading by style or outline
  // level, the plain-text rules decide, as they would for the same text in a .txt file.
  void promote_plain_headings() {
    if (std::ranges::any_of(document_.blocks,
                            [](const Block& block) { return block.kind == BlockKind::heading; })) {
      return;
    }
    for (Block& block : document_.blocks) {
      if (block.kind != BlockKind::paragraph ||
          !reads_as_heading(document_.slice(block.begin, block.end))) {
        continue;
      }
      block.kind = BlockKind::heading;
      block.level = std::clamp(1 + static_cast<int>(std::ranges::count(block.section, '.')), 1, 6);
    }
  }

  std::string fallback_title() const {
    if (!first_heading_.empty() && first_heading_.size() <= longest_title) {
      return first_heading_;
    }
    for (const Block& block : document_.blocks) {
      if (block.kind == BlockKind::paragraph && block.end - block.begin <= longest_title) {
        return std::string(document_.slice(block.begin, block.end));
      }
    }
    return {};
  }

  std::string file_;
  ZipArchive archive_;
  Styles styles_;
  Numbering numbering_;
  Notes footnotes_;
  Notes endnotes_;
  std::vector<Note*> pending_notes_;
  std::size_t note_count_ = 0;
  std::vector<bool> fields_;
  std::size_t instruction_fields_ = 0;
  std::size_t paragraph_index_ = 0;
  std::size_t table_count_ = 0;
  std::string enclosing_;
  std::vector<std::pair<int, std::string>> items_;
  std::string first_heading_;
  Document document_;
};

} // namespace

Document read_docx_document(std::span<const std::byte> bytes, std::string_view file_name) {
  const std::string file(file_name);
  if (bytes.size() > max_docx_bytes) {
    throw Error(file + ": error: the file has " + std::to_string(bytes.size()) +
                " bytes, more than the " + std::to_string(max_docx_bytes) +
                " bytes a .docx file may have");
  }
  try {
    DocxReader reader(bytes, file_name);
    return reader.read();
  } catch (const Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw Error(file + ": error: out of memory while reading the .docx file");
  } catch (const std::exception& e) {
    throw Error(file +
                ": error: cannot read the .docx file: " + shortened(one_line(e.what()), 200));
  }
}

} // namespace pactum::host
