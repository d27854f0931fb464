// read_agreement_xml is the inverse of render_agreement_xml: what one writes the other reads back
// field for field, and anything else (hostile or merely wrong) is one line of error, never a
// crash, a network or file access, or text on stderr.
#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "../templates/test_template.hpp"
#include "pactum/error.hpp"
#include "pactum/model/agreement.hpp"
#include "readers/agreement_xml_reader.hpp"
#include "render/xml_renderer.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"

using namespace pactum;
using pactum::host::max_agreement_xml_bytes;
using pactum::host::read_agreement_xml;
using pactum::host::render_agreement_xml;

namespace {

const std::filesystem::path xsd =
    std::filesystem::path(PACTUM_SOURCE_DIR) / "schemas" / "agreement.xsd";

Agreement read(std::string_view xml) {
  return read_agreement_xml(xml, "agreement.xml", xsd);
}

// The one-line message read_agreement_xml refuses `xml` with, or "accepted".
std::string refusal(std::string_view xml) {
  try {
    read(xml);
  } catch (const Error& e) {
    return e.what();
  }
  return "accepted";
}

Agreement generate_example(const std::string& name) {
  const std::string path = pactum::test::example_deal_path(name);
  const host::DealLoad loaded =
      host::load_deal(pactum::test::read_text(path), path, pactum::test::cs_outsourcing());
  if (!loaded.deal) {
    ADD_FAILURE() << loaded.errors.front().line();
    return {};
  }
  return host::generate_agreement(
      {pactum::test::cs_outsourcing(), *loaded.deal, {}, pactum::test::shipped_vocabulary(), "en"});
}

// Appends `text` to the document's text and returns its byte range.
std::pair<std::size_t, std::size_t> append(Document& document, std::string_view text) {
  const std::size_t begin = document.text.size();
  document.text += text;
  return {begin, document.text.size()};
}

// A detected document with everything generation never produces: CR LF and lone CR (written as
// &#13;), tabs, blank-only stretches at both ends, markup look-alikes, characters of 2, 3 and 4
// bytes, table cells with header rows, clauses of fractional confidence.
Document scanned_amendment() {
  Document doc{.id = "scan <1> & \"final\".txt",
               .title = "Amendment No. 1 — Fees",
               .type = DocumentType::amendment,
               .language = "en-GB",
               .source_file = "in/Amendment 1 (signed).txt"};
  append(doc, " \r\n\t ");
  auto [begin, end] =
      append(doc, "1. Fees & <charges> ]]> \"quoted\" 'single' § 😀 €\r\nnext\rline\t");
  doc.blocks.push_back(Block{.kind = BlockKind::heading,
                             .level = 1,
                             .section = "1",
                             .begin = begin,
                             .end = end,
                             .source = {.file = "in/a.txt", .paragraph = 3, .begin = 4, .end = 9}});
  doc.clauses.push_back(Clause{.kind = "pricing.model",
                               .section = "1",
                               .begin = begin,
                               .end = end,
                               .origin = ClauseOrigin::detected,
                               .confidence = 0.857,
                               .party = PartyRole::provider});
  append(doc, "\n");
  const char* cells[2][2] = {{"KPI", "Target"}, {"Answer rate", ">= 80% within 20 s"}};
  for (std::size_t row = 0; row < 2; ++row) {
    for (std::size_t column = 0; column < 2; ++column) {
      const auto [cell_begin, cell_end] = append(doc, cells[row][column]);
      doc.blocks.push_back(Block{.kind = BlockKind::table_cell,
                                 .begin = cell_begin,
                                 .end = cell_end,
                                 .table = 1,
                                 .row = row,
                                 .column = column,
                                 .header = row == 0});
      append(doc, "\t");
    }
  }
  const auto [item_begin, item_end] = append(doc, "  - 2.3 the Customer may end the pilot");
  doc.blocks.push_back(Block{.kind = BlockKind::list_item,
                             .level = 2,
                             .section = "2.3",
                             .begin = item_begin,
                             .end = item_end});
  doc.clauses.push_back(Clause{.kind = "pilot.exit_criteria",
                               .begin = item_begin,
                               .end = item_end,
                               .origin = ClauseOrigin::detected,
                               .confidence = 0.05,
                               .party = PartyRole::client});
  // An empty clause at the very end is still inside the text.
  append(doc, "   \n");
  doc.clauses.push_back(Clause{.kind = "notices",
                               .begin = doc.text.size(),
                               .end = doc.text.size(),
                               .origin = ClauseOrigin::detected,
                               .confidence = 0.0,
                               .party = PartyRole::unknown});
  return doc;
}

// The UK example deal's generated Agreement, plus what only extraction or plugins produce.
Agreement rich_agreement() {
  Agreement agreement = generate_example("uk-retail-philippines.yaml");
  agreement.parties.push_back(
      Party{.name = "Guarantor & Sons\t<Holdings>", .role = PartyRole::other, .country = "IE"});
  agreement.facts.data_subject_regions = {.known = false, .values = {"GB"}};
  agreement.facts.languages = {.known = true, .values = {"en", " padded\r\n", ""}};
  agreement.facts.calls_recorded = Tri::no;
  agreement.facts.extra["core.offshore_voice"] = Tri::yes;
  agreement.facts.extra["ukgdpr.idta_signed"] = Tri::unknown;
  agreement.documents.push_back(scanned_amendment());
  agreement.documents.push_back(Document{.id = "empty", .type = DocumentType::other});
  const std::size_t scan = agreement.documents.size() - 2;
  const Clause& fees = agreement.documents[scan].clauses[0];
  agreement.terms.push_back(
      Term{.name = "pricing.fee",
           .qualifier = "per <call> & \"minute\"",
           .value = "GBP 1.25\r\n",
           .party = PartyRole::provider,
           .origin = {.document = scan, .clause = 0, .begin = fees.begin + 3, .end = fees.end}});
  agreement.terms.push_back(
      Term{.name = "core.note",
           .value = "",
           .business_days = true,
           .origin = {.document = 0, .begin = 0, .end = 0, .deal = FilePosition{.line = 7}}});
  agreement.terms.push_back(Term{.name = "kpi.target", .value = "x"});
  return agreement;
}

void expect_same_documents(const Document& a, const Document& b) {
  SCOPED_TRACE("document " + a.id);
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.language, b.language);
  EXPECT_EQ(a.text, b.text); // byte for byte
  EXPECT_EQ(a.source_file, b.source_file);
  ASSERT_EQ(a.blocks.size(), b.blocks.size());
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    SCOPED_TRACE("block " + std::to_string(i));
    const Block& x = a.blocks[i];
    const Block& y = b.blocks[i];
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.level, y.level);
    EXPECT_EQ(x.section, y.section);
    EXPECT_EQ(x.begin, y.begin);
    EXPECT_EQ(x.end, y.end);
    // Table positions are written for table cells only; SourceSpan is not part of the format.
    if (x.kind == BlockKind::table_cell) {
      EXPECT_EQ(x.table, y.table);
      EXPECT_EQ(x.row, y.row);
      EXPECT_EQ(x.column, y.column);
      EXPECT_EQ(x.header, y.header);
    }
  }
  ASSERT_EQ(a.clauses.size(), b.clauses.size());
  for (std::size_t i = 0; i < a.clauses.size(); ++i) {
    SCOPED_TRACE("clause " + std::to_string(i));
    const Clause& x = a.clauses[i];
    const Clause& y = b.clauses[i];
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.section, y.section);
    EXPECT_EQ(x.begin, y.begin);
    EXPECT_EQ(x.end, y.end);
    EXPECT_EQ(x.origin, y.origin);
    EXPECT_DOUBLE_EQ(x.confidence, y.confidence); // the writer keeps thousandths
    EXPECT_EQ(x.party, y.party);
    EXPECT_EQ(a.text_of(x), b.text_of(y));
  }
}

void expect_same_fact_set(const FactSet& a, const FactSet& b) {
  EXPECT_EQ(a.known, b.known);
  EXPECT_EQ(a.values, b.values);
}

void expect_same(const Agreement& a, const Agreement& b) {
  EXPECT_EQ(a.id, b.id);
  ASSERT_EQ(a.generated.has_value(), b.generated.has_value());
  if (a.generated) {
    EXPECT_EQ(a.generated->pactum_version, b.generated->pactum_version);
    EXPECT_EQ(a.generated->template_id, b.generated->template_id);
    EXPECT_EQ(a.generated->template_version, b.generated->template_version);
    EXPECT_EQ(a.generated->deal_file, b.generated->deal_file);
  }
  ASSERT_EQ(a.parties.size(), b.parties.size());
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    SCOPED_TRACE("party " + std::to_string(i));
    EXPECT_EQ(a.parties[i].name, b.parties[i].name);
    EXPECT_EQ(a.parties[i].role, b.parties[i].role);
    EXPECT_EQ(a.parties[i].defined_term, b.parties[i].defined_term);
    EXPECT_EQ(a.parties[i].country, b.parties[i].country);
  }
  expect_same_fact_set(a.facts.processing_locations, b.facts.processing_locations);
  expect_same_fact_set(a.facts.data_subject_regions, b.facts.data_subject_regions);
  expect_same_fact_set(a.facts.languages, b.facts.languages);
  expect_same_fact_set(a.facts.channels, b.facts.channels);
  EXPECT_EQ(a.facts.personal_data, b.facts.personal_data);
  EXPECT_EQ(a.facts.payment_card_data, b.facts.payment_card_data);
  EXPECT_EQ(a.facts.health_data, b.facts.health_data);
  EXPECT_EQ(a.facts.calls_recorded, b.facts.calls_recorded);
  EXPECT_EQ(a.facts.prior_outsourcing, b.facts.prior_outsourcing);
  EXPECT_EQ(a.facts.extra, b.facts.extra);
  ASSERT_EQ(a.documents.size(), b.documents.size());
  for (std::size_t i = 0; i < a.documents.size(); ++i) {
    expect_same_documents(a.documents[i], b.documents[i]);
  }
  ASSERT_EQ(a.terms.size(), b.terms.size());
  for (std::size_t i = 0; i < a.terms.size(); ++i) {
    SCOPED_TRACE("term " + std::to_string(i) + " " + a.terms[i].name);
    const Term& x = a.terms[i];
    const Term& y = b.terms[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.qualifier, y.qualifier);
    EXPECT_EQ(x.value, y.value);
    EXPECT_EQ(x.business_days, y.business_days);
    EXPECT_EQ(x.party, y.party);
    EXPECT_EQ(x.origin.document, y.origin.document);
    EXPECT_EQ(x.origin.clause, y.origin.clause);
    EXPECT_EQ(x.origin.begin, y.origin.begin);
    EXPECT_EQ(x.origin.end, y.origin.end);
    ASSERT_EQ(x.origin.deal.has_value(), y.origin.deal.has_value());
    if (x.origin.deal) {
      EXPECT_EQ(x.origin.deal->file, y.origin.deal->file);
      EXPECT_EQ(x.origin.deal->line, y.origin.deal->line);
      EXPECT_EQ(x.origin.deal->column, y.origin.deal->column);
    }
  }
}

// A small valid agreement with one 10-byte document, to break one thing at a time. Line 4 holds
// the document, line 5 its clause, line 7 the term.
std::string small_agreement(std::string_view clause_end = "10", std::string_view term = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<agreement xmlns=\"urn:pactum:agreement:1\" id=\"a\">\n"
         "  <parties/><facts/><documents>\n"
         "    <document id=\"msa\" type=\"msa\"><text>0123456789</text><blocks/><clauses>\n"
         "      <clause kind=\"governing_law\" begin=\"2\" end=\"" +
         std::string(clause_end) +
         "\" origin=\"generated\" confidence=\"1\" party=\"mutual\"/>\n"
         "    </clauses></document></documents><terms>\n"
         "    <term name=\"governing_law\" value=\"GB-ENG\" business-days=\"false\" "
         "party=\"mutual\"" +
         std::string(term) +
         "/>\n"
         "  </terms>\n"
         "</agreement>\n";
}

} // namespace

TEST(AgreementXmlReader, RoundTripsARichAgreementFieldForField) {
  const Agreement original = rich_agreement();
  ASSERT_TRUE(original.generated.has_value());
  ASSERT_FALSE(original.terms.empty());
  const std::string xml = render_agreement_xml(original);
  const Agreement read_back = read(xml);
  expect_same(original, read_back);
  // And the written form is a fixed point: nothing drifts on a second trip.
  EXPECT_EQ(render_agreement_xml(read_back), xml);
}

TEST(AgreementXmlReader, RoundTripsEveryExampleDeal) {
  for (const char* name : {"uk-retail-philippines.yaml", "dk-utility-poland.yaml",
                           "it-telecom-albania.yaml", "cn-platform-china.yaml"}) {
    SCOPED_TRACE(name);
    const Agreement original = generate_example(name);
    ASSERT_FALSE(original.documents.empty());
    expect_same(original, read(render_agreement_xml(original)));
  }
}

TEST(AgreementXmlReader, ReadsWhatTheSchemaAllowsButTheWriterDoesNotWrite) {
  // Blanks around tokens (the schema collapses them), "+" signs and leading zeros, "1"/"0"
  // booleans, CDATA, comments and split text nodes in <text>.
  const std::string xml =
      "<?xml version=\"1.0\"?>\n"
      "<a:agreement xmlns:a=\"urn:pactum:agreement:1\" id=\" spaced id \">\n"
      "<a:parties><a:party role=\" client \" name=\" N \" country=\" GB \"/></a:parties>\n"
      "<a:facts><a:fact-set name=\" languages \" known=\" 1 \"><a:value><![CDATA[<en>]]></a:value>"
      "</a:fact-set><a:fact name=\"acme.flag\" value=\" false \"/></a:facts>\n"
      "<a:documents><a:document id=\"d\" type=\" sow \" language=\" en \">"
      "<a:text>ab<!-- not text -->c<![CDATA[&d]]>&amp;&#13;&#x1F600;</a:text>"
      "<a:blocks><a:block kind=\" paragraph\" level=\"+02\" begin=\" 0\" end=\"003\" "
      "header=\"1\"/></a:blocks>"
      "<a:clauses><a:clause kind=\" dp.security \" begin=\"-0\" end=\"+4\" origin=\"detected\" "
      "confidence=\" +.5 \" party=\"client\"/></a:clauses></a:document></a:documents>\n"
      "<a:terms><a:term name=\"t.x\" value=\" v \" business-days=\"1\" party=\"provider\" "
      "document=\"0\" clause=\"0\" begin=\"1\" end=\"2\" line=\"3\"/></a:terms>\n"
      "</a:agreement>\n";
  const Agreement agreement = read(xml);
  EXPECT_EQ(agreement.id, " spaced id "); // xs:string: as written
  ASSERT_EQ(agreement.parties.size(), 1U);
  EXPECT_EQ(agreement.parties[0].role, PartyRole::client);
  EXPECT_EQ(agreement.parties[0].name, " N ");
  EXPECT_EQ(agreement.parties[0].country, "GB");
  EXPECT_TRUE(agreement.facts.languages.known);
  EXPECT_EQ(agreement.facts.languages.values, std::vector<std::string>{"<en>"});
  EXPECT_EQ(agreement.facts.extra.at("acme.flag"), Tri::no);
  ASSERT_EQ(agreement.documents.size(), 1U);
  const Document& doc = agreement.documents[0];
  EXPECT_EQ(doc.type, DocumentType::sow);
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(doc.text, "abc&d&\r\xF0\x9F\x98\x80");
  ASSERT_EQ(doc.blocks.size(), 1U);
  EXPECT_EQ(doc.blocks[0].level, 2);
  EXPECT_EQ(doc.blocks[0].end, 3U);
  EXPECT_TRUE(doc.blocks[0].header);
  ASSERT_EQ(doc.clauses.size(), 1U);
  EXPECT_EQ(doc.clauses[0].kind, "dp.security");
  EXPECT_EQ(doc.clauses[0].begin, 0U);
  EXPECT_EQ(doc.clauses[0].end, 4U);
  EXPECT_DOUBLE_EQ(doc.clauses[0].confidence, 0.5);
  ASSERT_EQ(agreement.terms.size(), 1U);
  const Term& term = agreement.terms[0];
  EXPECT_EQ(term.value, " v ");
  EXPECT_TRUE(term.business_days);
  EXPECT_EQ(term.origin.document, 0U);
  EXPECT_EQ(term.origin.clause, 0U);
  EXPECT_EQ(term.origin.end, 2U);
  ASSERT_TRUE(term.origin.deal.has_value());
  EXPECT_EQ(term.origin.deal->file, "");
  EXPECT_EQ(term.origin.deal->line, 3U);
  EXPECT_EQ(term.origin.deal->column, 0U);
}

TEST(AgreementXmlReader, TheSmallAgreementReads) {
  const Agreement agreement = read(small_agreement());
  ASSERT_EQ(agreement.documents.size(), 1U);
  EXPECT_EQ(agreement.documents[0].text_of(agreement.documents[0].clauses.at(0)), "23456789");
  EXPECT_EQ(agreement.terms.at(0).value, "GB-ENG");
  EXPECT_FALSE(agreement.generated.has_value());
}

TEST(AgreementXmlReader, RefusesADoctypeWithEntitiesBillionLaughs) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE agreement [\n"
      "  <!ENTITY lol \"lol\">\n"
      "  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
      "  <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
      "  <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
      "]>\n"
      "<agreement xmlns=\"urn:pactum:agreement:1\" id=\"&lol3;\"/>\n";
  EXPECT_EQ(refusal(xml), "agreement.xml:2: error: a DOCTYPE is not allowed in Agreement XML (no "
                          "DTDs, no entities)");
}

TEST(AgreementXmlReader, RefusesAnExternalEntity) {
  const std::string xml = "<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                          "<agreement xmlns=\"urn:pactum:agreement:1\" id=\"&x;\"/>\n";
  EXPECT_EQ(refusal(xml), "agreement.xml:2: error: a DOCTYPE is not allowed in Agreement XML (no "
                          "DTDs, no entities)");
}

TEST(AgreementXmlReader, RefusesAnExternalDtd) {
  const std::string xml = "<!DOCTYPE agreement SYSTEM \"http://127.0.0.1:9/agreement.dtd\">\n"
                          "<agreement xmlns=\"urn:pactum:agreement:1\" id=\"a\"/>\n";
  EXPECT_EQ(refusal(xml), "agreement.xml:1: error: a DOCTYPE is not allowed in Agreement XML (no "
                          "DTDs, no entities)");
}

TEST(AgreementXmlReader, RefusesMalformedXmlAtLineAndColumn) {
  std::string xml = small_agreement();
  xml.erase(xml.find("</agreement>"));
  EXPECT_EQ(refusal(xml),
            "agreement.xml:9:1: error: Premature end of data in tag agreement line 2");
  EXPECT_EQ(refusal("<agreement>\n  <parties>\n</agreement>"),
            "agreement.xml:3:13: error: Opening and ending tag mismatch: parties line 2 and "
            "agreement");
}

TEST(AgreementXmlReader, RefusesAnUndefinedEntityWithoutADoctype) {
  EXPECT_EQ(refusal("<agreement xmlns=\"urn:pactum:agreement:1\" id=\"&x;\"/>"),
            "agreement.xml:1:50: error: Entity 'x' not defined");
}

TEST(AgreementXmlReader, RefusesAnUnknownElementWithTheSchemasFirstError) {
  std::string xml = small_agreement();
  xml.insert(xml.find("<facts/>"), "<bogus/>");
  EXPECT_EQ(refusal(xml),
            "agreement.xml:3: error: Element '{urn:pactum:agreement:1}bogus': This "
            "element is not expected. Expected is ( {urn:pactum:agreement:1}facts ).");
}

TEST(AgreementXmlReader, RefusesAValueOutsideAnEnumeration) {
  std::string xml = small_agreement();
  xml.replace(xml.find("type=\"msa\""), 10, "type=\"contract\"");
  EXPECT_EQ(refusal(xml),
            "agreement.xml:4: error: Element '{urn:pactum:agreement:1}document', attribute "
            "'type': [facet 'enumeration'] The value 'contract' is not an element of the set "
            "{'msa', 'sow', 'schedule', 'dpa', 'amendment', 'kt_plan', 'other'}.");
}

TEST(AgreementXmlReader, KeepsMessagesShortWhenTheyQuoteLongValues) {
  // A 45000-byte element name in libxml2's message: cut (by libxml2 or by the reader, whichever
  // cuts first), never repeated whole.
  const std::string name(45000, 'x');
  const std::string message = refusal("<" + name + "></" + name + "y>");
  EXPECT_TRUE(message.starts_with("agreement.xml:1:90007: error: Opening and ending tag mismatch: "
                                  "xxxxxxxxxx"))
      << message;
  EXPECT_LE(message.size(), std::string_view("agreement.xml:1:90007: error: ").size() + 403);

  std::string xml = small_agreement();
  xml.replace(xml.find("id=\"msa\""), 8, "id=\"" + std::string(100000, 'y') + "\"");
  xml.replace(xml.find("end=\"10\""), 8, "end=\"11\"");
  EXPECT_EQ(refusal(xml), "agreement.xml:5: error: document '" + std::string(60, 'y') +
                              "...' clause 0 ends at byte 11, past the end of the text of "
                              "document '" +
                              std::string(60, 'y') + "...' (10 bytes)");
}

TEST(AgreementXmlReader, RefusesAnotherRootOrNamespace) {
  EXPECT_EQ(refusal("<agreement id=\"a\"/>"),
            "agreement.xml:1: error: Element 'agreement': No matching global declaration "
            "available for the validation root.");
}

TEST(AgreementXmlReader, RefusesAClauseRangePastTheEndOfTheText) {
  EXPECT_EQ(refusal(small_agreement("11")),
            "agreement.xml:5: error: document 'msa' clause 0 ends at byte 11, past the end of the "
            "text of document 'msa' (10 bytes)");
  EXPECT_EQ(refusal(small_agreement("1")), "agreement.xml:5: error: document 'msa' clause 0 "
                                           "begins at byte 2, after its end at byte 1");
}

TEST(AgreementXmlReader, RefusesABlockRangePastTheEndOfTheText) {
  std::string xml = small_agreement();
  xml.replace(xml.find("<blocks/>"), 9,
              "<blocks>\n<block kind=\"paragraph\" level=\"0\" begin=\"0\" end=\"12\"/></blocks>");
  EXPECT_EQ(refusal(xml), "agreement.xml:5: error: document 'msa' block 0 ends at byte 12, past "
                          "the end of the text of document 'msa' (10 bytes)");
}

TEST(AgreementXmlReader, NamesLinesPastTheSixteenBitsLibxml2KeepsForElements) {
  // 70000 lines of text push the clause from line 5 to line 70005 (libxml2 would say 65535).
  std::string xml = small_agreement("70011");
  xml.insert(xml.find("</text>"), std::string(70000, '\n'));
  EXPECT_EQ(refusal(xml), "agreement.xml:70005: error: document 'msa' clause 0 ends at byte 70011, "
                          "past the end of the text of document 'msa' (70010 bytes)");
  xml.replace(xml.find("origin=\"generated\""), 18, "origin=\"guessed\"");
  EXPECT_TRUE(refusal(xml).starts_with("agreement.xml:70005: error: Element "
                                       "'{urn:pactum:agreement:1}clause', attribute 'origin': "))
      << refusal(xml);
}

TEST(AgreementXmlReader, RefusesOffsetsTheModelCannotHold) {
  EXPECT_EQ(refusal(small_agreement("184467440737095516160")),
            "agreement.xml:5: error: end='184467440737095516160' is too large");
  std::string xml = small_agreement();
  xml.replace(xml.find("<blocks/>"), 9,
              "<blocks><block kind=\"heading\" level=\"2147483648\" begin=\"0\" end=\"1\"/>"
              "</blocks>");
  EXPECT_EQ(refusal(xml), "agreement.xml:4: error: level 2147483648 is too large");
}

TEST(AgreementXmlReader, RefusesTermOriginsOutsideTheAgreement) {
  EXPECT_EQ(refusal(small_agreement("10", " document=\"1\" begin=\"0\" end=\"0\"")),
            "agreement.xml:7: error: term 0 'governing_law' names document 1, but the agreement "
            "has 1 documents");
  EXPECT_EQ(refusal(small_agreement("10", " document=\"0\" clause=\"1\" begin=\"0\" end=\"0\"")),
            "agreement.xml:7: error: term 0 'governing_law' names clause 1 of document 'msa', "
            "which has 1 clauses");
  EXPECT_EQ(refusal(small_agreement("10", " document=\"0\" begin=\"4\" end=\"11\"")),
            "agreement.xml:7: error: term 0 'governing_law' ends at byte 11, past the end of the "
            "text of document 'msa' (10 bytes)");
  EXPECT_EQ(refusal(small_agreement("10", " clause=\"0\"")),
            "agreement.xml:7: error: term 0 'governing_law' names a clause but no document");
  EXPECT_EQ(refusal(small_agreement("10", " begin=\"0\" end=\"1\"")),
            "agreement.xml:7: error: term 0 'governing_law' has a span (begin, end) but no "
            "document");
  // In range, it reads.
  const Agreement agreement =
      read(small_agreement("10", " document=\"0\" clause=\"0\" begin=\"4\" end=\"10\""));
  EXPECT_EQ(
      agreement.documents[0].slice(agreement.terms[0].origin.begin, agreement.terms[0].origin.end),
      "456789");
}

TEST(AgreementXmlReader, RefusesFactsTheModelDoesNotKnow) {
  std::string xml = small_agreement();
  xml.replace(xml.find("<facts/>"), 8, "<facts><fact name=\"offshore\" value=\"true\"/></facts>");
  EXPECT_EQ(refusal(xml), "agreement.xml:3: error: fact 'offshore' is not one the model knows, "
                          "and a plugin's fact has a dotted name");
  xml = small_agreement();
  xml.replace(xml.find("<facts/>"), 8,
              "<facts><fact-set name=\"regions\" known=\"true\"/></facts>");
  EXPECT_EQ(refusal(xml), "agreement.xml:3: error: fact set 'regions' is not one the model knows");
  xml = small_agreement();
  xml.replace(xml.find("<facts/>"), 8,
              "<facts><fact name=\"health_data\" value=\"true\"/>"
              "<fact name=\"health_data\" value=\"false\"/></facts>");
  EXPECT_EQ(refusal(xml), "agreement.xml:3: error: fact 'health_data' appears more than once");
}

TEST(AgreementXmlReader, RefusesInputAboveTheSizeLimit) {
  // A valid agreement padded with a comment to one byte over the limit: refused before parsing.
  std::string xml = small_agreement();
  xml += "<!--";
  xml.resize(max_agreement_xml_bytes + 1 - 3, ' ');
  xml += "-->";
  ASSERT_EQ(xml.size(), max_agreement_xml_bytes + 1);
  EXPECT_EQ(refusal(xml), "agreement.xml: error: the file has 67108865 bytes, more than the "
                          "67108864 bytes Agreement XML may have");
}

TEST(AgreementXmlReader, ReadsInputAtTheSizeLimit) {
  // The small agreement with its document's text grown until the file is exactly at the limit.
  std::string xml = small_agreement();
  xml.insert(xml.find("</text>"), max_agreement_xml_bytes - xml.size(), 'x');
  ASSERT_EQ(xml.size(), max_agreement_xml_bytes);
  const Agreement agreement = read(xml);
  ASSERT_EQ(agreement.documents.size(), 1U);
  EXPECT_EQ(agreement.documents[0].text.size(),
            10 + max_agreement_xml_bytes - small_agreement().size());
}

TEST(AgreementXmlReader, RefusesEmptyInput) {
  EXPECT_EQ(refusal(""), "agreement.xml: error: the file is empty; expected Agreement XML");
}

TEST(AgreementXmlReader, RefusesBinaryJunk) {
  const std::string junk("\x7F"
                         "ELF\x02\x01\x01\x00\x00\xFF\xFE\x00<\x00?",
                         15);
  EXPECT_EQ(refusal(junk), "agreement.xml:1:1: error: Start tag expected, '<' not found");
  EXPECT_EQ(refusal(std::string("\0\0\0\0", 4)), "agreement.xml:1:1: error: Document is empty");
}

TEST(AgreementXmlReader, RefusesTextThatIsNotUtf8) {
  EXPECT_EQ(refusal("<agreement id=\"\xC3\x28\"/>"),
            "agreement.xml:1:16: error: Input is not proper UTF-8, indicate encoding ! Bytes: "
            "0xC3 0x28 0x22 0x2F");
}

TEST(AgreementXmlReader, DoesNotFollowSchemaLocationHints) {
  // libxml2 validates against the schema it is given; an instance's own hints are ignored.
  std::string xml = small_agreement();
  xml.replace(xml.find("id=\"a\""), 6,
              "id=\"a\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
              "xsi:schemaLocation=\"urn:pactum:agreement:1 /nonexistent/evil.xsd\"");
  EXPECT_EQ(read(xml).id, "a");
}

TEST(AgreementXmlReader, PrintsNothingOfLibxml2sOwnOnStderr) {
  testing::internal::CaptureStderr();
  refusal("<agreement><unclosed></agreement>");
  refusal("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
  refusal("<agreement xmlns=\"urn:pactum:agreement:1\"/>");
  refusal("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><a/>");
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

TEST(AgreementXmlReader, NamesTheSchemaWhenItCannotBeLoaded) {
  const std::filesystem::path missing = std::filesystem::path(PACTUM_SOURCE_DIR) / "no-such.xsd";
  try {
    read_agreement_xml(small_agreement(), "agreement.xml", missing);
    FAIL() << "a missing schema was accepted";
  } catch (const Error& e) {
    const std::string message = e.what();
    EXPECT_TRUE(message.starts_with(missing.string() + ": error: cannot load the Agreement XML "
                                                       "schema: "))
        << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

TEST(AgreementXmlReader, ReadsFromSeveralThreadsAtOnce) {
  const std::string xml = render_agreement_xml(rich_agreement());
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::string& result : results) {
    threads.emplace_back([&xml, &result] {
      for (int i = 0; i < 3; ++i) {
        result = render_agreement_xml(read(xml));
        refusal("<agreement><unclosed></agreement>");
      }
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }
  for (const std::string& result : results) {
    EXPECT_EQ(result, xml);
  }
}
