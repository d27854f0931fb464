// The DOCX renderer writes real WordprocessingML: every part there and well-formed, numbering
// Word computes, tables with header rows, escaping done by the XML writer, and a file Pactum's
// own DOCX reader reads back into the same structure.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactum/error.hpp"
#include "readers/docx_reader.hpp"
#include "readers/zip_archive.hpp"
#include "render/docx_renderer.hpp"
#include "render/render_test_support.hpp"
#include "render/rendered_blocks.hpp"
#include "support/run_process.hpp"
#include "support/scratch_folder.hpp"

using pactum::Agreement;
using pactum::Block;
using pactum::BlockKind;
using pactum::Document;
using pactum::host::read_docx_document;
using pactum::host::render_docx;
using pactum::host::ZipArchive;
using pactum::test::DocumentBuilder;
using pactum::test::sample_document;
using pactum::test::stamped;
using pactum::test::XPath;

namespace {

std::span<const std::byte> bytes_of(const std::string& data) {
  return std::as_bytes(std::span(data.data(), data.size()));
}

std::string part(const std::string& docx, const char* name) {
  ZipArchive archive(bytes_of(docx), "test.docx");
  return archive.read(name).value_or("");
}

std::string render(const Document& document) {
  return render_docx(stamped(document), document);
}

// Every heading and numbered block as "level|section|text", for comparing structure.
std::vector<std::string> outline(const Document& document, bool reread) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    const Block& block = document.blocks[i];
    if (block.kind == BlockKind::table_cell) {
      continue;
    }
    // The reader reads Word's Title as level 1 and Heading1 as level 1; the generator puts the
    // title at level 1 and top-level sections at level 2.
    const int level = block.kind != BlockKind::heading ? 0
                      : reread && i > 0                ? block.level + 1
                                                       : block.level;
    lines.push_back(std::string(to_string(block.kind)) + "|" + std::to_string(level) + "|" +
                    block.section + "|" + std::string(document.slice(block.begin, block.end)));
  }
  return lines;
}

std::vector<std::string> cells(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::table_cell) {
      out.push_back(std::to_string(block.table) + ":" + std::to_string(block.row) + ":" +
                    std::to_string(block.column) + (block.header ? ":h:" : ":d:") +
                    std::string(document.slice(block.begin, block.end)));
    }
  }
  return out;
}

} // namespace

TEST(DocxRenderer, WritesEveryPartWellFormed) {
  const std::string docx = render(sample_document());
  ZipArchive archive(bytes_of(docx), "test.docx");
  const std::vector<std::string> names = archive.names();
  for (const char* name :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header1.xml",
        "word/footer1.xml", "docProps/core.xml", "docProps/app.xml"}) {
    ASSERT_TRUE(archive.contains(name)) << name;
    const XPath xml(archive.read(name).value_or(""));
    EXPECT_TRUE(xml.parsed()) << name << " is not well-formed XML";
  }
  for (const std::string& name : names) {
    if (!name.ends_with("/")) {
      const XPath xml(archive.read(name).value_or(""));
      EXPECT_TRUE(xml.parsed()) << name;
    }
  }
  // Every part the content types and relationships name is in the archive.
  const XPath types(part(docx, "[Content_Types].xml"));
  for (const std::string& name : types.strings("//*[local-name()='Override']/@PartName")) {
    EXPECT_TRUE(archive.contains(name.substr(1))) << name;
  }
  const XPath relationships(part(docx, "word/_rels/document.xml.rels"));
  for (const std::string& target :
       relationships.strings("//*[local-name()='Relationship']/@Target")) {
    EXPECT_TRUE(archive.contains("word/" + target)) << target;
  }
  // The body's header and footer references resolve.
  const XPath body(part(docx, "word/document.xml"));
  for (const std::string& id : body.strings("//w:sectPr/*/@*[local-name()='id']")) {
    EXPECT_EQ(relationships.count(("//*[@Id='" + id + "']").c_str()), 1U) << id;
  }
}

TEST(DocxRenderer, HeadingsAndClausesAreNumberedByWordNotTyped) {
  const std::string docx = render(sample_document());
  const XPath numbering(part(docx, "word/numbering.xml"));
  EXPECT_EQ(numbering.strings(
                "//w:abstractNum[@w:abstractNumId='0']/w:lvl[@w:ilvl='0']/w:lvlText/@w:val"),
            std::vector<std::string>{"%1."});
  EXPECT_EQ(numbering.strings(
                "//w:abstractNum[@w:abstractNumId='0']/w:lvl[@w:ilvl='1']/w:lvlText/@w:val"),
            std::vector<std::string>{"%1.%2"});
  EXPECT_EQ(
      numbering.strings("//w:abstractNum[@w:abstractNumId='0']/w:lvl[@w:ilvl='0']/w:pStyle/@w:val"),
      std::vector<std::string>{"Heading1"});
  EXPECT_EQ(numbering.count("//w:num[@w:numId='1']/w:abstractNumId[@w:val='0']"), 1U);

  const XPath styles(part(docx, "word/styles.xml"));
  for (int level = 1; level <= 3; ++level) {
    const std::string style = "//w:style[@w:styleId='Heading" + std::to_string(level) + "']";
    EXPECT_EQ(styles.strings((style + "/w:pPr/w:outlineLvl/@w:val").c_str()),
              std::vector<std::string>{std::to_string(level - 1)});
    EXPECT_EQ(styles.strings((style + "/w:pPr/w:numPr/w:numId/@w:val").c_str()),
              std::vector<std::string>{"1"});
  }
  EXPECT_EQ(styles.count("//w:style[@w:styleId='Title']"), 1U);

  const XPath body(part(docx, "word/document.xml"));
  EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading1']//w:t"),
            (std::vector<std::string>{"Parties", "Service Levels", "Term"}));
  EXPECT_EQ(body.count("//w:p[w:pPr/w:pStyle/@w:val='Heading1']/w:pPr/w:numPr[w:numId/@w:val='1' "
                       "and w:ilvl/@w:val='0']"),
            3U);
  EXPECT_EQ(body.count("//w:p[w:pPr/w:pStyle/@w:val='Clause']/w:pPr/w:numPr[w:numId/@w:val='1' "
                       "and w:ilvl/@w:val='1']"),
            4U);
  for (const std::string& text : body.strings("//w:t")) {
    EXPECT_FALSE(text.starts_with("1.1 ") || text.starts_with("2. ")) << text;
  }
  EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Title']//w:t"),
            std::vector<std::string>{"Master Services Agreement"});
}

TEST(DocxRenderer, ASectionWordWouldNumberDifferentlyKeepsItsNumberAsText) {
  // Clause 4.1 right after heading 1: Word would show 1.1, so the number stays typed.
  const Document document = DocumentBuilder()
                                .heading(1, "", "Schedule")
                                .heading(2, "1", "1. Scope")
                                .paragraph("4.1", "4.1 As agreed.")
                                .heading(2, "7", "7. Fees")
                                .build();
  const std::string docx = render(document);
  const XPath body(part(docx, "word/document.xml"));
  EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Clause']//w:t"),
            std::vector<std::string>{"4.1 As agreed."});
  EXPECT_EQ(body.count("//w:p[w:pPr/w:pStyle/@w:val='Clause']/w:pPr/w:numPr"), 0U);
  // The heading style's own numbering is switched off (numId 0) where the number is typed.
  EXPECT_EQ(body.strings("//w:p[.//w:t='7. Fees']/w:pPr/w:numPr/w:numId/@w:val"),
            std::vector<std::string>{"0"});
  const Document reread = read_docx_document(bytes_of(docx), "schedule.docx");
  EXPECT_EQ(outline(reread, true), outline(document, false));
}

TEST(DocxRenderer, TablesAreWordTablesWithARepeatedHeaderRowAndBorders) {
  const std::string docx = render(sample_document());
  const XPath body(part(docx, "word/document.xml"));
  EXPECT_EQ(body.count("//w:tbl"), 1U);
  EXPECT_EQ(body.count("//w:tbl/w:tr"), 3U);
  EXPECT_EQ(body.count("//w:tbl/w:tr[1]/w:trPr/w:tblHeader"), 1U);
  EXPECT_EQ(body.count("//w:tbl/w:tr[position()>1]/w:trPr/w:tblHeader"), 0U);
  EXPECT_EQ(body.count("//w:tbl/w:tblGrid/w:gridCol"), 3U);
  EXPECT_EQ(body.count("//w:tbl/w:tr/w:tc"), 9U);
  EXPECT_EQ(body.strings("//w:tbl/w:tblPr/w:tblStyle/@w:val"),
            std::vector<std::string>{"PactumTable"});
  EXPECT_EQ(body.strings("//w:tbl/w:tr[1]/w:tc//w:t"),
            (std::vector<std::string>{"KPI", "Target", "Critical"}));
  const XPath styles(part(docx, "word/styles.xml"));
  EXPECT_EQ(
      styles.count("//w:style[@w:styleId='PactumTable']/w:tblPr/w:tblBorders/*[@w:val='single']"),
      6U);
  EXPECT_EQ(styles.count("//w:style[@w:styleId='PactumTable']/w:tblStylePr[@w:type='firstRow']"),
            1U);
}

TEST(DocxRenderer, EscapingIsTheWritersAndNamesComeThroughIntact) {
  Document document = sample_document();
  document.title = "Harbour & Finch <Retail> Agreement";
  const std::string docx = render(document);
  const std::string body = part(docx, "word/document.xml");
  EXPECT_NE(body.find("Harbour &amp; Finch &lt;Retail&gt;"), std::string::npos);
  EXPECT_EQ(body.find("<Retail>"), std::string::npos);
  EXPECT_EQ(body.find("&amp;amp;"), std::string::npos) << "escaped once, not twice";
  const XPath header(part(docx, "word/header1.xml"));
  EXPECT_EQ(header.strings("//w:t"), std::vector<std::string>{document.title});
  const XPath core(part(docx, "docProps/core.xml"));
  EXPECT_EQ(core.strings("//*[local-name()='title']"), std::vector<std::string>{document.title});

  const Document reread = read_docx_document(bytes_of(docx), "msa.docx");
  EXPECT_NE(reread.text.find("Harbour & Finch <Retail> (the \"Client\") and 深圳客服有限公司 (the "
                             "'Provider')"),
            std::string::npos)
      << reread.text;
  EXPECT_NE(reread.text.find("at least 72% & <rising>"), std::string::npos);
}

TEST(DocxRenderer, FooterCarriesTheStampPageFieldsAndForTranslationsTheReviewLine) {
  const std::string english = render(sample_document("en"));
  const XPath footer(part(english, "word/footer1.xml"));
  const std::vector<std::string> lines = footer.strings("//w:p");
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(lines.front().find("Pactum 0.1.0"), std::string::npos) << lines.front();
  EXPECT_NE(lines.front().find("cs-outsourcing 0.1.0"), std::string::npos) << lines.front();
  EXPECT_EQ(footer.strings("//w:instrText"), (std::vector<std::string>{" PAGE ", " NUMPAGES "}));
  EXPECT_EQ(footer.count("//w:fldChar[@w:fldCharType='begin']"), 2U);
  EXPECT_EQ(part(english, "word/footer1.xml").find("counsel"), std::string::npos);

  const std::string danish = render(sample_document("da"));
  EXPECT_NE(part(danish, "word/footer1.xml").find("reviewed by counsel"), std::string::npos);
  const XPath styles(part(danish, "word/styles.xml"));
  EXPECT_EQ(styles.strings("//w:docDefaults//w:lang/@w:val"), std::vector<std::string>{"da-DK"});

  // Not generated: no stamp, and the footer still numbers the pages.
  const Document plain = sample_document();
  Agreement unstamped;
  const std::string docx = render_docx(unstamped, plain);
  const XPath bare(part(docx, "word/footer1.xml"));
  EXPECT_EQ(bare.strings("//w:instrText").size(), 2U);
  EXPECT_EQ(part(docx, "word/footer1.xml").find("Generated by"), std::string::npos);
}

TEST(DocxRenderer, OutputIsTheSameBytesEveryTime) {
  const Document document = sample_document();
  EXPECT_EQ(render(document), render(document));
}

TEST(DocxRenderer, RefusesBlocksOutsideTheTextAndCharactersXmlCannotCarry) {
  Document broken = sample_document();
  broken.blocks[2].end = broken.text.size() + 10;
  EXPECT_THROW(render(broken), pactum::Error);
  Document control = sample_document();
  control.text[control.blocks[2].begin + 5] = '\x01';
  EXPECT_THROW(render(control), pactum::Error);
}

TEST(DocxRenderer, ReadsBackAsTheSameHeadingsSectionsAndTableCells) {
  const Document document = sample_document();
  const Document reread = read_docx_document(bytes_of(render(document)), "msa.docx");
  EXPECT_EQ(outline(reread, true), outline(document, false));
  EXPECT_EQ(cells(reread), cells(document));
  EXPECT_EQ(reread.title, document.title);
}

// The real generator's output, every document of every example deal: the DOCX reader finds the
// same headings at the same levels with the same section numbers, and the same KPI and pricing
// table cells (rows, columns and header row).
TEST(DocxRenderer, EveryGeneratedDocumentRoundTripsThroughTheDocxReader) {
  for (const std::string& name : pactum::test::example_deal_names()) {
    const Agreement agreement = pactum::test::generate_example(name);
    ASSERT_FALSE(agreement.documents.empty());
    bool saw_table = false;
    for (const Document& document : agreement.documents) {
      const std::string docx = render_docx(agreement, document);
      const Document reread = read_docx_document(bytes_of(docx), document.id + ".docx");
      EXPECT_EQ(outline(reread, true), outline(document, false)) << name << " " << document.id;
      EXPECT_EQ(cells(reread), cells(document)) << name << " " << document.id;
      saw_table = saw_table || !cells(document).empty();
    }
    EXPECT_TRUE(saw_table) << name << ": the KPI schedule has a table";
  }
}

TEST(DocxRenderer, AnEmptyDocumentIsStillAPackageWordOpens) {
  const Document empty{.id = "blank", .title = "Blank", .language = "en"};
  const std::string docx = render(empty);
  const XPath body(part(docx, "word/document.xml"));
  ASSERT_TRUE(body.parsed());
  EXPECT_EQ(body.count("//w:body/w:p"), 1U) << "a body ends with a paragraph";
  EXPECT_TRUE(read_docx_document(bytes_of(docx), "blank.docx").blocks.empty());
}

namespace {

using pactum::host::render_docx_bilingual;

const pactum::test::BilingualExample& danish_and_english() {
  static const pactum::test::BilingualExample example =
      pactum::test::generate_bilingual_example("dk-utility-poland.yaml", "da", "en");
  return example;
}

const Document& by_id(const Agreement& agreement, std::string_view id) {
  for (const Document& document : agreement.documents) {
    if (document.id == id) {
      return document;
    }
  }
  throw std::runtime_error("no document " + std::string(id));
}

// The sentence of a numbered clause without its number, as a cell shows it after the tab.
std::string clause_text(const Document& document, std::string_view section) {
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::paragraph && block.section == section) {
      return std::string(pactum::host::without_section_number(
          document.slice(block.begin, block.end), block.section));
    }
  }
  return {};
}

std::string joined(const std::vector<std::string>& texts) {
  std::string out;
  for (const std::string& text : texts) {
    out += text;
  }
  return out;
}

// The first numbered clause of a Document with no line break in it: a sentence to look for.
std::string first_clause_section(const Document& document) {
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::paragraph && !block.section.empty() &&
        document.slice(block.begin, block.end).find('\n') == std::string_view::npos) {
      return block.section;
    }
  }
  return {};
}

} // namespace

// The body is one two-column table: a repeated head row naming the languages, then one row per
// block with the Danish (prevailing) version left and the English right, each run tagged with
// its column's language.
TEST(DocxRendererBilingual, TheBodyIsATwoColumnTableOneRowPerBlock) {
  const auto& [danish, english] = danish_and_english();
  for (std::size_t d = 0; d < danish.documents.size(); ++d) {
    const Document& da = danish.documents[d];
    const Document& en = english.documents[d];
    const std::string docx = render_docx_bilingual(danish, da, english, en);
    ZipArchive archive(bytes_of(docx), "bilingual.docx");
    for (const std::string& name : archive.names()) {
      if (!name.ends_with("/")) {
        EXPECT_TRUE(XPath(archive.read(name).value_or("")).parsed()) << name;
      }
    }
    const XPath body(part(docx, "word/document.xml"));
    ASSERT_TRUE(body.parsed());
    EXPECT_EQ(body.count("/w:document/w:body/*"), 3U) << "the table, a closing paragraph, sectPr";
    EXPECT_EQ(body.count("/w:document/w:body/w:tbl"), 1U);
    const std::string table = "/w:document/w:body/w:tbl";
    EXPECT_EQ(body.strings((table + "/w:tblGrid/w:gridCol/@w:w").c_str()).size(), 2U);
    const std::vector<std::string> grid =
        body.strings((table + "/w:tblGrid/w:gridCol/@w:w").c_str());
    ASSERT_EQ(grid.size(), 2U);
    EXPECT_EQ(grid[0], grid[1]) << "50/50";
    EXPECT_EQ(body.strings((table + "/w:tblPr/w:tblLayout/@w:val").c_str()),
              std::vector<std::string>{"fixed"});
    EXPECT_EQ(body.count((table + "/w:tr[1]/w:trPr/w:tblHeader").c_str()), 1U);
    EXPECT_EQ(body.count((table + "/w:tr[position()>1]/w:trPr/w:tblHeader").c_str()), 0U);
    EXPECT_EQ(body.strings((table + "/w:tr[1]/w:tc//w:t").c_str()),
              (std::vector<std::string>{"Dansk", "English"}));
    const std::size_t rows = pactum::host::rendered_pairs(da, en, "DOCX").size();
    EXPECT_EQ(body.count((table + "/w:tr").c_str()), rows + 1) << da.id;
    EXPECT_EQ(body.count((table + "/w:tr[count(w:tc)=2]").c_str()), rows + 1);

    // Every run in its column's language.
    const std::size_t left_runs = body.count((table + "/w:tr/w:tc[1]//w:r").c_str());
    EXPECT_GT(left_runs, 0U);
    EXPECT_EQ(body.count((table + "/w:tr/w:tc[1]//w:r[w:rPr/w:lang/@w:val='da-DK']").c_str()),
              left_runs);
    const std::size_t right_runs = body.count((table + "/w:tr/w:tc[2]//w:r").c_str());
    EXPECT_EQ(body.count((table + "/w:tr/w:tc[2]//w:r[w:rPr/w:lang/@w:val='en-GB']").c_str()),
              right_runs);

    // No Word list numbering counting down both columns: headings switch their style's off.
    EXPECT_EQ(body.count("//w:numPr[w:numId/@w:val='1']"), 0U);

    // A clause in both languages, in one row.
    const std::string section = first_clause_section(da);
    // The KT plan holds numbered table rows only, no numbered paragraphs.
    ASSERT_EQ(section.empty(), da.type == pactum::DocumentType::kt_plan) << da.id;
    if (!section.empty()) {
      // The number typed before a tab, then the sentence.
      const std::string row = table + "/w:tr[w:tc[1]/w:p/w:r/w:t[1] = '" + section + "']";
      ASSERT_EQ(body.count(row.c_str()), 1U) << section;
      const std::string left = joined(body.strings((row + "/w:tc[1]//w:t").c_str()));
      const std::string right = joined(body.strings((row + "/w:tc[2]//w:t").c_str()));
      EXPECT_EQ(left, section + clause_text(da, section));
      EXPECT_EQ(right, section + clause_text(en, section));
      EXPECT_EQ(body.count((row + "/w:tc/w:p/w:r/w:tab").c_str()), 2U);
      EXPECT_EQ(body.strings((row + "/w:tc/w:p/w:pPr/w:pStyle/@w:val").c_str()),
                (std::vector<std::string>{"ClauseNumbered", "ClauseNumbered"}));
    }

    // The schedules' tables nest in each language's cell.
    EXPECT_EQ(body.count((table + "/w:tr/w:tc[1]/w:tbl").c_str()),
              body.count((table + "/w:tr/w:tc[2]/w:tbl").c_str()));

    // Header in the prevailing language; footer with both stamps, the shared line once.
    const XPath header(part(docx, "word/header1.xml"));
    EXPECT_EQ(header.strings("//w:t"), std::vector<std::string>{da.title});
    const std::string footer = part(docx, "word/footer1.xml");
    EXPECT_NE(footer.find("Machine-assembled translation (da)"), std::string::npos);
    EXPECT_EQ(footer.find("Generated by"), footer.rfind("Generated by"));
    const XPath styles(part(docx, "word/styles.xml"));
    EXPECT_EQ(styles.strings("//w:docDefaults//w:lang/@w:val"), std::vector<std::string>{"da-DK"});
  }
}

// The schedules' tables nest in each language's cell and fit it: no more than three columns. The
// KPI table's seven come record by record: each KPI's name as a shaded head across the record,
// then every other column as a row of its header and its value, in that cell's language.
TEST(DocxRendererBilingual, TheKpiScheduleIsANestedTableInEachLanguage) {
  const auto& [danish, english] = danish_and_english();
  std::size_t nested = 0;
  for (std::size_t d = 0; d < danish.documents.size(); ++d) {
    const std::string docx =
        render_docx_bilingual(danish, danish.documents[d], english, english.documents[d]);
    const XPath body(part(docx, "word/document.xml"));
    nested += body.count("//w:tc/w:tbl");
    EXPECT_EQ(body.count("//w:tc[1]/w:tbl"), body.count("//w:tc[2]/w:tbl"));
    for (const std::string& width : body.strings("//w:tc/w:tbl/w:tblPr/w:tblW/@w:w")) {
      EXPECT_LT(std::stoi(width), 4700) << width;
    }
    EXPECT_EQ(body.count("//w:tc/w:tbl[count(w:tblGrid/w:gridCol) > 3]"), 0U);
  }
  EXPECT_GT(nested, 0U);

  const Document& da = by_id(danish, "kpi_schedule");
  const Document& en = by_id(english, "kpi_schedule");
  const XPath body(part(render_docx_bilingual(danish, da, english, en), "word/document.xml"));
  for (const auto& [document, column] : {std::pair{&da, 1}, std::pair{&en, 2}}) {
    std::vector<std::string> header;
    std::vector<std::string> names;
    for (const Block& block : document->blocks) {
      if (block.kind == BlockKind::table_cell && block.table == 0 && block.header &&
          block.column > 0) {
        header.push_back(std::string(document->slice(block.begin, block.end)));
      }
      if (block.kind == BlockKind::table_cell && block.table == 0 && !block.header &&
          block.column == 0) {
        names.push_back(std::string(document->slice(block.begin, block.end)));
      }
    }
    ASSERT_GE(header.size(), 4U) << "the KPI table has more columns than fit half a page";
    const std::string records = "//w:tbl/w:tr/w:tc[" + std::to_string(column) + "]/w:tbl[1]";
    EXPECT_EQ(body.strings((records + "/w:tr[w:tc/w:tcPr/w:gridSpan]//w:t").c_str()), names);
    std::vector<std::string> labels =
        body.strings((records + "/w:tr/w:tc[1][not(w:tcPr/w:gridSpan)]//w:t").c_str());
    ASSERT_EQ(labels.size(), names.size() * header.size());
    labels.resize(header.size());
    EXPECT_EQ(labels, header) << document->language;
  }
}

// Pactum's own DOCX reader finds both languages' words in the file.
TEST(DocxRendererBilingual, ReadsBackWithBothLanguagesText) {
  const auto& [danish, english] = danish_and_english();
  const Document& da = by_id(danish, "msa");
  const Document& en = by_id(english, "msa");
  const Document reread =
      read_docx_document(bytes_of(render_docx_bilingual(danish, da, english, en)), "msa.docx");
  const std::string section = first_clause_section(da);
  ASSERT_FALSE(section.empty());
  EXPECT_NE(reread.text.find(clause_text(da, section)), std::string::npos) << reread.text;
  EXPECT_NE(reread.text.find(clause_text(en, section)), std::string::npos) << reread.text;
  EXPECT_NE(reread.text.find(da.title), std::string::npos);
  EXPECT_NE(reread.text.find(en.title), std::string::npos);
}

TEST(DocxRendererBilingual, ReadsAsPlainTextInPandocWithBothLanguages) {
  const std::string pandoc = "/usr/bin/pandoc";
  if (::access(pandoc.c_str(), X_OK) != 0) {
    GTEST_SKIP() << "pandoc is not installed (scripts/install-deps.sh installs it)";
  }
  const auto& [danish, english] = danish_and_english();
  const Document& da = by_id(danish, "msa");
  const Document& en = by_id(english, "msa");
  const pactum::test::ScratchFolder scratch("bilingual");
  const auto file = scratch.write("msa.da-en.docx", render_docx_bilingual(danish, da, english, en));
  const pactum::test::ProcessResult result = pactum::test::run_process(
      {pandoc, "-f", "docx", "-t", "plain", "--wrap=none", file.string()});
  ASSERT_EQ(result.status, 0) << result.err;
  const std::string section = first_clause_section(da);
  EXPECT_NE(result.out.find(clause_text(da, section)), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(clause_text(en, section)), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Dansk"), std::string::npos);
}

TEST(DocxRendererBilingual, IsTheSameBytesEveryTimeAndRefusesDocumentsThatDoNotCorrespond) {
  const auto& [danish, english] = danish_and_english();
  const Document& da = by_id(danish, "msa");
  const Document& en = by_id(english, "msa");
  EXPECT_EQ(render_docx_bilingual(danish, da, english, en),
            render_docx_bilingual(danish, da, english, en));
  try {
    render_docx_bilingual(danish, da, english, by_id(english, "dpa"));
    ADD_FAILURE() << "an MSA beside a DPA was rendered";
  } catch (const pactum::Error& error) {
    const std::string message = error.what();
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_NE(message.find("DOCX"), std::string::npos) << message;
  }
}

// Chinese text is tagged in Word's East Asian slot, the Latin words in it stay English (as the
// styles of a Chinese document have it), and the head row names the language "中文".
TEST(DocxRendererBilingual, AChineseColumnIsTaggedForItsChineseCharacters) {
  const Document zh = sample_document("zh");
  const Document en = sample_document("en");
  const std::string docx = render_docx_bilingual(stamped(zh), zh, stamped(en), en);
  const XPath body(part(docx, "word/document.xml"));
  EXPECT_EQ(body.strings("/w:document/w:body/w:tbl/w:tr[1]/w:tc//w:t"),
            (std::vector<std::string>{"中文", "English"}));
  const std::size_t runs = body.count("/w:document/w:body/w:tbl/w:tr/w:tc[1]//w:r");
  EXPECT_GT(runs, 0U);
  EXPECT_EQ(body.count("/w:document/w:body/w:tbl/w:tr/w:tc[1]//w:r[w:rPr/"
                       "w:lang[@w:eastAsia='zh-CN' and @w:val='en-GB']]"),
            runs);
  EXPECT_EQ(body.count("/w:document/w:body/w:tbl/w:tr/w:tc[2]//w:r/w:rPr/w:lang/@w:eastAsia"), 0U);
}
