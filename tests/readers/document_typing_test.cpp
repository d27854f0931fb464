// classify_document: the document type from the title, else the first headings, else how the
// first paragraphs introduce the document ("This Statement of Work …").
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "pactum/model/document.hpp"
#include "readers/document_typing.hpp"

using pactum::Block;
using pactum::BlockKind;
using pactum::Document;
using pactum::DocumentType;
using pactum::host::classify_document;

namespace {

void add_block(Document& document, BlockKind kind, std::string_view text) {
  if (!document.text.empty()) {
    document.text += "\n\n";
  }
  const std::size_t begin = document.text.size();
  document.text += text;
  document.blocks.push_back(Block{.kind = kind, .begin = begin, .end = document.text.size()});
}

DocumentType titled(std::string_view title) {
  Document document;
  document.title = std::string(title);
  add_block(document, BlockKind::heading, title);
  return classify_document(document);
}

TEST(DocumentTyping, DataProcessingAndProtectionAgreementsAreDpas) {
  EXPECT_EQ(titled("Data Processing Agreement"), DocumentType::dpa);
  EXPECT_EQ(titled("DATA PROCESSING ADDENDUM"), DocumentType::dpa);
  EXPECT_EQ(titled("Data Protection Agreement"), DocumentType::dpa);
  EXPECT_EQ(titled("Auftragsverarbeitungsvertrag"), DocumentType::dpa);
  EXPECT_EQ(titled("Exhibit B \xE2\x80\x93 Data Processing Addendum"), DocumentType::dpa);
}

TEST(DocumentTyping, StatementsOfWorkAndWorkOrdersAreSows) {
  EXPECT_EQ(titled("Statement of Work"), DocumentType::sow);
  EXPECT_EQ(titled("SOW No. 3"), DocumentType::sow);
  EXPECT_EQ(titled("Work Order 7"), DocumentType::sow);
  EXPECT_EQ(titled("Statement of Work No. 2 under the Master Services Agreement"),
            DocumentType::sow);
}

TEST(DocumentTyping, SchedulesExhibitsAnnexesAndAppendicesAtTheTitleAreSchedules) {
  EXPECT_EQ(titled("Schedule 2 \xE2\x80\x93 Service Levels"), DocumentType::schedule);
  EXPECT_EQ(titled("Exhibit B"), DocumentType::schedule);
  EXPECT_EQ(titled("ANNEX 1 PRICING"), DocumentType::schedule);
  EXPECT_EQ(titled("Appendix C: Service Credits"), DocumentType::schedule);
  EXPECT_EQ(titled("Schedule 3 - Form of Statement of Work"), DocumentType::schedule);
}

TEST(DocumentTyping, AmendmentsAndNonDataAddendaAreAmendments) {
  EXPECT_EQ(titled("Amendment No. 2 to the Master Services Agreement"), DocumentType::amendment);
  EXPECT_EQ(titled("FIRST AMENDMENT TO SUPPLY AGREEMENT"), DocumentType::amendment);
  EXPECT_EQ(titled("Addendum to the Outsourcing Agreement"), DocumentType::amendment);
  EXPECT_EQ(titled("Amendment to Data Processing Agreement"), DocumentType::amendment);
}

TEST(DocumentTyping, AgreementsAreMsas) {
  EXPECT_EQ(titled("Master Services Agreement"), DocumentType::msa);
  EXPECT_EQ(titled("OUTSOURCING AGREEMENT"), DocumentType::msa);
  EXPECT_EQ(titled("Co-Branding Agreement"), DocumentType::msa);
  EXPECT_EQ(titled("Amended and Restated Services Agreement"), DocumentType::msa);
}

TEST(DocumentTyping, AnythingElseIsOther) {
  EXPECT_EQ(titled("Meeting notes"), DocumentType::other);
  EXPECT_EQ(classify_document(Document{}), DocumentType::other);
}

TEST(DocumentTyping, WithoutATitleTheFirstHeadingsDecide) {
  Document document;
  add_block(document, BlockKind::paragraph, "Confidential");
  add_block(document, BlockKind::heading, "STATEMENT OF WORK");
  EXPECT_EQ(classify_document(document), DocumentType::sow);
}

TEST(DocumentTyping, WithoutATitleAParagraphIntroducingTheDocumentDecides) {
  Document document;
  add_block(document, BlockKind::paragraph,
            "This Statement of Work is entered into under the Master Services Agreement.");
  EXPECT_EQ(classify_document(document), DocumentType::sow);
}

TEST(DocumentTyping, AParagraphMentioningOtherDocumentsDoesNotDecide) {
  Document document;
  add_block(document, BlockKind::paragraph,
            "The Provider shall perform each statement of work and data processing as agreed.");
  EXPECT_EQ(classify_document(document), DocumentType::other);
}

TEST(DocumentTyping, TheTitleOutranksHeadings) {
  Document document;
  document.title = "Master Services Agreement";
  add_block(document, BlockKind::heading, "Schedule 1 Statement of Work");
  EXPECT_EQ(classify_document(document), DocumentType::msa);
}

} // namespace
