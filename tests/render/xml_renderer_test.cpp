#include <gtest/gtest.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <cstddef>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactum/error.hpp"
#include "pactum/model/agreement.hpp"
#include "readers/libxml_handles.hpp"
#include "render/xml_renderer.hpp"

using pactum::Agreement;
using pactum::Block;
using pactum::BlockKind;
using pactum::Clause;
using pactum::ClauseOrigin;
using pactum::Document;
using pactum::DocumentType;
using pactum::PartyRole;
using pactum::Term;
using pactum::Tri;
using pactum::host::render_agreement_xml;
using pactum::host::Schema;
using pactum::host::SchemaParser;
using pactum::host::SchemaValidator;
using pactum::host::XmlDoc;
using pactum::host::XmlString;

namespace {

constexpr const char* agreement_namespace = "urn:pactum:agreement:1";

void collect_error(void* messages, xmlErrorPtr error) {
  static_cast<std::vector<std::string>*>(messages)->push_back(
      "line " + std::to_string(error->line) + ": " + (error->message ? error->message : "?"));
}

// Parsing as a careful consumer would: no network, no entity substitution.
XmlDoc parse(const std::string& xml, std::vector<std::string>& errors) {
  xmlSetStructuredErrorFunc(&errors, collect_error);
  XmlDoc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "agreement.xml", nullptr,
                           XML_PARSE_NONET));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  return doc;
}

XmlDoc parse(const std::string& xml) {
  std::vector<std::string> errors;
  XmlDoc doc = parse(xml, errors);
  EXPECT_TRUE(doc) << "not well-formed:\n" << testing::PrintToString(errors) << "\n" << xml;
  return doc;
}

xmlSchema* shipped_schema() {
  static const Schema schema = [] {
    const std::string path = std::string(PACTUM_SOURCE_DIR) + "/schemas/agreement.xsd";
    const SchemaParser parser(xmlSchemaNewParserCtxt(path.c_str()));
    std::vector<std::string> errors;
    xmlSchemaSetParserStructuredErrors(parser.get(), collect_error, &errors);
    Schema parsed(xmlSchemaParse(parser.get()));
    EXPECT_TRUE(parsed) << path << ":\n" << testing::PrintToString(errors);
    return parsed;
  }();
  return schema.get();
}

// The schema's complaints about `xml`; empty when it is well-formed and valid.
std::vector<std::string> schema_errors(const std::string& xml) {
  std::vector<std::string> errors;
  const XmlDoc doc = parse(xml, errors);
  if (!doc) {
    errors.insert(errors.begin(), "not well-formed");
    return errors;
  }
  xmlSchema* schema = shipped_schema();
  if (schema == nullptr) {
    return {"the schema did not load"};
  }
  const SchemaValidator validator(xmlSchemaNewValidCtxt(schema));
  xmlSchemaSetValidStructuredErrors(validator.get(), collect_error, &errors);
  if (xmlSchemaValidateDoc(validator.get(), doc.get()) != 0 && errors.empty()) {
    errors.emplace_back("invalid");
  }
  return errors;
}

bool is_element(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(node->ns->href), agreement_namespace) == 0 &&
         name == reinterpret_cast<const char*>(node->name);
}

std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view name) {
  std::vector<const xmlNode*> found;
  for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (is_element(node, name)) {
      found.push_back(node);
    }
  }
  return found;
}

const xmlNode* child(const xmlNode* parent, std::string_view name) {
  const std::vector<const xmlNode*> found = children(parent, name);
  return found.size() == 1 ? found.front() : nullptr;
}

std::string content(const xmlNode* node) {
  const XmlString text(xmlNodeGetContent(node));
  return text ? std::string(reinterpret_cast<const char*>(text.get())) : std::string();
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
  const XmlString value(xmlGetProp(node, BAD_CAST name));
  if (!value) {
    return std::nullopt;
  }
  return std::string(reinterpret_cast<const char*>(value.get()));
}

std::size_t offset(const xmlNode* node, const char* name) {
  return std::stoul(attribute(node, name).value_or("-"));
}

// Appends `text` and returns its byte range in the document's text.
std::pair<std::size_t, std::size_t> append(Document& document, std::string_view text) {
  const std::size_t begin = document.text.size();
  document.text += text;
  return {begin, document.text.size()};
}

void add_block(Document& document, BlockKind kind, int level, std::string section,
               std::string_view text) {
  const auto [begin, end] = append(document, text);
  document.blocks.push_back(Block{
      .kind = kind, .level = level, .section = std::move(section), .begin = begin, .end = end});
  document.text += "\n\n";
}

Document master_agreement() {
  Document msa{.id = "msa",
               .title = "Master Services Agreement",
               .type = DocumentType::msa,
               .language = "en"};
  add_block(msa, BlockKind::heading, 1, "", "Master Services Agreement");
  add_block(msa, BlockKind::heading, 2, "1", "1. Parties");
  add_block(msa, BlockKind::paragraph, 0, "1.1",
            "1.1 Harbour & Finch Ltd (\"the Customer\") and 深圳客服有限公司 <the Provider>.");
  add_block(msa, BlockKind::heading, 2, "2", "2. Service Levels");
  const char* cells[3][3] = {{"KPI", "Target", "Window"},
                             {"Answer rate", ">= 80% | *all* queues", "PT20S"},
                             {"Abandon rate", "< 5%", "monthly"}};
  for (std::size_t row = 0; row < 3; ++row) {
    for (std::size_t column = 0; column < 3; ++column) {
      add_block(msa, BlockKind::table_cell, 0, "", cells[row][column]);
      Block& cell = msa.blocks.back();
      cell.row = row;
      cell.column = column;
      cell.header = row == 0;
    }
  }
  add_block(msa, BlockKind::heading, 2, "12", "12. Governing Law");
  const std::size_t law_begin = msa.text.size();
  add_block(msa, BlockKind::paragraph, 0, "12.1",
            "12.1 This Agreement is governed by the laws of England and Wales (§ 12).");
  msa.clauses.push_back(Clause{.kind = "governing_law",
                               .section = "12.1",
                               .begin = law_begin,
                               .end = msa.blocks.back().end,
                               .origin = ClauseOrigin::generated,
                               .confidence = 1.0,
                               .party = PartyRole::mutual});
  return msa;
}

// Text that only survives a careless writer by luck: CR LF and lone CR, tabs, leading and
// trailing blanks, markup look-alikes, a CDATA end, and characters of 2, 3 and 4 bytes.
Document statement_of_work() {
  Document sow{.id = "sow-1",
               .type = DocumentType::sow,
               .language = "zh-Hans",
               .source_file = "in/SOW 1 <final>.txt"};
  append(sow, "  \r\n\t");
  add_block(sow, BlockKind::paragraph, 0, "1", "1 工作说明书：客服外包。\r\nLine two\rthree\t");
  const std::size_t detected_begin = sow.text.size();
  add_block(sow, BlockKind::list_item, 1, "", "Fees & <charges> ]]> \"quoted\" 'single' 😀 €");
  sow.clauses.push_back(Clause{.kind = "pricing.model",
                               .begin = detected_begin,
                               .end = sow.blocks.back().end,
                               .origin = ClauseOrigin::detected,
                               .confidence = 0.8567,
                               .party = PartyRole::provider});
  append(sow, "   \n");
  return sow;
}

Agreement sample_agreement() {
  Agreement agreement{.id = "hf-2026-001"};
  agreement.generated = pactum::GenerationStamp{.pactum_version = "0.1.0",
                                                .template_id = "cc_outsourcing",
                                                .template_version = "2.0",
                                                .deal_file = "deals/harbour & finch.yaml"};
  agreement.parties = {
      {.name = "Harbour & Finch Ltd",
       .role = PartyRole::client,
       .defined_term = "the \"Customer\"",
       .country = "GB"},
      {.name = "深圳客服有限公司\tCo.", .role = PartyRole::provider, .country = "CN"}};
  agreement.facts.processing_locations = {.known = true, .values = {"PH", "CN"}};
  agreement.facts.channels = {.known = true, .values = {"voice", "chat"}};
  agreement.facts.personal_data = Tri::yes;
  agreement.facts.health_data = Tri::no;
  agreement.facts.extra = {{"core.offshore_voice", Tri::yes}};
  agreement.documents = {master_agreement(), statement_of_work()};
  const Clause& law = agreement.documents[0].clauses[0];
  agreement.terms.push_back(
      Term{.name = "governing_law",
           .value = "GB-ENG",
           .party = PartyRole::mutual,
           .origin = {.document = 0, .clause = 0, .begin = law.end - 26, .end = law.end - 9}});
  agreement.terms.push_back(Term{
      .name = "termination.convenience.notice",
      .value = "P90D",
      .business_days = true,
      .party = PartyRole::client,
      .origin = {.deal =
                     pactum::FilePosition{.file = "deals/harbour.yaml", .line = 12, .column = 5}}});
  agreement.terms.push_back(Term{
      .name = "kpi.target", .qualifier = "answer_rate", .value = ">= 0.80 answered within PT20S"});
  return agreement;
}

} // namespace

TEST(XmlRenderer, OutputIsValidAgainstTheShippedSchema) {
  const std::string xml = render_agreement_xml(sample_agreement());
  EXPECT_EQ(schema_errors(xml), std::vector<std::string>{}) << xml;
}

TEST(XmlRenderer, TextReadsBackByteForByteAndOffsetsSliceIt) {
  const Agreement agreement = sample_agreement();
  const XmlDoc doc = parse(render_agreement_xml(agreement));
  ASSERT_TRUE(doc);
  const xmlNode* documents = child(xmlDocGetRootElement(doc.get()), "documents");
  ASSERT_NE(documents, nullptr);
  const std::vector<const xmlNode*> written = children(documents, "document");
  ASSERT_EQ(written.size(), agreement.documents.size());
  for (std::size_t d = 0; d < written.size(); ++d) {
    const Document& document = agreement.documents[d];
    const std::string text = content(child(written[d], "text"));
    EXPECT_EQ(text, document.text) << document.id;

    const std::vector<const xmlNode*> clauses = children(child(written[d], "clauses"), "clause");
    ASSERT_EQ(clauses.size(), document.clauses.size());
    for (std::size_t c = 0; c < clauses.size(); ++c) {
      const std::size_t begin = offset(clauses[c], "begin");
      const std::size_t end = offset(clauses[c], "end");
      ASSERT_LE(begin, end);
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(begin, end - begin), document.text_of(document.clauses[c]));
    }
    const std::vector<const xmlNode*> blocks = children(child(written[d], "blocks"), "block");
    ASSERT_EQ(blocks.size(), document.blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      const std::size_t begin = offset(blocks[b], "begin");
      EXPECT_EQ(text.substr(begin, offset(blocks[b], "end") - begin),
                document.slice(document.blocks[b].begin, document.blocks[b].end));
    }
  }
  // The sliced clause is the one the generator wrote.
  EXPECT_EQ(agreement.documents[0].text_of(agreement.documents[0].clauses[0]),
            "12.1 This Agreement is governed by the laws of England and Wales (§ 12).");
  EXPECT_EQ(agreement.documents[1].text_of(agreement.documents[1].clauses[0]),
            "Fees & <charges> ]]> \"quoted\" 'single' 😀 €");
}

TEST(XmlRenderer, AttributesReadBackUnchanged) {
  const Agreement agreement = sample_agreement();
  const XmlDoc doc = parse(render_agreement_xml(agreement));
  ASSERT_TRUE(doc);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  ASSERT_TRUE(is_element(root, "agreement"));
  EXPECT_EQ(attribute(root, "id"), "hf-2026-001");
  EXPECT_EQ(attribute(child(root, "generated"), "deal-file"), "deals/harbour & finch.yaml");

  const std::vector<const xmlNode*> parties = children(child(root, "parties"), "party");
  ASSERT_EQ(parties.size(), 2U);
  EXPECT_EQ(attribute(parties[0], "name"), "Harbour & Finch Ltd");
  EXPECT_EQ(attribute(parties[0], "defined-term"), "the \"Customer\"");
  EXPECT_EQ(attribute(parties[1], "name"), "深圳客服有限公司\tCo.");
  EXPECT_EQ(attribute(parties[1], "defined-term"), std::nullopt); // empty strings are left out

  const xmlNode* sow = children(child(root, "documents"), "document")[1];
  EXPECT_EQ(attribute(sow, "source-file"), "in/SOW 1 <final>.txt");
  EXPECT_EQ(attribute(sow, "title"), std::nullopt);
  const xmlNode* detected = child(child(sow, "clauses"), "clause");
  EXPECT_EQ(attribute(detected, "confidence"), "0.857");
  EXPECT_EQ(attribute(detected, "origin"), "detected");
  EXPECT_EQ(attribute(detected, "section"), std::nullopt);

  const std::vector<const xmlNode*> terms = children(child(root, "terms"), "term");
  ASSERT_EQ(terms.size(), 3U);
  EXPECT_EQ(attribute(terms[0], "document"), "0");
  EXPECT_EQ(attribute(terms[0], "clause"), "0");
  EXPECT_EQ(attribute(terms[0], "line"), std::nullopt);
  const Document& msa = agreement.documents[0];
  const std::size_t begin = offset(terms[0], "begin");
  EXPECT_EQ(msa.slice(begin, offset(terms[0], "end")), "England and Wales");
  EXPECT_EQ(attribute(terms[1], "deal-file"), "deals/harbour.yaml");
  EXPECT_EQ(attribute(terms[1], "line"), "12");
  EXPECT_EQ(attribute(terms[1], "column"), "5");
  EXPECT_EQ(attribute(terms[1], "business-days"), "true");
  EXPECT_EQ(attribute(terms[1], "document"), std::nullopt);
  EXPECT_EQ(attribute(terms[2], "value"), ">= 0.80 answered within PT20S");
  EXPECT_EQ(attribute(terms[2], "qualifier"), "answer_rate");
}

TEST(XmlRenderer, WritesTableCellPositionsOnTableCellsOnly) {
  const XmlDoc doc = parse(render_agreement_xml(sample_agreement()));
  ASSERT_TRUE(doc);
  const xmlNode* msa = children(child(xmlDocGetRootElement(doc.get()), "documents"), "document")[0];
  std::size_t cells = 0;
  for (const xmlNode* block : children(child(msa, "blocks"), "block")) {
    if (attribute(block, "kind") != "table_cell") {
      EXPECT_EQ(attribute(block, "table"), std::nullopt);
      EXPECT_EQ(attribute(block, "header"), std::nullopt);
      continue;
    }
    EXPECT_EQ(attribute(block, "table"), "0");
    EXPECT_EQ(attribute(block, "row"), std::to_string(cells / 3));
    EXPECT_EQ(attribute(block, "column"), std::to_string(cells % 3));
    EXPECT_EQ(attribute(block, "header"), cells < 3 ? "true" : "false");
    ++cells;
  }
  EXPECT_EQ(cells, 9U);
}

TEST(XmlRenderer, PinsTheLayout) {
  Agreement agreement{.id = "a1"};
  agreement.generated = pactum::GenerationStamp{
      .pactum_version = "0.1.0", .template_id = "cc", .template_version = "2"};
  agreement.parties = {{.name = "Harbour & Finch", .role = PartyRole::client, .country = "GB"}};
  agreement.facts.languages = {.known = true, .values = {"en"}};
  Document document{.id = "msa", .type = DocumentType::msa, .language = "en"};
  add_block(document, BlockKind::paragraph, 0, "1", "1 A\r\nB");
  document.clauses.push_back(Clause{.kind = "governing_law",
                                    .section = "1",
                                    .begin = 0,
                                    .end = 6,
                                    .origin = ClauseOrigin::generated,
                                    .confidence = 1.0,
                                    .party = PartyRole::mutual});
  agreement.documents.push_back(document);
  agreement.terms.push_back(Term{
      .name = "governing_law", .value = "GB-ENG", .origin = {.document = 0, .begin = 2, .end = 3}});
  EXPECT_EQ(render_agreement_xml(agreement),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<agreement id="a1" xmlns="urn:pactum:agreement:1">
  <generated pactum-version="0.1.0" template="cc" template-version="2"/>
  <parties>
    <party role="client" name="Harbour &amp; Finch" country="GB"/>
  </parties>
  <facts>
    <fact-set name="processing_locations" known="false"/>
    <fact-set name="data_subject_regions" known="false"/>
    <fact-set name="languages" known="true">
      <value>en</value>
    </fact-set>
    <fact-set name="channels" known="false"/>
    <fact name="personal_data" value="unknown"/>
    <fact name="payment_card_data" value="unknown"/>
    <fact name="health_data" value="unknown"/>
    <fact name="calls_recorded" value="unknown"/>
    <fact name="prior_outsourcing" value="unknown"/>
  </facts>
  <documents>
    <document id="msa" type="msa" language="en">
      <text>1 A&#13;
B

</text>
      <blocks>
        <block kind="paragraph" level="0" section="1" begin="0" end="6"/>
      </blocks>
      <clauses>
        <clause kind="governing_law" section="1" begin="0" end="6" origin="generated" confidence="1" party="mutual"/>
      </clauses>
    </document>
  </documents>
  <terms>
    <term name="governing_law" value="GB-ENG" business-days="false" party="unknown" document="0" begin="2" end="3"/>
  </terms>
</agreement>
)");
}

TEST(XmlRenderer, WritesConfidenceWithAtMostThreeDecimals) {
  Agreement agreement;
  Document document{.id = "d", .text = "x"};
  for (const double confidence : {1.0, 0.0, 0.85, 0.8567, 0.1004, 0.9996, 0.05}) {
    document.clauses.push_back(
        Clause{.kind = "pilot", .begin = 0, .end = 1, .confidence = confidence});
  }
  agreement.documents.push_back(document);
  const std::string xml = render_agreement_xml(agreement);
  EXPECT_EQ(schema_errors(xml), std::vector<std::string>{}) << xml;
  const XmlDoc doc = parse(xml);
  ASSERT_TRUE(doc);
  std::vector<std::string> written;
  const xmlNode* d = child(child(xmlDocGetRootElement(doc.get()), "documents"), "document");
  for (const xmlNode* clause : children(child(d, "clauses"), "clause")) {
    written.push_back(attribute(clause, "confidence").value_or("?"));
  }
  EXPECT_EQ(written, (std::vector<std::string>{"1", "0", "0.85", "0.857", "0.1", "1", "0.05"}));

  agreement.documents[0].clauses[0].confidence = 1.2;
  EXPECT_THROW((void)render_agreement_xml(agreement), pactum::Error);
}

std::string xml_error(const Agreement& agreement) {
  try {
    const std::string xml = render_agreement_xml(agreement);
    return "no error; the output is " +
           std::string(schema_errors(xml).empty() ? "valid" : "INVALID") + ":\n" + xml;
  } catch (const pactum::Error& e) {
    return e.what();
  }
}

// XML 1.0 cannot carry U+0001 even as &#1;, and replacing it would shift or falsify the text the
// offsets point into, so the renderer refuses with the place and the byte offset.
TEST(XmlRenderer, RefusesCharactersXmlCannotCarry) {
  Agreement agreement = sample_agreement();
  agreement.documents[1].text.insert(5, "\x01");
  EXPECT_EQ(xml_error(agreement), "cannot write the agreement as XML: document 'sow-1', text: "
                                  "byte 5 is U+0001, which XML 1.0 cannot carry");

  agreement = sample_agreement();
  agreement.documents[0].text += "\x0c";
  EXPECT_NE(xml_error(agreement).find("is U+000C, which XML 1.0 cannot carry"), std::string::npos);

  agreement = sample_agreement();
  agreement.parties[0].name = "Harbour\x1b Finch";
  EXPECT_EQ(xml_error(agreement), "cannot write the agreement as XML: party 0, attribute name: "
                                  "byte 7 is U+001B, which XML 1.0 cannot carry");

  agreement = sample_agreement();
  agreement.terms[1].value = std::string("P90D\0", 5);
  EXPECT_EQ(xml_error(agreement),
            "cannot write the agreement as XML: term 1 'termination.convenience.notice', "
            "attribute value: byte 4 is U+0000, which XML 1.0 cannot carry");

  agreement = sample_agreement();
  agreement.facts.languages = {.known = true, .values = {"en\xef\xbf\xbf"}}; // U+FFFF
  EXPECT_EQ(xml_error(agreement), "cannot write the agreement as XML: fact set 'languages', "
                                  "value: byte 2 is U+FFFF, which XML 1.0 cannot carry");
}

TEST(XmlRenderer, RefusesTextThatIsNotUtf8) {
  for (const std::string bad : {"caf\xe9", "\xc3\x28", "\xed\xa0\x80", "\xc0\xaf", "ab\xf0\x9f"}) {
    Agreement agreement = sample_agreement();
    agreement.documents[0].text = bad;
    EXPECT_NE(xml_error(agreement).find("document 'msa', text: byte "), std::string::npos)
        << testing::PrintToString(bad);
  }
}

// The schema is a contract, not a formality: it refuses what the renderer must never write.
TEST(XmlRenderer, SchemaRefusesWhatTheModelDoesNotAllow) {
  const std::string xml = render_agreement_xml(sample_agreement());
  ASSERT_EQ(schema_errors(xml), std::vector<std::string>{});
  const auto replaced = [&xml](std::string_view from, std::string_view to) {
    std::string changed = xml;
    const std::size_t at = changed.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? xml : changed.replace(at, from.size(), to);
  };
  for (const auto& [from, to] : std::vector<std::pair<std::string_view, std::string_view>>{
           {R"(kind="governing_law")", R"(kind="Governing Law")"},
           {R"(kind="governing_law")", R"(kind="governing_law.")"},
           {R"(kind="heading")", R"(kind="chapter")"},
           {R"(type="msa")", R"(type="contract")"},
           {R"(origin="generated")", R"(origin="guessed")"},
           {R"(role="client")", R"(role="customer")"},
           {R"(value="true")", R"(value="yes")"},
           {R"(confidence="0.857")", R"(confidence="0.8567")"},
           {R"(confidence="0.857")", R"(confidence="1.5")"},
           {R"(begin="0")", R"(begin="-1")"},
           {R"(name="termination.convenience.notice")", R"(name="Notice")"},
           {R"(id="sow-1")", R"(id="msa")"},
           {R"(<party role="client")", R"(<party role="client" share="51%")"},
       }) {
    EXPECT_NE(schema_errors(replaced(from, to)), std::vector<std::string>{}) << from << " → " << to;
  }
}
