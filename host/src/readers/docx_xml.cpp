#include "readers/docx_xml.hpp"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlversion.h>

#include <charconv>
#include <climits>

#include "pactum/error.hpp"
#include "readers/libxml_errors.hpp"

namespace pactum::host::docx {
namespace {

// No network and no entity substitution (XML_PARSE_NOENT stays off); no XML_PARSE_HUGE, so
// libxml2's limits on depth and text node size hold. COMPACT stores short text nodes inside
// their node (the tree is only read): fewer allocations, measurably faster on real documents.
constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT
#if LIBXML_VERSION >= 21300
                              | XML_PARSE_NO_XXE
#endif
    ;

struct PartState {
  FirstError error;
  bool doctype = false;
  long doctype_line = 0;
};

PartState& state_of(void* context) noexcept {
  return *static_cast<PartState*>(static_cast<xmlParserCtxtPtr>(context)->_private);
}

void on_parse_error(void* context, xmlErrorPtr error) {
  state_of(context).error.take(error);
}

// Called as soon as a DOCTYPE's name is read, before its internal subset: stopping here means
// no entity declaration, DTD or external subset is ever looked at.
void on_doctype(void* context, const xmlChar* /*name*/, const xmlChar* /*external_id*/,
                const xmlChar* /*system_id*/) {
  PartState& state = state_of(context);
  state.doctype = true;
  state.doctype_line = xmlSAX2GetLineNumber(context);
  xmlStopParser(static_cast<xmlParserCtxtPtr>(context));
}

std::string where(std::string_view file, std::string_view part, long line, long column) {
  std::string text = std::string(file) + ": error: " + shortened(one_line(part), 100);
  if (line > 0) {
    text += ":" + std::to_string(line);
    if (column > 0) {
      text += ":" + std::to_string(column);
    }
  }
  return text + ": ";
}

} // namespace

XmlDoc parse_part(std::string_view xml, std::string_view file, std::string_view part) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) {
    throw Error(where(file, part, 0, 0) + "the part is too large");
  }
  initialise_libxml2();
  FirstError stray;
  const ErrorRouting routing(stray);
  PartState state;
  const ParserContext context(xmlCreateMemoryParserCtxt(xml.data(), static_cast<int>(xml.size())));
  if (!context) {
    throw Error(where(file, part, 0, 0) + "cannot parse: out of memory");
  }
  xmlCtxtUseOptions(context.get(), parse_options);
  context->_private = &state;
  xmlSAXHandler& sax = *context->sax; // the context's own copy
  sax.internalSubset = on_doctype;
  sax.externalSubset = nullptr;
  sax.serror = on_parse_error;
  // Whitespace in <w:t xml:space="preserve"> </w:t> is text like any other.
  context->keepBlanks = 1;
  sax.ignorableWhitespace = sax.characters;

  xmlParseDocument(context.get());
  XmlDoc doc(context->myDoc);
  context->myDoc = nullptr;

  if (state.doctype) {
    throw Error(where(file, part, state.doctype_line, 0) +
                "a DOCTYPE is not allowed in a .docx part (no DTDs, no entities)");
  }
  if (!context->wellFormed || !context->nsWellFormed || state.error.set || !doc) {
    if (state.error.set) {
      throw Error(where(file, part, state.error.line, state.error.column) +
                  (state.error.message.empty() ? "not well-formed XML" : state.error.message));
    }
    if (stray.set) {
      throw Error(where(file, part, stray.line, 0) + stray.message);
    }
    throw Error(where(file, part, 0, 0) + "not well-formed XML");
  }
  if (doc->intSubset != nullptr || doc->extSubset != nullptr) {
    throw Error(where(file, part, 0, 0) +
                "a DOCTYPE is not allowed in a .docx part (no DTDs, no entities)");
  }
  if (xmlDocGetRootElement(doc.get()) == nullptr) {
    throw Error(where(file, part, 0, 0) + "the part has no root element");
  }
  return doc;
}

std::string_view view(const xmlChar* text) noexcept {
  return text == nullptr ? std::string_view()
                         : std::string_view(reinterpret_cast<const char*>(text));
}

bool is_element(const xmlNode& node, std::string_view namespace_uri,
                std::string_view local_name) noexcept {
  return node.type == XML_ELEMENT_NODE && node.ns != nullptr &&
         view(node.ns->href) == namespace_uri && view(node.name) == local_name;
}

bool is_w(const xmlNode& node, std::string_view local_name) noexcept {
  return node.type == XML_ELEMENT_NODE && node.ns != nullptr && view(node.name) == local_name &&
         (view(node.ns->href) == w_namespace || view(node.ns->href) == w_strict_namespace);
}

const xmlNode* w_child(const xmlNode& node, std::string_view local_name) noexcept {
  for (const xmlNode* child = node.children; child != nullptr; child = child->next) {
    if (is_w(*child, local_name)) {
      return child;
    }
  }
  return nullptr;
}

namespace {

std::string attribute_text(const xmlAttr& attribute) {
  std::string text;
  for (const xmlNode* child = attribute.children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE) {
      text += view(child->content);
    }
  }
  return text;
}

} // namespace

std::optional<std::string> w_attribute(const xmlNode& node, std::string_view local_name) {
  for (const xmlAttr* attribute = node.properties; attribute != nullptr;
       attribute = attribute->next) {
    if (view(attribute->name) != local_name) {
      continue;
    }
    if (attribute->ns == nullptr || view(attribute->ns->href) == w_namespace ||
        view(attribute->ns->href) == w_strict_namespace) {
      return attribute_text(*attribute);
    }
  }
  return std::nullopt;
}

std::optional<std::string> plain_attribute(const xmlNode& node, std::string_view local_name) {
  for (const xmlAttr* attribute = node.properties; attribute != nullptr;
       attribute = attribute->next) {
    if (attribute->ns == nullptr && view(attribute->name) == local_name) {
      return attribute_text(*attribute);
    }
  }
  return std::nullopt;
}

std::optional<std::string> child_value(const xmlNode& node, std::string_view local_name) {
  const xmlNode* child = w_child(node, local_name);
  return child == nullptr ? std::nullopt : w_attribute(*child, "val");
}

std::optional<long> to_number(const std::optional<std::string>& text) noexcept {
  if (!text) {
    return std::nullopt;
  }
  std::string_view digits = *text;
  while (!digits.empty() && (digits.front() == ' ' || digits.front() == '+')) {
    digits.remove_prefix(1);
  }
  while (!digits.empty() && digits.back() == ' ') {
    digits.remove_suffix(1);
  }
  long value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
      value < -1'000'000'000L || value > 1'000'000'000L) {
    return std::nullopt;
  }
  return value;
}

bool on_off(const xmlNode* property) {
  if (property == nullptr) {
    return false;
  }
  const std::optional<std::string> value = w_attribute(*property, "val");
  return !value || (*value != "0" && *value != "false" && *value != "off");
}

} // namespace pactum::host::docx
