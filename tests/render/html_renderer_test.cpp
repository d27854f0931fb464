// The HTML renderer writes one self-contained, printable page per Document: nothing fetched,
// no script, every text escaped, anchors by section number that are unique and linked.
#include <gtest/gtest.h>

#include <libxml/HTMLparser.h>

#include <set>
#include <string>
#include <vector>

#include "pactum/error.hpp"
#include "render/html_renderer.hpp"
#include "render/render_test_support.hpp"

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
