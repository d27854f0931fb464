#include "render/docx_parts.hpp"

#include <array>

#include "render/docx_elements.hpp"
#include "render/xml_text_writer.hpp"

namespace pactum::host::docx_parts {
namespace {

using docx::value;

constexpr std::string_view package_relationships_type =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* content_types_namespace =
    "http://schemas.openxmlformats.org/package/2006/content-types";
constexpr const char* relationships_namespace =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view wordprocessing = "application/vnd.openxmlformats-officedocument."
                                            "wordprocessingml.";

// Twips: the numbers hang in a column this wide, the text starts after it.
constexpr int number_column = 709;

void empty(XmlTextWriter& w, const char* name) {
  w.start(name);
  w.end();
}

void w_root(XmlTextWriter& w, const char* name) {
  w.start(name);
  w.attribute("xmlns:w", std::string(w_namespace));
  w.attribute("xmlns:r", std::string(r_namespace));
}

void override_part(XmlTextWriter& w, const char* part, const std::string& type) {
  w.start("Override");
  w.attribute("PartName", part);
  w.attribute("ContentType", type);
  w.end();
}

void relationship(XmlTextWriter& w, std::string_view id, const std::string& type,
                  const char* target) {
  w.start("Relationship");
  w.attribute("Id", std::string(id));
  w.attribute("Type", type);
  w.attribute("Target", target);
  w.end();
}

void spacing(XmlTextWriter& w, int before, int after) {
  w.start("w:spacing");
  w.attribute("w:before", std::to_string(before));
  w.attribute("w:after", std::to_string(after));
  w.end();
}

void size(XmlTextWriter& w, int half_points) {
  value(w, "w:sz", std::to_string(half_points));
  value(w, "w:szCs", std::to_string(half_points));
}

void start_style(XmlTextWriter& w, const char* type, const char* id, const char* name,
                 const char* based_on) {
  w.start("w:style");
  w.attribute("w:type", type);
  w.attribute("w:styleId", id);
  value(w, "w:name", name);
  if (based_on != nullptr) {
    value(w, "w:basedOn", based_on);
  }
}

void border(XmlTextWriter& w, const char* side) {
  w.start(side);
  w.attribute("w:val", "single");
  w.attribute("w:sz", "4");
  w.attribute("w:space", "0");
  w.attribute("w:color", "7F7F7F");
  w.end();
}

void heading_style(XmlTextWriter& w, int level) {
  const std::string id = "Heading" + std::to_string(level);
  const std::string name = "heading " + std::to_string(level);
  start_style(w, "paragraph", id.c_str(), name.c_str(), "Normal");
  value(w, "w:next", "Clause");
  empty(w, "w:qFormat");
  w.start("w:pPr");
  empty(w, "w:keepNext");
  empty(w, "w:keepLines");
  w.start("w:numPr");
  value(w, "w:ilvl", std::to_string(level - 1));
  value(w, "w:numId", std::to_string(outline_numbering));
  w.end();
  spacing(w, level == 1 ? 360 : 240, 120);
  value(w, "w:outlineLvl", std::to_string(level - 1));
  w.end();
  w.start("w:rPr");
  empty(w, "w:b");
  empty(w, "w:bCs");
  size(w, level == 1 ? 26 : level == 2 ? 24 : 22);
  w.end();
  w.end();
}

} // namespace

std::string word_language(std::string_view language) {
  if (language == "en") {
    return "en-GB";
  }
  if (language == "da") {
    return "da-DK";
  }
  if (language == "it") {
    return "it-IT";
  }
  if (language == "zh" || language == "zh-Hans") {
    return "zh-CN";
  }
  return language.empty() ? std::string("en-GB") : std::string(language);
}

std::string content_types() {
  XmlTextWriter w("[Content_Types].xml");
  w.start("Types");
  w.attribute("xmlns", content_types_namespace);
  w.start("Default");
  w.attribute("Extension", "rels");
  w.attribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  w.end();
  w.start("Default");
  w.attribute("Extension", "xml");
  w.attribute("ContentType", "application/xml");
  w.end();
  const std::string base(wordprocessing);
  override_part(w, "/word/document.xml", base + "document.main+xml");
  override_part(w, "/word/styles.xml", base + "styles+xml");
  override_part(w, "/word/numbering.xml", base + "numbering+xml");
  override_part(w, "/word/settings.xml", base + "settings+xml");
  override_part(w, "/word/header1.xml", base + "header+xml");
  override_part(w, "/word/footer1.xml", base + "footer+xml");
  override_part(w, "/docProps/core.xml",
                "application/vnd.openxmlformats-package.core-properties+xml");
  override_part(w, "/docProps/app.xml",
                "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  w.end();
  return w.finish();
}

std::string package_relationships() {
  XmlTextWriter w("_rels/.rels");
  w.start("Relationships");
  w.attribute("xmlns", relationships_namespace);
  const std::string base(package_relationships_type);
  relationship(w, "rId1", base + "officeDocument", "word/document.xml");
  relationship(w, "rId2",
               "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
               "core-properties",
               "docProps/core.xml");
  relationship(w, "rId3", base + "extended-properties", "docProps/app.xml");
  w.end();
  return w.finish();
}

std::string document_relationships() {
  XmlTextWriter w("word/_rels/document.xml.rels");
  w.start("Relationships");
  w.attribute("xmlns", relationships_namespace);
  const std::string base(package_relationships_type);
  relationship(w, "rIdStyles", base + "styles", "styles.xml");
  relationship(w, "rIdNumbering", base + "numbering", "numbering.xml");
  relationship(w, "rIdSettings", base + "settings", "settings.xml");
  relationship(w, header_relationship, base + "header", "header1.xml");
  relationship(w, footer_relationship, base + "footer", "footer1.xml");
  w.end();
  return w.finish();
}

std::string styles(std::string_view language) {
  XmlTextWriter w("word/styles.xml");
  w_root(w, "w:styles");
  w.start("w:docDefaults");
  w.start("w:rPrDefault");
  w.start("w:rPr");
  w.start("w:rFonts");
  // Carlito stands in for Calibri where Calibri is missing (LibreOffice on Linux); the East
  // Asian face is left to the application's fallback for Chinese.
  w.attribute("w:ascii", "Calibri");
  w.attribute("w:hAnsi", "Calibri");
  w.attribute("w:cs", "Calibri");
  w.attribute("w:eastAsia", "SimSun");
  w.end();
  size(w, 22);
  w.start("w:lang");
  const std::string lang = word_language(language);
  w.attribute("w:val", lang.starts_with("zh") ? std::string("en-GB") : lang);
  w.attribute("w:eastAsia", lang.starts_with("zh") ? lang : std::string("zh-CN"));
  w.attribute("w:bidi", "ar-SA");
  w.end();
  w.end(); // rPr
  w.end(); // rPrDefault
  w.start("w:pPrDefault");
  w.start("w:pPr");
  w.start("w:spacing");
  w.attribute("w:after", "120");
  w.attribute("w:line", "264");
  w.attribute("w:lineRule", "auto");
  w.end();
  w.end();
  w.end();
  w.end(); // docDefaults

  start_style(w, "paragraph", "Normal", "Normal", nullptr);
  empty(w, "w:qFormat");
  w.end();
  // The style tree needs the default character and table styles Word would add itself.
  w.start("w:style");
  w.attribute("w:type", "character");
  w.attribute("w:default", "1");
  w.attribute("w:styleId", "DefaultParagraphFont");
  value(w, "w:name", "Default Paragraph Font");
  w.end();
  w.start("w:style");
  w.attribute("w:type", "table");
  w.attribute("w:default", "1");
  w.attribute("w:styleId", "TableNormal");
  value(w, "w:name", "Normal Table");
  w.start("w:tblPr");
  w.start("w:tblInd");
  w.attribute("w:w", "0");
  w.attribute("w:type", "dxa");
  w.end();
  w.start("w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
    w.start(side);
    w.attribute("w:w", side == std::string_view("w:left") || side == std::string_view("w:right")
                           ? "108"
                           : "0");
    w.attribute("w:type", "dxa");
    w.end();
  }
  w.end();
  w.end();
  w.end();
  w.start("w:style");
  w.attribute("w:type", "numbering");
  w.attribute("w:default", "1");
  w.attribute("w:styleId", "NoList");
  value(w, "w:name", "No List");
  w.end();

  start_style(w, "paragraph", "Title", "Title", "Normal");
  value(w, "w:next", "Normal");
  empty(w, "w:qFormat");
  w.start("w:pPr");
  empty(w, "w:keepNext");
  spacing(w, 0, 360);
  value(w, "w:jc", "center");
  w.end();
  w.start("w:rPr");
  empty(w, "w:b");
  empty(w, "w:bCs");
  size(w, 36);
  w.end();
  w.end();

  for (int level = 1; level <= 3; ++level) {
    heading_style(w, level);
  }

  // A numbered clause: its number hangs in the same column as the headings'.
  start_style(w, "paragraph", "Clause", "Clause", "Normal");
  empty(w, "w:qFormat");
  w.start("w:pPr");
  value(w, "w:jc", "both");
  w.end();
  w.end();
  // Text that continues a clause without a number of its own lines up with the clause's text.
  start_style(w, "paragraph", "ClauseContinued", "Clause Continued", "Clause");
  w.start("w:pPr");
  w.start("w:ind");
  w.attribute("w:left", std::to_string(number_column));
  w.end();
  w.end();
  w.end();
  // A clause whose number is typed, not Word's (in the cells of a bilingual table, where Word's
  // numbering would count both languages): the number hangs before a tab, as Word's would.
  start_style(w, "paragraph", "ClauseNumbered", "Clause Numbered", "Clause");
  w.start("w:pPr");
  w.start("w:tabs");
  w.start("w:tab");
  w.attribute("w:val", "left");
  w.attribute("w:pos", std::to_string(number_column));
  w.end();
  w.end();
  w.start("w:ind");
  w.attribute("w:left", std::to_string(number_column));
  w.attribute("w:hanging", std::to_string(number_column));
  w.end();
  value(w, "w:jc", "left"); // a column half a page wide gapes when justified
  w.end();
  w.end();
  start_style(w, "paragraph", "ListBullet", "List Bullet", "Normal");
  w.start("w:pPr");
  w.start("w:numPr");
  value(w, "w:numId", std::to_string(bullet_numbering));
  w.end();
  w.end();
  w.end();
  // Tables of seven columns must fit a portrait page: 8 pt.
  start_style(w, "paragraph", "TableText", "Table Text", "Normal");
  w.start("w:pPr");
  spacing(w, 40, 40);
  w.end();
  w.start("w:rPr");
  size(w, 16);
  w.end();
  w.end();
  for (const auto& [id, name] : std::array<std::pair<const char*, const char*>, 2>{
           {{"Header", "header"}, {"Footer", "footer"}}}) {
    start_style(w, "paragraph", id, name, "Normal");
    w.start("w:pPr");
    spacing(w, 0, 0);
    w.end();
    w.start("w:rPr");
    value(w, "w:color", "595959");
    size(w, 16);
    w.end();
    w.end();
  }

  // Tables: a grid of thin borders, and a shaded, bold header row repeated on every page.
  start_style(w, "table", "PactumTable", "Pactum Table", "TableNormal");
  w.start("w:tblPr");
  w.start("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    border(w, side);
  }
  w.end();
  w.start("w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    w.start(side);
    w.attribute("w:w", "85");
    w.attribute("w:type", "dxa");
    w.end();
  }
  w.end();
  w.end(); // tblPr
  w.start("w:tblStylePr");
  w.attribute("w:type", "firstRow");
  w.start("w:rPr");
  empty(w, "w:b");
  empty(w, "w:bCs");
  w.end();
  w.start("w:trPr");
  empty(w, "w:tblHeader");
  w.end();
  w.start("w:tcPr");
  w.start("w:shd");
  w.attribute("w:val", "clear");
  w.attribute("w:color", "auto");
  w.attribute("w:fill", "DCE3EC");
  w.end();
  w.end();
  w.end(); // tblStylePr
  w.end(); // style
  w.end(); // styles
  return w.finish();
}

std::string numbering() {
  XmlTextWriter w("word/numbering.xml");
  w_root(w, "w:numbering");
  w.start("w:abstractNum");
  w.attribute("w:abstractNumId", "0");
  value(w, "w:multiLevelType", "multilevel");
  for (int level = 0; level < numbering_levels; ++level) {
    w.start("w:lvl");
    w.attribute("w:ilvl", std::to_string(level));
    value(w, "w:start", "1");
    value(w, "w:numFmt", "decimal");
    if (level < 3) {
      value(w, "w:pStyle", "Heading" + std::to_string(level + 1));
    }
    if (level > 0) {
      empty(w, "w:isLgl");
    }
    // "%1." at the top ("1. Parties"), "%1.%2" below ("1.2"), as the canonical text has them.
    std::string text;
    for (int shown = 1; shown <= level + 1; ++shown) {
      text += (shown > 1 ? "." : "") + std::string("%") + std::to_string(shown);
    }
    value(w, "w:lvlText", level == 0 ? text + "." : text);
    value(w, "w:lvlJc", "left");
    w.start("w:pPr");
    w.start("w:ind");
    const int indent = level < 2 ? number_column : number_column * 2;
    w.attribute("w:left", std::to_string(indent));
    w.attribute("w:hanging", std::to_string(level < 2 ? number_column : number_column));
    w.end();
    w.end();
    w.end(); // lvl
  }
  w.end(); // abstractNum
  w.start("w:abstractNum");
  w.attribute("w:abstractNumId", "1");
  value(w, "w:multiLevelType", "hybridMultilevel");
  for (int level = 0; level < numbering_levels; ++level) {
    w.start("w:lvl");
    w.attribute("w:ilvl", std::to_string(level));
    value(w, "w:start", "1");
    value(w, "w:numFmt", "bullet");
    value(w, "w:lvlText", level % 2 == 0 ? "\xE2\x80\xA2" : "\xE2\x80\x93"); // • and –
    value(w, "w:lvlJc", "left");
    w.start("w:pPr");
    w.start("w:ind");
    w.attribute("w:left", std::to_string(number_column * (level + 2) - number_column / 2));
    w.attribute("w:hanging", std::to_string(number_column / 2));
    w.end();
    w.end();
    w.end();
  }
  w.end();
  for (const int id : {outline_numbering, bullet_numbering}) {
    w.start("w:num");
    w.attribute("w:numId", std::to_string(id));
    value(w, "w:abstractNumId", std::to_string(id - 1));
    w.end();
  }
  w.end();
  return w.finish();
}

std::string settings(std::string_view language) {
  XmlTextWriter w("word/settings.xml");
  w_root(w, "w:settings");
  value(w, "w:defaultTabStop", std::to_string(number_column));
  value(w, "w:characterSpacingControl", "doNotCompress");
  w.start("w:compat");
  w.start("w:compatSetting");
  w.attribute("w:name", "compatibilityMode");
  w.attribute("w:uri", "http://schemas.microsoft.com/office/word");
  w.attribute("w:val", "15");
  w.end();
  w.end();
  w.start("w:themeFontLang");
  w.attribute("w:val", word_language(language));
  w.end();
  w.end();
  return w.finish();
}

std::string core_properties(std::string_view title, std::string_view subject,
                            std::string_view creator, std::string_view language,
                            std::string_view description) {
  XmlTextWriter w("docProps/core.xml");
  w.start("cp:coreProperties");
  w.attribute("xmlns:cp",
              "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  w.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  w.attribute("xmlns:dcterms", "http://purl.org/dc/terms/");
  // No dcterms:created or modified: the current time would make every run's output differ.
  const auto element = [&w](const char* name, std::string_view text) {
    if (!text.empty()) {
      w.start(name);
      w.text(std::string(text));
      w.end();
    }
  };
  element("dc:title", title);
  element("dc:subject", subject);
  element("dc:creator", creator);
  element("dc:language", language);
  element("dc:description", description);
  w.end();
  return w.finish();
}

std::string app_properties() {
  XmlTextWriter w("docProps/app.xml");
  w.start("Properties");
  w.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  w.start("Application");
  w.text("Pactum");
  w.end();
  w.end();
  return w.finish();
}

} // namespace pactum::host::docx_parts
