#include "readers/agreement_xml_reader.hpp"

#include <libxml/SAX2.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

#include <array>
#include <charconv>
#include <climits>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "pactum/error.hpp"
#include "readers/libxml_errors.hpp"
#include "readers/libxml_handles.hpp"

namespace pactum::host {
namespace {

constexpr std::string_view agreement_namespace = "urn:pactum:agreement:1";

// No network and no entity substitution; big line numbers so errors in long files point at
// the right line. DTD loading and attribute defaulting stay off: they are never asked for.
constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_BIG_LINES
#if LIBXML_VERSION >= 21300
                              | XML_PARSE_NO_XXE
#endif
    ;

std::string_view view(const xmlChar* text) noexcept {
  return text == nullptr ? std::string_view()
                         : std::string_view(reinterpret_cast<const char*>(text));
}

bool is_xml_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Token-typed attributes (enumerations, numbers, names) may carry surrounding blanks the schema
// collapses away; string-typed ones are taken as written.
std::string_view trim(std::string_view text) noexcept {
  while (!text.empty() && is_xml_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_xml_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// A value from the input, quoted for a message: hostile input may make it megabytes long.
std::string excerpt(std::string_view text) {
  return "'" + shortened(text, 60) + "'";
}

std::string located(std::string_view file, long line, std::string_view message) {
  std::string where(file);
  if (line > 0) {
    where += ":" + std::to_string(line);
  }
  return where + ": error: " + one_line(message);
}

std::string located(std::string_view file, long line, long column, std::string_view message) {
  if (line <= 0 || column <= 0) {
    return located(file, line, message);
  }
  return std::string(file) + ":" + std::to_string(line) + ":" + std::to_string(column) +
         ": error: " + one_line(message);
}

// Compiled schemas by path, shared by every call: compiling agreement.xsd costs far more than
// validating a typical agreement. A compiled xmlSchema is only read by validation, and each
// call validates with a context of its own.
xmlSchema& compiled_schema(const std::filesystem::path& xsd) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, Schema> schemas;
  const std::lock_guard<std::mutex> lock(mutex);
  if (const auto found = schemas.find(xsd); found != schemas.end()) {
    return *found->second;
  }
  FirstError first;
  const SchemaParser parser(xmlSchemaNewParserCtxt(xsd.string().c_str()));
  if (!parser) {
    throw Error(xsd.string() + ": error: cannot load the Agreement XML schema: out of memory");
  }
  xmlSchemaSetParserStructuredErrors(parser.get(), record_error, &first);
  Schema schema(xmlSchemaParse(parser.get()));
  if (!schema) {
    throw Error(located(xsd.string(), first.line,
                        "cannot load the Agreement XML schema: " +
                            (first.set ? first.message : std::string("unknown error"))));
  }
  xmlSchema& compiled = *schema;
  schemas.emplace(xsd, std::move(schema));
  return compiled;
}

// Element nodes keep their line in an unsigned short, 65535 for every line from there on, and
// XML_PARSE_BIG_LINES only helps text nodes. The real lines of those elements are kept here, so
// an error in a long file still names the right line. A list in document order, not a hash
// map: it is appended to for every such element but searched at most once, for the error.
using BigLines = std::vector<std::pair<const xmlNode*, long>>;

long line_of(const xmlNode& node, const BigLines& big_lines) {
  if (node.line == USHRT_MAX) {
    for (const auto& [element, line] : big_lines) {
      if (element == &node) {
        return line;
      }
    }
  }
  return xmlGetLineNo(&node);
}

// What parsing learnt besides the tree; reached from the SAX callbacks through _private.
struct ParseState {
  FirstError error;
  std::optional<long> doctype_line;
  BigLines big_lines;
};

ParseState& state_of(void* context) noexcept {
  return *static_cast<ParseState*>(static_cast<xmlParserCtxtPtr>(context)->_private);
}

void on_parse_error(void* context, xmlErrorPtr error) {
  state_of(context).error.take(error);
}

void on_start_element(void* context, const xmlChar* local_name, const xmlChar* prefix,
                      const xmlChar* uri, int namespace_count, const xmlChar** namespaces,
                      int attribute_count, int defaulted_count, const xmlChar** attributes) {
  xmlSAX2StartElementNs(context, local_name, prefix, uri, namespace_count, namespaces,
                        attribute_count, defaulted_count, attributes);
  const auto* parser = static_cast<xmlParserCtxtPtr>(context);
  if (parser->node != nullptr && parser->node->line == USHRT_MAX && parser->input != nullptr) {
    try {
      state_of(context).big_lines.emplace_back(parser->node, parser->input->line);
    } catch (...) {
      // Without memory for the line, errors name line 65535: wrong, but nothing worse.
    }
  }
}

// Called as soon as a DOCTYPE's name (and external id) is read, before its internal subset:
// stopping here means no entity declaration, DTD or external subset is ever looked at.
void on_doctype(void* context, const xmlChar* /*name*/, const xmlChar* /*external_id*/,
                const xmlChar* /*system_id*/) {
  state_of(context).doctype_line = xmlSAX2GetLineNumber(context);
  xmlStopParser(static_cast<xmlParserCtxtPtr>(context));
}

constexpr std::string_view doctype_refused =
    "a DOCTYPE is not allowed in Agreement XML (no DTDs, no entities)";

// libxml2 takes the input's size as an int.
static_assert(max_agreement_xml_bytes <= static_cast<std::size_t>(INT_MAX));

XmlDoc parse(std::string_view bytes, const std::string& file, const FirstError& stray,
             ParseState& state) {
  const ParserContext context(
      xmlCreateMemoryParserCtxt(bytes.data(), static_cast<int>(bytes.size())));
  if (!context) {
    throw Error(file + ": error: cannot parse: out of memory");
  }
  xmlCtxtUseOptions(context.get(), parse_options);
  context->_private = &state;
  xmlSAXHandler& sax = *context->sax; // the context's own copy
  sax.startElementNs = on_start_element;
  sax.internalSubset = on_doctype;
  sax.externalSubset = nullptr;
  sax.serror = on_parse_error;
  // Whitespace-only text is document text like any other, whatever libxml2's process-wide
  // keep-blanks default says.
  context->keepBlanks = 1;
  sax.ignorableWhitespace = sax.characters;

  xmlParseDocument(context.get());
  XmlDoc doc(context->myDoc);
  context->myDoc = nullptr;

  if (state.doctype_line) {
    throw Error(located(file, *state.doctype_line, doctype_refused));
  }
  if (!context->wellFormed || !context->nsWellFormed || state.error.set || !doc) {
    if (state.error.set) {
      throw Error(located(file, state.error.line, state.error.column, state.error.message));
    }
    if (stray.set) {
      throw Error(located(file, stray.line, stray.message));
    }
    throw Error(file + ": error: not well-formed XML");
  }
  // Belt and braces: the callback above stops every DOCTYPE the parser sees.
  if (doc->intSubset != nullptr || doc->extSubset != nullptr) {
    throw Error(located(file, 0, doctype_refused));
  }
  return doc;
}

void validate(xmlDoc& doc, xmlSchema& schema, const std::string& file, const BigLines& big_lines) {
  const SchemaValidator validator(xmlSchemaNewValidCtxt(&schema));
  if (!validator) {
    throw Error(file + ": error: cannot validate: out of memory");
  }
  FirstError first;
  xmlSchemaSetValidStructuredErrors(validator.get(), record_error, &first);
  const int result = xmlSchemaValidateDoc(validator.get(), &doc);
  if (result == 0) {
    return;
  }
  if (first.set) {
    throw Error(located(file, first.node == nullptr ? first.line : line_of(*first.node, big_lines),
                        first.message));
  }
  throw Error(file + ": error: not valid against the Agreement XML schema" +
              (result < 0 ? " (libxml2 failed while validating)" : ""));
}

constexpr std::array block_kinds{BlockKind::heading, BlockKind::paragraph, BlockKind::list_item,
                                 BlockKind::table_cell};
constexpr std::array document_types{
    DocumentType::msa,       DocumentType::sow,     DocumentType::schedule, DocumentType::dpa,
    DocumentType::amendment, DocumentType::kt_plan, DocumentType::other};
constexpr std::array clause_origins{ClauseOrigin::generated, ClauseOrigin::detected};
constexpr std::array party_roles{PartyRole::client, PartyRole::provider, PartyRole::mutual,
                                 PartyRole::other, PartyRole::unknown};
constexpr std::array tri_values{Tri::yes, Tri::no, Tri::unknown};

// The writer's fact names (render/xml_renderer.cpp) and the fields they fill.
constexpr std::array<std::pair<std::string_view, FactSet Facts::*>, 4> fact_set_fields{{
    {"processing_locations", &Facts::processing_locations},
    {"data_subject_regions", &Facts::data_subject_regions},
    {"languages", &Facts::languages},
    {"channels", &Facts::channels},
}};
constexpr std::array<std::pair<std::string_view, Tri Facts::*>, 5> tri_fact_fields{{
    {"personal_data", &Facts::personal_data},
    {"payment_card_data", &Facts::payment_card_data},
    {"health_data", &Facts::health_data},
    {"calls_recorded", &Facts::calls_recorded},
    {"prior_outsourcing", &Facts::prior_outsourcing},
}};

// Turns a schema-valid tree into the Agreement. The schema has already checked structure and
// lexical forms; what is checked here is what it cannot express, plus the limits of the model's
// types. Every failure names the line of the element at fault.
class AgreementBuilder {
public:
  AgreementBuilder(std::string file, const BigLines& big_lines)
      : file_(std::move(file)), big_lines_(big_lines) {}

  Agreement build(const xmlNode& root) const {
    if (!is_named(root, "agreement")) {
      fail(root,
           "the root element is not <agreement> in namespace " + std::string(agreement_namespace));
    }
    Agreement agreement;
    agreement.id = required(root, "id");
    for (const xmlNode* child = root.children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) {
        continue;
      }
      if (is_named(*child, "generated")) {
        agreement.generated = stamp(*child);
      } else if (is_named(*child, "parties")) {
        for_each_element(*child, "party", [&](const xmlNode& node, std::size_t) {
          agreement.parties.push_back(party(node));
        });
      } else if (is_named(*child, "facts")) {
        agreement.facts = facts(*child);
      } else if (is_named(*child, "documents")) {
        for_each_element(*child, "document", [&](const xmlNode& node, std::size_t) {
          agreement.documents.push_back(document(node));
        });
      } else if (is_named(*child, "terms")) {
        for_each_element(*child, "term", [&](const xmlNode& node, std::size_t index) {
          agreement.terms.push_back(term(node, index, agreement.documents));
        });
      } else {
        unexpected(*child);
      }
    }
    return agreement;
  }

private:
  [[noreturn]] void fail(const xmlNode& node, std::string_view message) const {
    throw Error(located(file_, line_of(node, big_lines_), message));
  }

  [[noreturn]] void unexpected(const xmlNode& node) const {
    fail(node, "unexpected element <" + std::string(view(node.name)) + ">");
  }

  static bool is_named(const xmlNode& node, std::string_view name) noexcept {
    return node.type == XML_ELEMENT_NODE && node.ns != nullptr &&
           view(node.ns->href) == agreement_namespace && view(node.name) == name;
  }

  // Calls `visit(element, index)` for each child element, which must all be <name>.
  template <typename Visit>
  void for_each_element(const xmlNode& parent, std::string_view name, Visit&& visit) const {
    std::size_t index = 0;
    for (const xmlNode* child = parent.children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) {
        continue;
      }
      if (!is_named(*child, name)) {
        unexpected(*child);
      }
      visit(*child, index++);
    }
  }

  // Character content, from as many text and CDATA nodes as the parser made of it.
  std::string content(const xmlNode& node) const {
    std::string text;
    for (const xmlNode* child = node.children; child != nullptr; child = child->next) {
      switch (child->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        text += view(child->content);
        break;
      case XML_COMMENT_NODE:
      case XML_PI_NODE:
        break;
      default:
        fail(*child, "unexpected content in <" + std::string(view(node.name)) + ">");
      }
    }
    return text;
  }

  static std::optional<std::string> attribute(const xmlNode& node, const char* name) {
    // xmlGetNoNsProp joins the value from however many nodes the parser split it into.
    const XmlString value(xmlGetNoNsProp(&node, BAD_CAST name));
    if (!value) {
      return std::nullopt;
    }
    return std::string(view(value.get()));
  }

  std::string required(const xmlNode& node, const char* name) const {
    std::optional<std::string> value = attribute(node, name);
    if (!value) {
      fail(node, "<" + std::string(view(node.name)) + "> has no " + name + " attribute");
    }
    return std::move(*value);
  }

  static std::string optional_string(const xmlNode& node, const char* name) {
    return attribute(node, name).value_or(std::string());
  }

  std::optional<std::size_t> optional_count(const xmlNode& node, const char* name) const {
    const std::optional<std::string> text = attribute(node, name);
    if (!text) {
      return std::nullopt;
    }
    std::string_view digits = trim(*text);
    bool negative = false;
    if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) {
      negative = digits.front() == '-';
      digits.remove_prefix(1);
    }
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || end != digits.data() + digits.size() ||
        (error == std::errc() && negative && value != 0)) {
      fail(node, std::string(name) + "=" + excerpt(*text) + " is not a non-negative integer");
    }
    if (error != std::errc()) {
      fail(node, std::string(name) + "=" + excerpt(*text) + " is too large");
    }
    return value;
  }

  std::size_t count(const xmlNode& node, const char* name) const {
    const std::optional<std::size_t> value = optional_count(node, name);
    if (!value) {
      fail(node, "<" + std::string(view(node.name)) + "> has no " + name + " attribute");
    }
    return *value;
  }

  std::optional<bool> optional_boolean(const xmlNode& node, const char* name) const {
    const std::optional<std::string> text = attribute(node, name);
    if (!text) {
      return std::nullopt;
    }
    const std::string_view token = trim(*text);
    if (token == "true" || token == "1") {
      return true;
    }
    if (token == "false" || token == "0") {
      return false;
    }
    fail(node, std::string(name) + "=" + excerpt(*text) + " is not a boolean");
  }

  bool boolean(const xmlNode& node, const char* name) const {
    const std::optional<bool> value = optional_boolean(node, name);
    if (!value) {
      fail(node, "<" + std::string(view(node.name)) + "> has no " + name + " attribute");
    }
    return *value;
  }

  // The enumerator whose to_string is the attribute's value: the model's names, not a copy.
  template <typename Enum, std::size_t N>
  Enum enumerated(const xmlNode& node, const char* name, const std::array<Enum, N>& values) const {
    const std::string text = required(node, name);
    const std::string_view token = trim(text);
    for (const Enum value : values) {
      if (to_string(value) == token) {
        return value;
      }
    }
    fail(node, std::string(name) + "=" + excerpt(text) + " is not a value the model knows");
  }

  double confidence(const xmlNode& node) const {
    const std::string text = required(node, "confidence");
    std::string_view number = trim(text);
    if (!number.empty() && number.front() == '+') {
      number.remove_prefix(1);
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value,
                                              std::chars_format::fixed);
    // The negated test also refuses NaN.
    if (number.empty() || error != std::errc() || end != number.data() + number.size() ||
        !(value >= 0.0 && value <= 1.0)) {
      fail(node, "confidence=" + excerpt(text) + " is not a number in [0, 1]");
    }
    return value;
  }

  // A byte range must lie inside the text it is a range of, or slicing it would mean nothing.
  void check_span(const xmlNode& node, const std::string& what, std::size_t begin, std::size_t end,
                  const Document& document) const {
    if (begin > end) {
      fail(node, what + " begins at byte " + std::to_string(begin) + ", after its end at byte " +
                     std::to_string(end));
    }
    if (end > document.text.size()) {
      fail(node, what + " ends at byte " + std::to_string(end) +
                     ", past the end of the text of document " + excerpt(document.id) + " (" +
                     std::to_string(document.text.size()) + " bytes)");
    }
  }

  GenerationStamp stamp(const xmlNode& node) const {
    return GenerationStamp{.pactum_version = required(node, "pactum-version"),
                           .template_id = required(node, "template"),
                           .template_version = required(node, "template-version"),
                           .deal_file = optional_string(node, "deal-file")};
  }

  Party party(const xmlNode& node) const {
    return Party{.name = required(node, "name"),
                 .role = enumerated(node, "role", party_roles),
                 .defined_term = optional_string(node, "defined-term"),
                 .country = std::string(trim(optional_string(node, "country")))};
  }

  Facts facts(const xmlNode& parent) const {
    Facts facts;
    std::set<std::string, std::less<>> seen;
    for (const xmlNode* node = parent.children; node != nullptr; node = node->next) {
      if (node->type != XML_ELEMENT_NODE) {
        continue;
      }
      const bool is_set = is_named(*node, "fact-set");
      if (!is_set && !is_named(*node, "fact")) {
        unexpected(*node);
      }
      const std::string name(trim(required(*node, "name")));
      if (!seen.insert(name).second) {
        fail(*node, "fact " + excerpt(name) + " appears more than once");
      }
      if (is_set) {
        FactSet& set = fact_set(*node, name, facts);
        set.known = boolean(*node, "known");
        for_each_element(*node, "value", [&](const xmlNode& value, std::size_t) {
          set.values.push_back(content(value));
        });
      } else {
        const Tri value = enumerated(*node, "value", tri_values);
        if (Tri Facts::*const field = tri_fact(name)) {
          facts.*field = value;
        } else if (name.find('.') != std::string::npos) {
          facts.extra.emplace(name, value); // a plugin's fact, under its prefix
        } else {
          fail(*node, "fact " + excerpt(name) +
                          " is not one the model knows, and a plugin's fact has a dotted name");
        }
      }
    }
    return facts;
  }

  FactSet& fact_set(const xmlNode& node, std::string_view name, Facts& facts) const {
    for (const auto& [known, field] : fact_set_fields) {
      if (known == name) {
        return facts.*field;
      }
    }
    fail(node, "fact set " + excerpt(name) + " is not one the model knows");
  }

  static Tri Facts::*tri_fact(std::string_view name) noexcept {
    for (const auto& [known, field] : tri_fact_fields) {
      if (known == name) {
        return field;
      }
    }
    return nullptr;
  }

  Document document(const xmlNode& node) const {
    Document document;
    document.id = required(node, "id");
    document.type = enumerated(node, "type", document_types);
    document.language = std::string(trim(optional_string(node, "language")));
    document.title = optional_string(node, "title");
    document.source_file = optional_string(node, "source-file");
    const std::string where = "document " + excerpt(document.id);
    bool have_text = false;
    for (const xmlNode* child = node.children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) {
        continue;
      }
      if (is_named(*child, "text")) {
        document.text = content(*child);
        have_text = true;
        continue;
      }
      // Spans are checked against the text, which the schema puts first.
      if (!have_text) {
        unexpected(*child);
      }
      if (is_named(*child, "blocks")) {
        for_each_element(*child, "block", [&](const xmlNode& block_node, std::size_t index) {
          document.blocks.push_back(block(block_node));
          const Block& added = document.blocks.back();
          check_span(block_node, where + " block " + std::to_string(index), added.begin, added.end,
                     document);
        });
      } else if (is_named(*child, "clauses")) {
        for_each_element(*child, "clause", [&](const xmlNode& clause_node, std::size_t index) {
          document.clauses.push_back(clause(clause_node));
          const Clause& added = document.clauses.back();
          check_span(clause_node, where + " clause " + std::to_string(index), added.begin,
                     added.end, document);
        });
      } else {
        unexpected(*child);
      }
    }
    return document;
  }

  Block block(const xmlNode& node) const {
    Block block;
    block.kind = enumerated(node, "kind", block_kinds);
    const std::size_t level = count(node, "level");
    if (level > static_cast<std::size_t>(INT_MAX)) {
      fail(node, "level " + std::to_string(level) + " is too large");
    }
    block.level = static_cast<int>(level);
    block.section = optional_string(node, "section");
    block.begin = count(node, "begin");
    block.end = count(node, "end");
    // The writer writes these for table cells only; read them wherever they are.
    block.table = optional_count(node, "table").value_or(0);
    block.row = optional_count(node, "row").value_or(0);
    block.column = optional_count(node, "column").value_or(0);
    block.header = optional_boolean(node, "header").value_or(false);
    return block;
  }

  Clause clause(const xmlNode& node) const {
    return Clause{.kind = std::string(trim(required(node, "kind"))),
                  .section = optional_string(node, "section"),
                  .begin = count(node, "begin"),
                  .end = count(node, "end"),
                  .origin = enumerated(node, "origin", clause_origins),
                  .confidence = confidence(node),
                  .party = enumerated(node, "party", party_roles)};
  }

  Term term(const xmlNode& node, std::size_t index, const std::vector<Document>& documents) const {
    Term term;
    term.name = std::string(trim(required(node, "name")));
    term.qualifier = optional_string(node, "qualifier");
    term.value = required(node, "value");
    term.business_days = boolean(node, "business-days");
    term.party = enumerated(node, "party", party_roles);
    const std::string what = "term " + std::to_string(index) + " " + excerpt(term.name);

    TermOrigin& origin = term.origin;
    origin.document = optional_count(node, "document");
    origin.clause = optional_count(node, "clause");
    const std::optional<std::size_t> begin = optional_count(node, "begin");
    const std::optional<std::size_t> end = optional_count(node, "end");
    if (!origin.document) {
      // Both are positions inside a document: without one they point nowhere.
      if (origin.clause) {
        fail(node, what + " names a clause but no document");
      }
      if (begin || end) {
        fail(node, what + " has a span (begin, end) but no document");
      }
    } else {
      if (*origin.document >= documents.size()) {
        fail(node, what + " names document " + std::to_string(*origin.document) +
                       ", but the agreement has " + std::to_string(documents.size()) +
                       " documents");
      }
      const Document& document = documents[*origin.document];
      if (origin.clause && *origin.clause >= document.clauses.size()) {
        fail(node, what + " names clause " + std::to_string(*origin.clause) + " of document " +
                       excerpt(document.id) + ", which has " +
                       std::to_string(document.clauses.size()) + " clauses");
      }
      origin.begin = begin.value_or(0);
      origin.end = end.value_or(0);
      check_span(node, what, origin.begin, origin.end, document);
    }

    const std::optional<std::string> deal_file = attribute(node, "deal-file");
    const std::optional<std::size_t> line = optional_count(node, "line");
    const std::optional<std::size_t> column = optional_count(node, "column");
    if (deal_file || line || column) {
      origin.deal = FilePosition{.file = deal_file.value_or(std::string()),
                                 .line = line.value_or(0),
                                 .column = column.value_or(0)};
    }
    return term;
  }

  std::string file_;
  const BigLines& big_lines_;
};

} // namespace

Agreement read_agreement_xml(std::string_view bytes, std::string_view file_name,
                             const std::filesystem::path& xsd) {
  const std::string file(file_name);
  if (bytes.empty()) {
    throw Error(file + ": error: the file is empty; expected Agreement XML");
  }
  if (bytes.size() > max_agreement_xml_bytes) {
    throw Error(file + ": error: the file has " + std::to_string(bytes.size()) +
                " bytes, more than the " + std::to_string(max_agreement_xml_bytes) +
                " bytes Agreement XML may have");
  }
  initialise_libxml2();
  FirstError stray;
  const ErrorRouting routing(stray);
  xmlSchema& schema = compiled_schema(xsd);
  ParseState state;
  const XmlDoc doc = parse(bytes, file, stray, state);
  validate(*doc, schema, file, state.big_lines);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) {
    throw Error(file + ": error: the document has no root element");
  }
  return AgreementBuilder(file, state.big_lines).build(*root);
}

} // namespace pactum::host
