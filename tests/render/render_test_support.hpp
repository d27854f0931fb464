#pragma once

// Shared by the DOCX and HTML renderer tests: hand-built documents with byte ranges kept, the
// example deals generated in-process, and XPath over libxml2 trees.
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "readers/libxml_handles.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/test_template.hpp"

namespace pactum::test {

// Writes the canonical text block by block, as the generator does, keeping the byte ranges.
class DocumentBuilder {
public:
  explicit DocumentBuilder(std::string language = "en") {
    document_.language = std::move(language);
  }
  DocumentBuilder& add(BlockKind kind, int level, std::string section, std::string_view text) {
    Block block{.kind = kind, .level = level, .section = std::move(section)};
    if (!document_.text.empty()) {
      document_.text += "\n\n";
    }
    block.begin = document_.text.size();
    document_.text += text;
    block.end = document_.text.size();
    document_.blocks.push_back(std::move(block));
    return *this;
  }
  DocumentBuilder& heading(int level, std::string section, std::string_view text) {
    return add(BlockKind::heading, level, std::move(section), text);
  }
  DocumentBuilder& paragraph(std::string section, std::string_view text) {
    return add(BlockKind::paragraph, 0, std::move(section), text);
  }
  DocumentBuilder& cell(std::size_t row, std::size_t column, bool header, std::string_view text) {
    add(BlockKind::table_cell, 0, "", text);
    Block& added = document_.blocks.back();
    added.row = row;
    added.column = column;
    added.header = header;
    return *this;
  }
  Document build() const { return document_; }

private:
  Document document_{.id = "msa", .title = "Master Services Agreement"};
};

// A generated-looking agreement: title, numbered headings and clauses, a continuation
// paragraph, a KPI table, and a party whose name is full of markup characters.
inline Document sample_document(std::string language = "en") {
  return DocumentBuilder(std::move(language))
      .heading(1, "", "Master Services Agreement")
      .heading(2, "1", "1. Parties")
      .paragraph("1.1", "1.1 This Agreement is made between Harbour & Finch <Retail> (the "
                        "\"Client\") and 深圳客服有限公司 (the 'Provider').")
      .paragraph("", "The Client and the Provider are each a \"party\".\nSigned in London.")
      .paragraph("1.2", "1.2 Fees are payable under clause 2.")
      .heading(2, "2", "2. Service Levels")
      .paragraph("2.1", "2.1 The KPIs are set out in the following table.")
      .cell(0, 0, true, "KPI")
      .cell(0, 1, true, "Target")
      .cell(0, 2, true, "Critical")
      .cell(1, 0, false, "Service level")
      .cell(1, 1, false, "at least 80% within 20 seconds")
      .cell(1, 2, false, "Critical")
      .cell(2, 0, false, "First contact resolution")
      .cell(2, 1, false, "at least 72% & <rising>")
      .cell(2, 2, false, "Key")
      .heading(2, "3", "3. Term")
      .paragraph("3.1", "3.1 This Agreement starts on the Go-Live Date.")
      .build();
}

inline Agreement stamped(Document document) {
  Agreement agreement{.id = "hf-2026-001"};
  agreement.generated = GenerationStamp{.pactum_version = "0.1.0",
                                        .template_id = "cs-outsourcing",
                                        .template_version = "0.1.0",
                                        .deal_file = "deals/harbour.yaml"};
  agreement.documents.push_back(std::move(document));
  return agreement;
}

inline const std::vector<std::string>& example_deal_names() {
  static const std::vector<std::string> names{"uk-retail-philippines.yaml",
                                              "dk-utility-poland.yaml", "it-telecom-albania.yaml",
                                              "cn-platform-china.yaml"};
  return names;
}

// An example deal generated in one of the template's languages (English unless told).
inline Agreement generate_example(const std::string& name, const std::string& language = "en") {
  const std::string path = example_deal_path(name);
  const host::DealLoad loaded = host::load_deal(read_text(path), path, cs_outsourcing());
  if (!loaded.deal) {
    throw std::runtime_error(name + " does not validate");
  }
  return host::generate_agreement(
      {cs_outsourcing(), *loaded.deal, {}, shipped_vocabulary(), language});
}

// One example deal generated twice, for the bilingual renderers: the prevailing language first.
struct BilingualExample {
  Agreement first;
  Agreement second;
};

inline BilingualExample generate_bilingual_example(const std::string& name,
                                                   const std::string& first,
                                                   const std::string& second) {
  return {generate_example(name, first), generate_example(name, second)};
}

// XPath over one parsed part, with the WordprocessingML prefix "w" registered.
class XPath {
public:
  explicit XPath(const std::string& xml)
      : doc_(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {}
  explicit XPath(xmlDocPtr doc) : doc_(doc) {}

  bool parsed() const { return doc_ != nullptr; }
  xmlDocPtr doc() const { return doc_.get(); }

  std::vector<std::string> strings(const char* expression) const {
    std::vector<std::string> out;
    if (!doc_) {
      return out;
    }
    const std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> context(
        xmlXPathNewContext(doc_.get()), &xmlXPathFreeContext);
    xmlXPathRegisterNs(context.get(), BAD_CAST "w",
                       BAD_CAST "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    const std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
        xmlXPathEvalExpression(BAD_CAST expression, context.get()), &xmlXPathFreeObject);
    if (!result || result->nodesetval == nullptr) {
      return out;
    }
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      const host::XmlString content(xmlNodeGetContent(result->nodesetval->nodeTab[i]));
      out.emplace_back(content ? reinterpret_cast<const char*>(content.get()) : "");
    }
    return out;
  }
  std::size_t count(const char* expression) const { return strings(expression).size(); }

private:
  host::XmlDoc doc_;
};

} // namespace pactum::test
