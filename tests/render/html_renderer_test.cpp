// The HTML renderer writes one self-contained, printable page per Document: nothing fetched,
// no script, every text escaped, anchors by section number that are unique and linked.
#include <gtest/gtest.h>

#include <libxml/HTMLparser.h>

#include <cstddef>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/error.hpp"
#include "render/html_renderer.hpp"
#include "render/render_test_support.hpp"
#include "render/rendered_blocks.hpp"

using pactum::Agreement;
using pactum::Document;
using pactum::host::render_html;
using pactum::test::DocumentBuilder;
using pactum::test::sample_document;
using pactum::test::stamped;
using pactum::test::XPath;

namespace {

std::string render(const Document& document) {
  return render_html(stamped(document), document);
}

// libxml2's HTML parser predates HTML5's element list, so it complains about <main> and <nav>;
// the tree it builds is still the page's.
XPath parse_html(const std::string& html) {
  return XPath(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                              HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING));
}

} // namespace

TEST(HtmlRenderer, IsOneSelfContainedPageInTheDocumentsLanguage) {
  const std::string html = render(sample_document("da"));
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"da\">")) << html.substr(0, 80);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<title>Master Services Agreement</title>"), std::string::npos);
  EXPECT_NE(html.find("@page"), std::string::npos);
  EXPECT_NE(html.find("break-after: avoid"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  // Nothing to fetch, nothing to run.
  const XPath page = parse_html(html);
  ASSERT_TRUE(page.parsed());
  EXPECT_EQ(page.count("//script"), 0U);
  EXPECT_EQ(page.count("//*[@src]"), 0U);
  EXPECT_EQ(page.count("//link"), 0U);
  for (const std::string& href : page.strings("//@href")) {
    EXPECT_TRUE(href.starts_with("#")) << href;
  }
  EXPECT_EQ(html.find("http"), std::string::npos) << "no URL of any kind";
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
}

TEST(HtmlRenderer, HeadingsAndClausesHaveUniqueAnchorsTheContentsLinkTo) {
  Document document = DocumentBuilder()
                          .heading(1, "", "Schedule")
                          .heading(2, "1", "1. Scope")
                          .paragraph("1.1", "1.1 First.")
                          .paragraph("1.1", "1.1 Repeated by mistake.")
                          .heading(2, "2", "2. Fees")
                          .heading(3, "", "Unnumbered")
                          .paragraph("2.1", "2.1 Second.")
                          .build();
  const XPath page = parse_html(render(document));
  const std::vector<std::string> ids = page.strings("//@id");
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << "unique";
  EXPECT_EQ(ids, (std::vector<std::string>{"s-1", "s-1.1", "s-1.1-2", "s-2", "h-1", "s-2.1"}));
  EXPECT_EQ(page.strings("//h2[@id='s-1']"), std::vector<std::string>{"1. Scope"});
  EXPECT_EQ(page.strings("//h3[@id='h-1']"), std::vector<std::string>{"Unnumbered"});
  EXPECT_EQ(page.strings("//p[@id='s-2.1']"), std::vector<std::string>{"2.1Second."});
  const std::vector<std::string> links = page.strings("//nav//a/@href");
  EXPECT_EQ(links, (std::vector<std::string>{"#s-1", "#s-2", "#h-1"}));
  EXPECT_EQ(page.strings("//nav//a"),
            (std::vector<std::string>{"1. Scope", "2. Fees", "Unnumbered"}));
  for (const std::string& link : links) {
    EXPECT_EQ(page.count(("//*[@id='" + link.substr(1) + "']").c_str()), 1U) << link;
  }
}

TEST(HtmlRenderer, TablesHaveAHeadAndABody) {
  const XPath page = parse_html(render(sample_document()));
  EXPECT_EQ(page.count("//table"), 1U);
  EXPECT_EQ(page.strings("//table/thead/tr/th"),
            (std::vector<std::string>{"KPI", "Target", "Critical"}));
  EXPECT_EQ(page.count("//table/tbody/tr"), 2U);
  EXPECT_EQ(page.count("//table/tbody/tr/td"), 6U);
  EXPECT_EQ(page.strings("//table/tbody/tr[2]/td[2]"),
            std::vector<std::string>{"at least 72% & <rising>"});
}

TEST(HtmlRenderer, EveryTextIsEscaped) {
  Document document = sample_document();
  document.title = "Harbour & Finch <Retail> \"Agreement\"";
  const std::string html = render(document);
  EXPECT_NE(html.find("Harbour &amp; Finch &lt;Retail&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<Retail>"), std::string::npos);
  EXPECT_EQ(html.find("<rising>"), std::string::npos);
  EXPECT_NE(html.find("<title>Harbour &amp; Finch &lt;Retail&gt; &quot;Agreement&quot;</title>"),
            std::string::npos);
  const XPath page = parse_html(html);
  const std::vector<std::string> clause = page.strings("//p[@id='s-1.1']");
  ASSERT_EQ(clause.size(), 1U);
  EXPECT_NE(clause.front().find("Harbour & Finch <Retail> (the \"Client\") and 深圳客服有限公司"),
            std::string::npos)
      << clause.front();
  // A line break inside a paragraph stays one.
  EXPECT_EQ(page.count("//p[@class='continued']/br"), 1U);
  // A language tag cannot break out of its attribute either.
  Document odd = sample_document("en\"><script>");
  EXPECT_EQ(render(odd).find("<script>"), std::string::npos);
}

TEST(HtmlRenderer, TheStampClosesThePageInAFooter) {
  const XPath english = parse_html(render(sample_document("en")));
  const std::vector<std::string> lines = english.strings("//footer/p");
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_NE(lines.front().find("Pactum 0.1.0 from template cs-outsourcing 0.1.0"),
            std::string::npos);
  const XPath italian = parse_html(render(sample_document("it")));
  const std::vector<std::string> translated = italian.strings("//footer/p");
  ASSERT_EQ(translated.size(), 2U);
  EXPECT_NE(translated.back().find("reviewed by counsel"), std::string::npos);
  Agreement unstamped;
  EXPECT_EQ(render_html(unstamped, sample_document()).find("<footer"), std::string::npos);
}

TEST(HtmlRenderer, RefusesBlocksOutsideTheText) {
  Document broken = sample_document();
  broken.blocks.back().begin = broken.text.size() + 1;
  broken.blocks.back().end = broken.text.size() + 2;
  EXPECT_THROW(render(broken), pactum::Error);
}

TEST(HtmlRenderer, EveryGeneratedDocumentHasEveryHeadingAnchoredOnce) {
  for (const std::string& name : pactum::test::example_deal_names()) {
    const Agreement agreement = pactum::test::generate_example(name);
    for (const Document& document : agreement.documents) {
      const XPath page = parse_html(render_html(agreement, document));
      const std::vector<std::string> ids = page.strings("//@id");
      EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size())
          << name << " " << document.id;
      std::size_t headings = 0;
      for (const pactum::Block& block : document.blocks) {
        headings += block.kind == pactum::BlockKind::heading && !block.section.empty() ? 1 : 0;
      }
      EXPECT_EQ(page.count("//h2[@id]|//h3[@id]|//h4[@id]"), headings) << document.id;
      EXPECT_EQ(page.count("//script|//*[@src]|//link"), 0U);
    }
  }
}

namespace {

using pactum::host::render_html_bilingual;

// The Danish and English versions of the Danish example deal, generated once for these tests.
const pactum::test::BilingualExample& danish_and_english() {
  static const pactum::test::BilingualExample example =
      pactum::test::generate_bilingual_example("dk-utility-poland.yaml", "da", "en");
  return example;
}

// A text as the page shows it in one element: line breaks become <br>, which has no text.
std::string shown(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != '\n' && c != '\r') {
      out += c;
    }
  }
  return out;
}

} // namespace

// Clause by clause: every row of the page is one block of the template in both languages, the
// Danish (prevailing) text left, the English right, each cell tagged with its language.
TEST(HtmlRendererBilingual, EveryRowHoldsOneClauseInBothLanguages) {
  const auto& [danish, english] = danish_and_english();
  ASSERT_FALSE(danish.documents.empty());
  ASSERT_EQ(danish.documents.size(), english.documents.size());
  for (std::size_t d = 0; d < danish.documents.size(); ++d) {
    const Document& da = danish.documents[d];
    const Document& en = english.documents[d];
    ASSERT_EQ(da.language, "da");
    ASSERT_EQ(en.language, "en");
    const std::string html = render_html_bilingual(danish, da, english, en);
    EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"da\">")) << html.substr(0, 80);
    const XPath page = parse_html(html);
    ASSERT_TRUE(page.parsed());
    EXPECT_EQ(page.strings("//table[@class='bilingual']/thead/tr/th"),
              (std::vector<std::string>{"Dansk", "English"}));
    EXPECT_EQ(page.strings("//table[@class='bilingual']/thead/tr/th/@lang"),
              (std::vector<std::string>{"da", "en"}));
    EXPECT_EQ(page.strings("//div[@class='titles']/h1"),
              (std::vector<std::string>{shown(da.title), shown(en.title)}));
    EXPECT_EQ(page.strings("//div[@class='titles']/h1/@lang"),
              (std::vector<std::string>{"da", "en"}));
    // Every row two cells, Danish then English.
    const std::size_t rows = page.count("//table[@class='bilingual']/tbody/tr");
    EXPECT_GT(rows, 3U) << da.id;
    EXPECT_EQ(page.count("//table[@class='bilingual']/tbody/tr/td[1][@lang='da']"), rows);
    EXPECT_EQ(page.count("//table[@class='bilingual']/tbody/tr/td[2][@lang='en']"), rows);
    EXPECT_EQ(page.count("//table[@class='bilingual']/tbody/tr/td[3]"), 0U);

    // Every numbered clause: its row, found by its anchor, has the Danish text on the left and
    // the English text of the same block on the right.
    std::size_t clauses = 0;
    for (std::size_t b = 0; b < da.blocks.size(); ++b) {
      const pactum::Block& block = da.blocks[b];
      if (block.kind != pactum::BlockKind::paragraph || block.section.empty()) {
        continue;
      }
      const std::string row = "//table[@class='bilingual']/tbody/tr[@id='s-" + block.section + "']";
      const std::vector<std::string> left = page.strings((row + "/td[@lang='da']").c_str());
      const std::vector<std::string> right = page.strings((row + "/td[@lang='en']").c_str());
      ASSERT_EQ(left.size(), 1U) << da.id << " " << block.section;
      ASSERT_EQ(right.size(), 1U) << da.id << " " << block.section;
      const std::string da_text(
          pactum::host::without_section_number(da.slice(block.begin, block.end), block.section));
      const pactum::Block& other = en.blocks[b];
      const std::string en_text(
          pactum::host::without_section_number(en.slice(other.begin, other.end), other.section));
      EXPECT_NE(left.front().find(shown(da_text)), std::string::npos) << left.front();
      EXPECT_NE(right.front().find(shown(en_text)), std::string::npos) << right.front();
      EXPECT_NE(da_text, en_text) << "the two columns differ: " << da_text;
      ++clauses;
    }
    // The KT plan holds numbered table rows only, no numbered paragraphs.
    EXPECT_EQ(clauses > 0U, da.type != pactum::DocumentType::kt_plan) << da.id;

    // Self-contained, anchors unique, and the contents link to them.
    EXPECT_EQ(page.count("//script|//*[@src]|//link|//iframe|//object"), 0U);
    EXPECT_EQ(html.find("http"), std::string::npos) << "no URL of any kind";
    EXPECT_EQ(html.find("url("), std::string::npos);
    EXPECT_EQ(html.find("@import"), std::string::npos);
    const std::vector<std::string> ids = page.strings("//@id");
    EXPECT_FALSE(ids.empty());
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << da.id;
    for (const std::string& href : page.strings("//@href")) {
      ASSERT_TRUE(href.starts_with("#")) << href;
      EXPECT_EQ(page.count(("//*[@id='" + href.substr(1) + "']").c_str()), 1U) << href;
    }

    // Both stamps: the shared line once, and the Danish version's counsel-review line.
    const std::vector<std::string> stamp = page.strings("//footer/p");
    ASSERT_EQ(stamp.size(), 2U) << da.id;
    EXPECT_NE(stamp.front().find("Generated by Pactum"), std::string::npos);
    EXPECT_NE(stamp.back().find("(da)"), std::string::npos);
    EXPECT_NE(stamp.back().find("reviewed by counsel"), std::string::npos);
  }
}

// The schedules' tables: each language's table in its own cell. One too wide for half a page,
// as the KPI table's seven columns, comes record by record: a <tbody> per KPI headed by its name,
// then a row of header and value for every other column, in that cell's language.
TEST(HtmlRendererBilingual, EachLanguagesTableSitsInItsOwnColumn) {
  const auto& [danish, english] = danish_and_english();
  std::size_t tables = 0;
  for (std::size_t d = 0; d < danish.documents.size(); ++d) {
    const XPath page = parse_html(
        render_html_bilingual(danish, danish.documents[d], english, english.documents[d]));
    const std::size_t left = page.count("//tr/td[@lang='da']/table");
    EXPECT_EQ(left, page.count("//tr/td[@lang='en']/table"));
    tables += left;
  }
  EXPECT_GT(tables, 0U) << "the KPI schedule has a table";

  const auto kpi = [](const Agreement& agreement) -> const Document& {
    for (const Document& document : agreement.documents) {
      if (document.id == "kpi_schedule") {
        return document;
      }
    }
    throw std::runtime_error("no KPI schedule");
  };
  const XPath page = parse_html(render_html_bilingual(danish, kpi(danish), english, kpi(english)));
  for (const Document* document : {&kpi(danish), &kpi(english)}) {
    std::vector<std::string> header;
    std::vector<std::string> names;
    for (const pactum::Block& block : document->blocks) {
      if (block.kind != pactum::BlockKind::table_cell || block.table != 0) {
        continue;
      }
      if (block.header && block.column > 0) {
        header.emplace_back(document->slice(block.begin, block.end));
      } else if (!block.header && block.column == 0) {
        names.emplace_back(document->slice(block.begin, block.end));
      }
    }
    ASSERT_GE(header.size(), 4U) << "the KPI table has more columns than fit half a page";
    const std::string records = "//td[@lang='" + document->language + "']/table[@class='records']";
    EXPECT_EQ(page.strings((records + "/tbody/tr/th[@scope='rowgroup']").c_str()), names);
    std::vector<std::string> labels =
        page.strings((records + "/tbody[1]/tr/th[@scope='row']").c_str());
    EXPECT_EQ(labels, header) << document->language;
    EXPECT_EQ(page.count((records + "/tbody/tr/td").c_str()), names.size() * header.size());
  }
}

// Rows pair by block, not by position among the rendered blocks: a block one language leaves
// empty gives an empty cell, and the rows after it stay paired. Text is escaped in both columns.
TEST(HtmlRendererBilingual, PairsByBlockAndEscapesBothColumns) {
  Document danish = DocumentBuilder("da")
                        .heading(1, "", "Rammeaftale")
                        .heading(2, "1", "1. Parter")
                        .paragraph("1.1", "1.1 Harbour & Finch <Retail> er Kunden.")
                        .paragraph("", "")
                        .paragraph("1.2", "1.2 Vederlag.")
                        .add(pactum::BlockKind::list_item, 1, "", "Punkt")
                        .build();
  Document english = DocumentBuilder("en")
                         .heading(1, "", "Master Agreement")
                         .heading(2, "1", "1. Parties")
                         .paragraph("1.1", "1.1 Harbour & Finch <Retail> is the Client.")
                         .paragraph("", "Only in English.")
                         .paragraph("1.2", "1.2 Fees.")
                         .add(pactum::BlockKind::list_item, 1, "", "Item")
                         .build();
  danish.title = "Rammeaftale";
  english.title = "Master Agreement";
  const std::string html =
      render_html_bilingual(stamped(danish), danish, stamped(english), english);
  EXPECT_EQ(html.find("<Retail>"), std::string::npos);
  EXPECT_NE(html.find("<title>Rammeaftale / Master Agreement</title>"), std::string::npos);
  const XPath page = parse_html(html);
  EXPECT_EQ(page.strings("//tbody/tr[@id='s-1.1']/td"),
            (std::vector<std::string>{"1.1Harbour & Finch <Retail> er Kunden.",
                                      "1.1Harbour & Finch <Retail> is the Client."}));
  EXPECT_EQ(page.strings("//tbody/tr[3]/td"), (std::vector<std::string>{"", "Only in English."}));
  EXPECT_EQ(page.strings("//tbody/tr[@id='s-1.2']/td"),
            (std::vector<std::string>{"1.2Vederlag.", "1.2Fees."}));
  EXPECT_EQ(page.strings("//tbody/tr/td/ul/li"), (std::vector<std::string>{"Punkt", "Item"}));
  EXPECT_EQ(page.strings("//nav//a"), std::vector<std::string>{"1. Parter / Parties"});
  EXPECT_EQ(page.strings("//nav/p"), std::vector<std::string>{"Indhold / Contents"});
}

// Two Documents that are not one document in two languages are refused, in one line.
TEST(HtmlRendererBilingual, RefusesDocumentsThatDoNotCorrespond) {
  const auto& [danish, english] = danish_and_english();
  const auto by_id = [](const Agreement& agreement, std::string_view id) -> const Document& {
    for (const Document& document : agreement.documents) {
      if (document.id == id) {
        return document;
      }
    }
    throw std::runtime_error("no document " + std::string(id));
  };
  try {
    render_html_bilingual(danish, by_id(danish, "msa"), english, by_id(english, "dpa"));
    ADD_FAILURE() << "an MSA beside a DPA was rendered";
  } catch (const pactum::Error& error) {
    const std::string message = error.what();
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_NE(message.find("'msa' (da)"), std::string::npos) << message;
    EXPECT_NE(message.find("'dpa' (en)"), std::string::npos) << message;
  }
  // Same count, one section number differs.
  const Document da = sample_document("da");
  Document en = sample_document("en");
  en.blocks[4].section = "1.3";
  EXPECT_THROW(render_html_bilingual(stamped(da), da, stamped(en), en), pactum::Error);
  // Same count, one table cell moved to another column.
  en = sample_document("en");
  en.blocks[8].column = 2;
  EXPECT_THROW(render_html_bilingual(stamped(da), da, stamped(en), en), pactum::Error);
}
