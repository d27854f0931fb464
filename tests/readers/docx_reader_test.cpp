// read_docx_document turns a WordprocessingML file into the same canonical text and blocks the
// generator writes: automatic numbers as Word shows them, runs joined, tables as cells, content
// controls and tracked insertions kept, deletions dropped, footnotes after the body. Hostile
// files (bombs, DOCTYPEs, entities, junk) are one line of error naming the file.
#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/error.hpp"
#include "pactum/model/document.hpp"
#include "readers/docx_reader.hpp"
#include "readers/zip_archive.hpp"
#include "support/zip_builder.hpp"

using namespace pactum;
using pactum::host::max_docx_bytes;
using pactum::host::read_docx_document;
using pactum::test::bytes_of;
using pactum::test::deflated;
using pactum::test::stored;
using pactum::test::ZipBuilder;

namespace {

const std::filesystem::path fixtures =
    std::filesystem::path(PACTUM_SOURCE_DIR) / "tests" / "readers" / "fixtures" / "docx";

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Document read_fixture(const std::string& name) {
  const std::string bytes = slurp(fixtures / (name + ".docx"));
  EXPECT_FALSE(bytes.empty()) << name;
  return read_docx_document(bytes_of(bytes), name + ".docx");
}

std::vector<std::string> texts(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) {
    out.emplace_back(document.slice(block.begin, block.end));
  }
  return out;
}

const Block& block_with(const Document& document, std::string_view text) {
  for (const Block& block : document.blocks) {
    if (document.slice(block.begin, block.end) == text) {
      return block;
    }
  }
  ADD_FAILURE() << "no block '" << text << "' in:\n" << document.text;
  static const Block none;
  return none;
}

constexpr std::string_view w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string document_xml(std::string_view body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + std::string(w_ns) +
         "\"><w:body>" + std::string(body) + "</w:body></w:document>";
}

std::string paragraph(std::string_view text) {
  return "<w:p><w:r><w:t>" + std::string(text) + "</w:t></w:r></w:p>";
}

// A package with just word/document.xml (and whatever `more` adds).
std::string package(std::string document, std::vector<pactum::test::ZipEntry> more = {}) {
  ZipBuilder builder;
  builder.add(deflated("word/document.xml", document));
  for (pactum::test::ZipEntry& entry : more) {
    builder.add(std::move(entry));
  }
  return builder.build();
}

// The one-line message read_docx_document refuses `bytes` with, or "accepted".
std::string refusal(std::string_view bytes) {
  try {
    read_docx_document(bytes_of(bytes), "contract.docx");
  } catch (const Error& e) {
    return e.what();
  }
  return "accepted";
}

void expect_refused(std::string_view bytes, std::string_view reason) {
  const std::string message = refusal(bytes);
  EXPECT_TRUE(message.starts_with("contract.docx: error: ")) << message;
  EXPECT_NE(message.find(reason), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  EXPECT_LT(message.size(), 400U) << message;
}

} // namespace

TEST(DocxReader, NumbersHeadingsFromNumberingLinkedToHeadingStyles) {
  const Document document = read_fixture("numbered-headings");
  // document.xml has no digit: every number comes from numbering.xml through the styles.
  EXPECT_EQ(slurp(fixtures / ".." / "docx-src" / "numbered-headings" / "word" / "document.xml")
                .find("12"),
            std::string::npos);
  const Block& fees = block_with(document, "12.3 Fees");
  EXPECT_EQ(fees.kind, BlockKind::heading);
  EXPECT_EQ(fees.level, 2);
  EXPECT_EQ(fees.section, "12.3");
  EXPECT_EQ(block_with(document, "12 Fees and Payment").section, "12");
  EXPECT_EQ(block_with(document, "12 Fees and Payment").level, 1);
  EXPECT_EQ(block_with(document, "12.1 Invoices").section, "12.1");
  // The next top-level heading advances level 1 and starts level 2 again.
  EXPECT_EQ(block_with(document, "13 Term").section, "13");
  EXPECT_EQ(block_with(document, "13.1 Renewal").section, "13.1");
  EXPECT_EQ(block_with(document, "The Client shall pay the Fees within thirty days.").section, "");
}

TEST(DocxReader, TakesTitleFromTitleStyleAndSetsIdentity) {
  const Document document = read_fixture("numbered-headings");
  EXPECT_EQ(document.title, "Master Services Agreement");
  EXPECT_EQ(document.id, "numbered-headings.docx");
  EXPECT_EQ(document.source_file, "numbered-headings.docx");
  EXPECT_EQ(document.language, "und");
  EXPECT_EQ(document.blocks.front().kind, BlockKind::heading);
  EXPECT_EQ(document.blocks.front().source.file, "numbered-headings.docx");
}

TEST(DocxReader, SeparatesBlocksWithBlankLinesAndIndexesSourceParagraphs) {
  const Document document = read_fixture("numbered-headings");
  EXPECT_TRUE(document.text.starts_with("Master Services Agreement\n\n12 Fees and Payment\n\n"))
      << document.text;
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    EXPECT_EQ(document.blocks[i].source.paragraph, i);
  }
}

TEST(DocxReader, NestsLetteredAndRomanItemsUnderTheEnclosingSection) {
  const Document document = read_fixture("multilevel-list");
  EXPECT_EQ(block_with(document, "12.3 Fees").section, "12.3");
  const Block& a = block_with(document, "(a) the monthly charges;");
  EXPECT_EQ(a.kind, BlockKind::list_item);
  EXPECT_EQ(a.section, "12.3(a)");
  EXPECT_EQ(a.level, 1);
  const Block& i = block_with(document, "(i) in arrears;");
  EXPECT_EQ(i.section, "12.3(a)(i)");
  EXPECT_EQ(i.level, 2);
  EXPECT_EQ(block_with(document, "(ii) by bank transfer;").section, "12.3(a)(ii)");
  // Back to level 1: the letter continues, the roman level starts again next time.
  EXPECT_EQ(block_with(document, "(b) the one-off charges.").section, "12.3(b)");
}

TEST(DocxReader, BulletsAreListItemsWithoutSection) {
  const Document document = read_fixture("multilevel-list");
  const Block& bullet = block_with(document, "time sheets");
  EXPECT_EQ(bullet.kind, BlockKind::list_item);
  EXPECT_EQ(bullet.section, "");
  EXPECT_EQ(block_with(document, "expense receipts").kind, BlockKind::list_item);
}

TEST(DocxReader, JoinsWordsSplitAcrossRunsAndDropsFieldInstructions) {
  const Document document = read_fixture("split-runs");
  EXPECT_EQ(texts(document),
            (std::vector<std::string>{
                "The Provider shall report to the Steering Committee on page 4 of 9.",
                "Name:\tAlice\nRole:\tnon-executive director", "chosen text end"}));
}

TEST(DocxReader, TakesOneAlternativeOfAlternateContent) {
  const Document document = read_fixture("split-runs");
  EXPECT_EQ(document.text.find("fallback"), std::string::npos);
  EXPECT_NE(document.text.find("chosen"), std::string::npos);
}

TEST(DocxReader, ReadsTableCellsWithHeaderRowAndFlattensNestedTables) {
  const Document document = read_fixture("table-header");
  EXPECT_EQ(document.text, "Service Levels\n\n"
                           "Metric\tTarget\n"
                           "Availability\t99.5%\n"
                           "First contact resolution\tat least 95% monthly\n\n"
                           "Service credits apply to misses.");
  std::vector<const Block*> cells;
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::table_cell) {
      cells.push_back(&block);
    }
  }
  ASSERT_EQ(cells.size(), 6U);
  EXPECT_TRUE(cells[0]->header);
  EXPECT_TRUE(cells[1]->header);
  EXPECT_FALSE(cells[2]->header);
  EXPECT_EQ(cells[3]->row, 1U);
  EXPECT_EQ(cells[3]->column, 1U);
  EXPECT_EQ(cells[5]->row, 2U);
  EXPECT_EQ(cells[5]->table, 0U);
  EXPECT_EQ(document.slice(cells[5]->begin, cells[5]->end), "at least 95% monthly");
  // Paragraphs inside cells (nested ones too) count in the source paragraph index.
  EXPECT_EQ(block_with(document, "Service credits apply to misses.").source.paragraph, 10U);
}

TEST(DocxReader, KeepsTextOfBlockAndRunContentControls) {
  const Document document = read_fixture("content-controls");
  EXPECT_EQ(texts(document),
            (std::vector<std::string>{"Parties", "This clause sits in a block content control.",
                                      "The Client is Acme Retail Ltd."}));
}

TEST(DocxReader, KeepsTrackedInsertionsAndDropsDeletions) {
  const Document document = read_fixture("tracked-changes");
  EXPECT_EQ(texts(document),
            (std::vector<std::string>{"The notice period is ninety days.",
                                      "Either party may terminate. Moved words."}));
}

TEST(DocxReader, PutsFootnotesAfterTheBodyWithMarkers) {
  const Document document = read_fixture("footnotes");
  EXPECT_EQ(texts(document),
            (std::vector<std::string>{"The Services[1] run on Business Days[2].", "Nothing else.",
                                      "[1] As defined in Schedule 2.",
                                      "[2] Excluding public holidays."}));
}

TEST(DocxReader, ReadsWhatLibreOfficeWrites) {
  const Document msa = read_fixture("lo-text-contact-centre-msa");
  EXPECT_EQ(msa.title, "CONTACT CENTRE SERVICES AGREEMENT");
  EXPECT_EQ(block_with(msa, "2.1 This Agreement starts on the Effective Date and continues for an "
                            "initial term of three (3) years.")
                .section,
            "2.1");
  EXPECT_EQ(block_with(msa, "(b) Provider shall report pilot results weekly.").section, "3.1(b)");

  const Document dpa = read_fixture("lo-odt-data-processing-addendum");
  EXPECT_EQ(dpa.title, "Data Processing Addendum");
  EXPECT_EQ(dpa.blocks.front().kind, BlockKind::heading);
  EXPECT_NE(dpa.text.find("Measure\tStandard\tReview\nEncryption at rest\tAES-256\tAnnual"),
            std::string::npos);
  EXPECT_EQ(block_with(dpa, "Measure").header, true);
}

TEST(DocxReader, UnstyledDocumentGetsHeadingsByThePlainTextRules) {
  // LibreOffice turned a .txt into this DOCX: no paragraph has a heading style.
  const Document msa = read_fixture("lo-text-contact-centre-msa");
  const Block& definitions = block_with(msa, "1. DEFINITIONS");
  EXPECT_EQ(definitions.kind, BlockKind::heading);
  EXPECT_EQ(definitions.level, 1);
  EXPECT_EQ(definitions.section, "1");
  EXPECT_EQ(block_with(msa, "CONTACT CENTRE SERVICES AGREEMENT").kind, BlockKind::heading);
  EXPECT_EQ(block_with(msa, "2.1 This Agreement starts on the Effective Date and continues for an "
                            "initial term of three (3) years.")
                .kind,
            BlockKind::paragraph);
}

TEST(DocxReader, StyledDocumentKeepsCapitalisedParagraphsAsParagraphs) {
  const Document document = read_docx_document(
      bytes_of(package(document_xml(R"(<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>)"
                                    R"(<w:r><w:t>Scope</w:t></w:r></w:p>)" +
                                    paragraph("IN WITNESS WHEREOF")))),
      "styled.docx");
  EXPECT_EQ(block_with(document, "IN WITNESS WHEREOF").kind, BlockKind::paragraph);
}

TEST(DocxReader, FindsMainPartThroughPackageRelationships) {
  const std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/officeDocument\" Target=\"/content/main.xml\"/></Relationships>";
  const std::string zip = ZipBuilder()
                              .add(stored("_rels/.rels", rels))
                              .add(stored("content/main.xml", document_xml(paragraph("Found."))))
                              .build();
  EXPECT_EQ(read_docx_document(bytes_of(zip), "moved.docx").text, "Found.");
}

TEST(DocxReader, AppliesStartOverrideLegalNumbersAndRomanFormats) {
  const std::string numbering =
      "<w:numbering xmlns:w=\"" + std::string(w_ns) +
      "\"><w:abstractNum w:abstractNumId=\"7\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
      "<w:lvlText w:val=\"Article %1\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/>"
      "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/>"
      "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"4\"/></w:lvlOverride></w:num>"
      "</w:numbering>";
  const auto numbered = [](std::string_view text, int level) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
           "\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>" + std::string(text) +
           "</w:t></w:r></w:p>";
  };
  const std::string zip = package(document_xml(numbered("Services", 0) + numbered("Scope", 1)),
                                  {stored("word/numbering.xml", numbering)});
  const Document document = read_docx_document(bytes_of(zip), "legal.docx");
  EXPECT_EQ(texts(document), (std::vector<std::string>{"Article IV Services", "4.1 Scope"}));
  EXPECT_EQ(document.blocks[0].section, "4");
  EXPECT_EQ(document.blocks[1].section, "4.1");
}

TEST(DocxReader, TypedInNumbersAreSectionLabels) {
  const std::string zip =
      package(document_xml(paragraph("12.3 Fees are due monthly.") + paragraph("(a) in GBP;")));
  const Document document = read_docx_document(bytes_of(zip), "typed.docx");
  EXPECT_EQ(document.blocks[0].section, "12.3");
  EXPECT_EQ(document.blocks[1].section, "12.3(a)");
}

TEST(DocxReader, RefusesPackageWithoutDocumentPart) {
  expect_refused(ZipBuilder().add(stored("word/styles.xml", "<x/>")).build(), "no document part");
}

TEST(DocxReader, RefusesFilesThatAreNotZipArchives) {
  expect_refused("Dear Sir, this is plain text, not a .docx file at all.", "not a zip archive");
  expect_refused(std::string(1000, '\xFF'), "not a zip archive");
}

TEST(DocxReader, RefusesFileLargerThanMaxDocxBytes) {
  const std::string huge(max_docx_bytes + 1, '\0');
  expect_refused(huge, "more than the 67108864 bytes a .docx file may have");
}

TEST(DocxReader, RefusesZipBomb) {
  const std::string zip =
      ZipBuilder().add(deflated("word/document.xml", std::string(1 << 20, ' '), 50)).build();
  expect_refused(zip, "zip bomb");
}

TEST(DocxReader, RefusesDoctype) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document>\n" + document_xml(paragraph("x")).substr(22);
  expect_refused(package(xml), "word/document.xml:2: a DOCTYPE is not allowed");
}

TEST(DocxReader, RefusesExternalEntityWithoutReadingIt) {
  const std::string xml = "<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                          "<w:document xmlns:w=\"" +
                          std::string(w_ns) + "\"><w:body>" + paragraph("&xxe;") +
                          "</w:body></w:document>";
  const std::string message = refusal(package(xml));
  EXPECT_NE(message.find("DOCTYPE is not allowed"), std::string::npos) << message;
  EXPECT_EQ(message.find("root:"), std::string::npos) << message;
}

TEST(DocxReader, RefusesBillionLaughs) {
  std::string entities = "<!ENTITY lol \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    std::string refs;
    for (int j = 0; j < 10; ++j) {
      refs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    }
    entities += "<!ENTITY lol" + std::to_string(i) + " \"" + refs + "\">";
  }
  const std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [" + entities +
                          "]>\n<w:document xmlns:w=\"" + std::string(w_ns) + "\"><w:body>" +
                          paragraph("&lol9;") + "</w:body></w:document>";
  expect_refused(package(xml), "DOCTYPE is not allowed");
}

TEST(DocxReader, RefusesDoctypeInAnyPartItReads) {
  const std::string styles = "<!DOCTYPE w:styles><w:styles xmlns:w=\"" + std::string(w_ns) + "\"/>";
  expect_refused(package(document_xml(paragraph("x")), {stored("word/styles.xml", styles)}),
                 "word/styles.xml:1: a DOCTYPE is not allowed");
}

TEST(DocxReader, RefusesMalformedXmlWithPartLineAndColumn) {
  expect_refused(package("<w:document xmlns:w=\"" + std::string(w_ns) + "\">\n<w:body><w:p>"),
                 "contract.docx: error: word/document.xml:2:");
}

TEST(DocxReader, RefusesDocumentPartThatIsNotWordprocessingMl) {
  expect_refused(package("<html><body>hi</body></html>"), "not a WordprocessingML document");
}

TEST(DocxReader, PutsEndnotesAfterTheBodyLikeFootnotes) {
  const std::string endnotes =
      "<w:endnotes xmlns:w=\"" + std::string(w_ns) +
      "\"><w:endnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p>"
      "</w:endnote><w:endnote w:id=\"5\"><w:p><w:r><w:endnoteRef/></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> See the Order Form.</w:t></w:r></w:p></w:endnote>"
      "</w:endnotes>";
  const std::string body =
      "<w:p><w:r><w:t>Prices</w:t></w:r><w:r><w:endnoteReference w:id=\"5\"/></w:r></w:p>";
  const Document document = read_docx_document(
      bytes_of(package(document_xml(body), {stored("word/endnotes.xml", endnotes)})),
      "endnotes.docx");
  EXPECT_EQ(texts(document), (std::vector<std::string>{"Prices[1]", "[1] See the Order Form."}));
}
