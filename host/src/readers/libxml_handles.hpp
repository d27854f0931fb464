#pragma once

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <memory>

namespace pactum::host {

// libxml2 objects owned by std::unique_ptr, each freed by its own libxml2 function.
struct FreeParserContext {
  void operator()(xmlParserCtxtPtr context) const noexcept { xmlFreeParserCtxt(context); }
};
struct FreeDoc {
  void operator()(xmlDocPtr doc) const noexcept { xmlFreeDoc(doc); }
};
struct FreeSchemaParser {
  void operator()(xmlSchemaParserCtxtPtr parser) const noexcept { xmlSchemaFreeParserCtxt(parser); }
};
struct FreeSchema {
  void operator()(xmlSchemaPtr schema) const noexcept { xmlSchemaFree(schema); }
};
struct FreeValidator {
  void operator()(xmlSchemaValidCtxtPtr validator) const noexcept {
    xmlSchemaFreeValidCtxt(validator);
  }
};
struct FreeXmlString {
  void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};

using ParserContext = std::unique_ptr<xmlParserCtxt, FreeParserContext>;
using XmlDoc = std::unique_ptr<xmlDoc, FreeDoc>;
using SchemaParser = std::unique_ptr<xmlSchemaParserCtxt, FreeSchemaParser>;
using Schema = std::unique_ptr<xmlSchema, FreeSchema>;
using SchemaValidator = std::unique_ptr<xmlSchemaValidCtxt, FreeValidator>;
using XmlString = std::unique_ptr<xmlChar, FreeXmlString>;

} // namespace pactum::host
