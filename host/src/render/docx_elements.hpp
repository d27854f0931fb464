#pragma once

#include <span>
#include <string>

#include "render/xml_text_writer.hpp"

namespace pactum::host::docx {

// WordprocessingML's recurring small elements, written one way for the package parts and the
// body alike.

// An element with one w:val attribute: most of WordprocessingML's properties.
inline void value(XmlTextWriter& w, const char* name, const std::string& val) {
  w.start(name);
  w.attribute("w:val", val);
  w.end();
}

// A width in twips (w:tblW, w:tcW).
inline void width(XmlTextWriter& w, const char* name, int twips) {
  w.start(name);
  w.attribute("w:w", std::to_string(twips));
  w.attribute("w:type", "dxa");
  w.end();
}

// Which of the table style's conditional formats apply: the header row or none, never row or
// column bands. w:val is the bit mask older Word reads (0x20 first row, 0x200 no row bands,
// 0x400 no column bands).
inline void table_look(XmlTextWriter& w, bool first_row) {
  w.start("w:tblLook");
  w.attribute("w:val", first_row ? "0620" : "0600");
  w.attribute("w:firstRow", first_row ? "1" : "0");
  w.attribute("w:lastRow", "0");
  w.attribute("w:firstColumn", "0");
  w.attribute("w:lastColumn", "0");
  w.attribute("w:noHBand", "1");
  w.attribute("w:noVBand", "1");
  w.end();
}

// The table grid: one w:gridCol per column, widths in twips.
inline void table_grid(XmlTextWriter& w, std::span<const int> columns) {
  w.start("w:tblGrid");
  for (const int column : columns) {
    w.start("w:gridCol");
    w.attribute("w:w", std::to_string(column));
    w.end();
  }
  w.end();
}

} // namespace pactum::host::docx
