#include "readers/libxml_errors.hpp"

#include <libxml/globals.h>
#include <libxml/parser.h>

namespace pactum::host {

std::string one_line(std::string_view text) {
  std::string line;
  bool pending_space = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      pending_space = true;
      continue;
    }
    if (pending_space && !line.empty()) {
      line += ' ';
    }
    pending_space = false;
    line += c;
  }
  const std::size_t first = line.find_first_not_of(' ');
  if (first == std::string::npos) {
    return {};
  }
  return line.substr(first, line.find_last_not_of(' ') + 1 - first);
}

std::string shortened(std::string_view text, std::size_t longest) {
  if (text.size() <= longest) {
    return std::string(text);
  }
  std::size_t cut = longest;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) {
    --cut;
  }
  return std::string(text.substr(0, cut)) + "...";
}

void FirstError::take(const xmlError* error) noexcept {
  if (set || error == nullptr || error->level < XML_ERR_ERROR) {
    return;
  }
  set = true;
  line = error->line;
  column =
      error->domain == XML_FROM_PARSER || error->domain == XML_FROM_NAMESPACE ? error->int2 : 0;
  if (error->domain == XML_FROM_SCHEMASV && error->node != nullptr) {
    node = static_cast<const xmlNode*>(error->node);
    if (node->type == XML_ATTRIBUTE_NODE) {
      node = node->parent;
    }
    if (node != nullptr && node->type != XML_ELEMENT_NODE) {
      node = nullptr;
    }
  }
  try {
    // libxml2 quotes offending values whole, and a value may be megabytes long.
    message =
        shortened(one_line(error->message == nullptr ? "unknown error" : error->message), 400);
  } catch (...) {
    message.clear();
  }
}

void record_error(void* sink, xmlErrorPtr error) {
  static_cast<FirstError*>(sink)->take(error);
}

namespace {

void ignore_generic_error(void* /*context*/, const char* /*format*/, ...) {}

} // namespace

ErrorRouting::ErrorRouting(FirstError& sink)
    : structured_(xmlStructuredError), structured_context_(xmlStructuredErrorContext),
      generic_(xmlGenericError), generic_context_(xmlGenericErrorContext) {
  xmlSetStructuredErrorFunc(&sink, record_error);
  xmlSetGenericErrorFunc(nullptr, ignore_generic_error);
}

ErrorRouting::~ErrorRouting() {
  xmlSetStructuredErrorFunc(structured_context_, structured_);
  xmlSetGenericErrorFunc(generic_context_, generic_);
}

void initialise_libxml2() {
  static const bool initialised = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialised;
}

} // namespace pactum::host
