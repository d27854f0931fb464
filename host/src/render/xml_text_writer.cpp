#include "render/xml_text_writer.hpp"

#include <libxml/parser.h>

#include "pactum/error.hpp"

namespace pactum::host {

XmlTextWriter::XmlTextWriter(std::string what) : what_(std::move(what)), where_(what_) {
  // libxml2 must be initialised once before use from several threads; a function-local static
  // makes that one call race-free.
  static const bool initialised = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialised;
  buffer_.reset(xmlBufferCreate());
  if (!buffer_) {
    throw Error("cannot write " + what_ + ": out of memory");
  }
  // The default grows the buffer to the exact size on every 4 KB flush, which turns a long text
  // into quadratic copying.
  xmlBufferSetAllocationScheme(buffer_.get(), XML_BUFFER_ALLOC_DOUBLEIT);
  writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
  if (!writer_) {
    throw Error("cannot write " + what_ + ": out of memory");
  }
  check(xmlTextWriterSetIndent(writer_.get(), 1));
  check(xmlTextWriterSetIndentString(writer_.get(), BAD_CAST "  "));
  check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr));
}

void XmlTextWriter::start(const char* name) {
  check(xmlTextWriterStartElement(writer_.get(), BAD_CAST name));
}

void XmlTextWriter::start_with_namespace(const char* name, const char* namespace_uri) {
  check(xmlTextWriterStartElementNS(writer_.get(), nullptr, BAD_CAST name, BAD_CAST namespace_uri));
}

void XmlTextWriter::end() {
  check(xmlTextWriterEndElement(writer_.get()));
}

void XmlTextWriter::attribute(const char* name, const std::string& value) {
  check(xmlTextWriterWriteAttribute(writer_.get(), BAD_CAST name, BAD_CAST value.c_str()));
}

void XmlTextWriter::text(const std::string& value) {
  if (!value.empty()) {
    check(xmlTextWriterWriteString(writer_.get(), BAD_CAST value.c_str()));
  }
}

std::string XmlTextWriter::finish() {
  check(xmlTextWriterEndDocument(writer_.get()));
  check(xmlTextWriterFlush(writer_.get()));
  const auto* content = reinterpret_cast<const char*>(xmlBufferContent(buffer_.get()));
  return std::string(content, static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
}

void XmlTextWriter::check(int result) const {
  if (result < 0) {
    throw Error("cannot write " + what_ + ": libxml2 failed while writing " + where_);
  }
}

} // namespace pactum::host
