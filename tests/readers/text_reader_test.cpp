// decode_text and read_text_document: encodings (UTF-8, UTF-16 by byte-order mark, the
// Windows-1252 fallback) and their refusals, then segmentation of plain text and Markdown into
// blocks over the canonical text.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/error.hpp"
#include "pactum/model/document.hpp"
#include "readers/text_reader.hpp"
#include "text/utf8.hpp"

using pactum::Block;
using pactum::BlockKind;
using pactum::Document;
using pactum::DocumentType;
using pactum::Error;
using pactum::host::decode_text;
using pactum::host::max_text_bytes;
using pactum::host::read_text_document;
using pactum::host::TextEncoding;

namespace {

std::span<const std::byte> bytes_of(std::string_view text) {
  return std::as_bytes(std::span(text.data(), text.size()));
}

Document read_txt(std::string_view text) {
  return read_text_document(bytes_of(text), "a.txt", false);
}

Document read_md(std::string_view text) {
  return read_text_document(bytes_of(text), "a.md", true);
}

std::string refusal(std::string_view bytes) {
  try {
    decode_text(bytes_of(bytes), "in.txt");
  } catch (const Error& e) {
    return e.what();
  }
  return "accepted";
}

std::string_view text_of(const Document& document, const Block& block) {
  return document.slice(block.begin, block.end);
}

// "heading 1 [2.1] text" per block: kind, level, section and text in one comparable line.
std::vector<std::string> outline(const Document& document) {
  std::vector<std::string> lines;
  for (const Block& block : document.blocks) {
    std::string line(to_string(block.kind));
    line += ' ' + std::to_string(block.level);
    if (!block.section.empty()) {
      line += " [" + block.section + "]";
    }
    line += ' ';
    line += text_of(document, block);
    lines.push_back(line);
  }
  return lines;
}

// What every Document the reader returns promises.
void expect_well_formed(const Document& document) {
  std::size_t previous_end = 0;
  for (const Block& block : document.blocks) {
    ASSERT_LE(block.begin, block.end);
    ASSERT_LE(block.end, document.text.size());
    ASSERT_GE(block.begin, previous_end);
    previous_end = block.end;
    const std::string_view text = text_of(document, block);
    if (block.kind != BlockKind::table_cell) {
      EXPECT_FALSE(text.empty());
    }
    if (!text.empty()) {
      EXPECT_NE(text.front(), ' ');
      EXPECT_NE(text.back(), ' ');
    }
    EXPECT_EQ(text.find('\n'), std::string_view::npos);
  }
  EXPECT_FALSE(pactum::host::unusable_in_xml(document.text).has_value());
}

std::string utf16(std::u16string_view text, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (const char16_t unit : text) {
    const char low = static_cast<char>(unit & 0xFF);
    const char high = static_cast<char>(unit >> 8);
    out += little_endian ? low : high;
    out += little_endian ? high : low;
  }
  return out;
}

// § and curly quotes, the characters a wrong guess turns into garbage.
constexpr std::string_view section_sign = "\xC2\xA7";
constexpr std::string_view left_quote = "\xE2\x80\x9C";
constexpr std::string_view right_quote = "\xE2\x80\x9D";

// ---- Encodings ----------------------------------------------------------------------------

TEST(TextDecoding, ValidUtf8IsKeptAsItIs) {
  const std::string text = "\xC2\xA7 5 \xE2\x80\x9C"
                           "Fees\xE2\x80\x9D\n";
  const auto decoded = decode_text(bytes_of(text), "a.txt");
  EXPECT_EQ(decoded.text, text);
  EXPECT_EQ(decoded.encoding, TextEncoding::utf8);
  EXPECT_TRUE(decoded.warnings.empty());
}

TEST(TextDecoding, Utf8ByteOrderMarkIsStripped) {
  const auto decoded = decode_text(bytes_of("\xEF\xBB\xBFTerms"), "a.txt");
  EXPECT_EQ(decoded.text, "Terms");
  EXPECT_EQ(decoded.encoding, TextEncoding::utf8);
}

TEST(TextDecoding, Utf16LittleEndianWithByteOrderMarkKeepsSectionSignAndCurlyQuotes) {
  const auto decoded =
      decode_text(bytes_of(utf16(u"\u00A7 5 \u201CFees\u201D \U0001F600", true)), "a.txt");
  EXPECT_EQ(decoded.encoding, TextEncoding::utf16le);
  EXPECT_EQ(decoded.text, std::string(section_sign) + " 5 " + std::string(left_quote) + "Fees" +
                              std::string(right_quote) + " \xF0\x9F\x98\x80");
}

TEST(TextDecoding, Utf16BigEndianWithByteOrderMarkKeepsSectionSignAndCurlyQuotes) {
  const auto decoded = decode_text(bytes_of(utf16(u"\u00A7 5 \u201CFees\u201D", false)), "a.txt");
  EXPECT_EQ(decoded.encoding, TextEncoding::utf16be);
  EXPECT_EQ(decoded.text, std::string(section_sign) + " 5 " + std::string(left_quote) + "Fees" +
                              std::string(right_quote));
}

TEST(TextDecoding, InvalidUtf8IsReadAsWindows1252WithOneWarning) {
  const auto decoded = decode_text(bytes_of("\xA7 5 \x93"
                                            "Fees\x94 \x80 10"),
                                   "in.txt");
  EXPECT_EQ(decoded.encoding, TextEncoding::windows1252);
  EXPECT_EQ(decoded.text, std::string(section_sign) + " 5 " + std::string(left_quote) + "Fees" +
                              std::string(right_quote) + " \xE2\x82\xAC 10");
  ASSERT_EQ(decoded.warnings.size(), 1U);
  EXPECT_EQ(decoded.warnings[0], "in.txt: warning: not valid UTF-8 (byte 0); read as Windows-1252");
}

TEST(TextDecoding, Windows1252UndefinedBytesBecomeC1Controls) {
  const auto decoded = decode_text(bytes_of("\x81\x8D\x8F\x90\x9D"), "a.txt");
  EXPECT_EQ(decoded.text, "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
}

TEST(TextDecoding, NulBytesOutsideUtf16AreABinaryFile) {
  EXPECT_EQ(refusal(std::string_view("PK\x03\x04\0\0", 6)),
            "in.txt: error: binary file: NUL byte at byte 4 (UTF-16 text needs a byte-order mark)");
}

TEST(TextDecoding, UnpairedSurrogatesInUtf16AreRefusedWithTheirOffset) {
  EXPECT_EQ(refusal(utf16(u"ab\xD800x", true)),
            "in.txt: error: not valid UTF-16LE: unpaired surrogate U+D800 at byte 6");
  EXPECT_EQ(refusal(utf16(u"a\xDC00", false)),
            "in.txt: error: not valid UTF-16BE: unpaired surrogate U+DC00 at byte 4");
  EXPECT_EQ(refusal(utf16(u"a\xD800", true)),
            "in.txt: error: not valid UTF-16LE: unpaired surrogate U+D800 at byte 4");
}

TEST(TextDecoding, Utf16WithAnOddNumberOfBytesOrANulIsRefused) {
  EXPECT_EQ(refusal("\xFF\xFE"
                    "a"),
            "in.txt: error: not valid UTF-16LE: an odd number of bytes (1)");
  EXPECT_EQ(refusal(std::string_view("\xFF\xFE"
                                     "a\0\0\0",
                                     6)),
            "in.txt: error: binary file: U+0000 at byte 4");
}

TEST(TextDecoding, MoreThanTheLimitIsRefusedBeforeDecoding) {
  std::string big(max_text_bytes + 1, 'a');
  big[10] = '\0'; // would be a binary-file error if it were decoded
  EXPECT_EQ(refusal(big), "in.txt: error: the file is 16777217 bytes; text files are read up to "
                          "16777216 bytes");
  EXPECT_EQ(refusal(std::string(max_text_bytes, 'a')), "accepted");
}

TEST(TextDecoding, ErrorsAreOneLine) {
  for (const std::string& message : {refusal(std::string_view("\0", 1)), refusal("\xFE\xFF\xDC")}) {
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

// ---- Plain text ----------------------------------------------------------------------------

TEST(TextReader, Windows1252FileCarriesTheWarningIntoTheDocument) {
  const Document document = read_txt("\xA7 5 Fees\n\nThe \x93"
                                     "Fees\x94 are due.\n");
  ASSERT_EQ(document.warnings.size(), 1U);
  EXPECT_NE(document.warnings[0].find("read as Windows-1252"), std::string::npos);
  EXPECT_NE(document.text.find(std::string(left_quote) + "Fees" + std::string(right_quote)),
            std::string::npos);
}

TEST(TextReader, DocumentCarriesFileNameUndeterminedLanguageAndType) {
  const Document document = read_txt("MASTER SERVICES AGREEMENT\n\nThe parties agree.\n");
  EXPECT_EQ(document.id, "a.txt");
  EXPECT_EQ(document.source_file, "a.txt");
  EXPECT_EQ(document.language, "und");
  EXPECT_EQ(document.title, "MASTER SERVICES AGREEMENT");
  EXPECT_EQ(document.type, DocumentType::msa);
}

constexpr std::string_view small_agreement = R"(EXHIBIT 10.1

MASTER SERVICES AGREEMENT

This Master Services Agreement is made between Acme Ltd and
Provider Inc (each a "Party").

RECITALS

WHEREAS, the Client wishes to outsource.

ARTICLE I
DEFINITIONS

1. DEFINITIONS.

1.1 "Services" means the services set out in
Schedule 1.

Section 2.1 Term.

2.1 The Provider shall provide the Services in accordance with
Section
2.3 of the Statement of Work.

(a) first item;

(b) second item, which wraps onto
a second line; and

(i) a sub-item under (b).

(c) third item.

3. Fees and Payment. The Client shall pay the fees.

ARTICLE 5 - TERM

ACME LTD.,

By: /s/ Jane Doe
)";

TEST(TextReader, SegmentsASmallAgreementIntoHeadingsParagraphsAndItems) {
  const Document document = read_txt(small_agreement);
  expect_well_formed(document);
  EXPECT_EQ(document.title, "MASTER SERVICES AGREEMENT");
  EXPECT_EQ(document.type, DocumentType::msa);
  const std::vector<std::string> expected = {
      "heading 1 EXHIBIT 10.1",
      "heading 1 MASTER SERVICES AGREEMENT",
      "paragraph 0 This Master Services Agreement is made between Acme Ltd and Provider Inc "
      "(each a \"Party\").",
      "heading 1 RECITALS",
      "paragraph 0 WHEREAS, the Client wishes to outsource.",
      "heading 1 [1] ARTICLE I",
      "heading 1 DEFINITIONS",
      "heading 1 [1] 1. DEFINITIONS.",
      "paragraph 0 [1.1] 1.1 \"Services\" means the services set out in Schedule 1.",
      "heading 2 [2.1] Section 2.1 Term.",
      "paragraph 0 [2.1] 2.1 The Provider shall provide the Services in accordance with Section "
      "2.3 of the Statement of Work.",
      "list_item 1 [2.1(a)] (a) first item;",
      "list_item 1 [2.1(b)] (b) second item, which wraps onto a second line; and",
      "list_item 2 [2.1(b)(i)] (i) a sub-item under (b).",
      "list_item 1 [2.1(c)] (c) third item.",
      "paragraph 0 [3] 3. Fees and Payment. The Client shall pay the fees.",
      "heading 1 [5] ARTICLE 5 - TERM",
      "paragraph 0 ACME LTD.,",
      "paragraph 0 By: /s/ Jane Doe",
  };
  EXPECT_EQ(outline(document), expected);
}

TEST(TextReader, CanonicalTextSeparatesBlocksByABlankLine) {
  const Document document = read_txt("TITLE\r\n\r\nFirst   line\r\n  wrapped.\r\n\r\n\r\nNext.");
  EXPECT_EQ(document.text, "TITLE\n\nFirst line wrapped.\n\nNext.");
}

TEST(TextReader, AcceptsLfCrLfAndCrLineEnds) {
  const std::string expected = "TITLE\n\nOne.\n\nTwo.";
  EXPECT_EQ(read_txt("TITLE\n\nOne.\n\nTwo.\n").text, expected);
  EXPECT_EQ(read_txt("TITLE\r\n\r\nOne.\r\n\r\nTwo.\r\n").text, expected);
  EXPECT_EQ(read_txt("TITLE\r\rOne.\r\rTwo.\r").text, expected);
}

TEST(TextReader, SourceGivesLineIndexAndExactByteRangeInTheDecodedText) {
  const std::string input =
      "TITLE\r\n\r\n1.1 The Provider shall\r\n   deliver.\r\n\r\n(a) item\r\n";
  const Document document = read_txt(input);
  ASSERT_EQ(document.blocks.size(), 3U);
  const Block& paragraph = document.blocks[1];
  EXPECT_EQ(paragraph.source.file, "a.txt");
  EXPECT_EQ(paragraph.source.paragraph, 2U);
  EXPECT_EQ(input.substr(paragraph.source.begin, paragraph.source.end - paragraph.source.begin),
            "1.1 The Provider shall\r\n   deliver.");
  EXPECT_EQ(text_of(document, paragraph), "1.1 The Provider shall deliver.");
  EXPECT_EQ(document.blocks[2].source.paragraph, 5U);
  EXPECT_EQ(input.substr(document.blocks[2].source.begin,
                         document.blocks[2].source.end - document.blocks[2].source.begin),
            "(a) item");
}

TEST(TextReader, HardWrappedParagraphsBecomeOneBlock) {
  const std::string input = "SERVICES AGREEMENT\n\n"
                            "The Provider shall perform the Services with reasonable skill and\n"
                            "care, in accordance with good industry practice and all laws that\n"
                            "apply to it.\n"
                            "The Client shall pay the Fees within thirty days of an invoice that\n"
                            "is correct and undisputed.\n";
  const Document document = read_txt(input);
  expect_well_formed(document);
  ASSERT_EQ(document.blocks.size(), 3U);
  EXPECT_EQ(text_of(document, document.blocks[1]),
            "The Provider shall perform the Services with reasonable skill and care, in accordance "
            "with good industry practice and all laws that apply to it.");
  EXPECT_EQ(text_of(document, document.blocks[2]),
            "The Client shall pay the Fees within thirty days of an invoice that is correct and "
            "undisputed.");
}

TEST(TextReader, AParagraphCutByAPageBreakContinuesInLowerCase) {
  const Document document =
      read_txt("2.3 The rights are subject to\n\n\ntermination at any time.\n\n2.4 Next.\n");
  ASSERT_EQ(document.blocks.size(), 2U);
  EXPECT_EQ(text_of(document, document.blocks[0]),
            "2.3 The rights are subject to termination at any time.");
}

TEST(TextReader, HeadingLevelsFollowLabelDepth) {
  const Document document =
      read_txt("1. SERVICES\n\n12.3 Service Credits\n\n12.3.1 Caps\n\n\xC2\xA7 5 Fees\n\n"
               "ARTICLE 5 \xE2\x80\x93 TERM\n");
  const std::vector<std::string> expected = {
      "heading 1 [1] 1. SERVICES", "heading 2 [12.3] 12.3 Service Credits",
      "heading 3 [12.3.1] 12.3.1 Caps", "heading 1 [5] \xC2\xA7 5 Fees",
      "heading 1 [5] ARTICLE 5 \xE2\x80\x93 TERM"};
  EXPECT_EQ(outline(document), expected);
}

TEST(TextReader, PageNumbersAreNotSections) {
  const Document document = read_txt("1.1 The Provider shall deliver.\n\n2\n\n1.2 More.\n");
  ASSERT_EQ(document.blocks.size(), 3U);
  EXPECT_EQ(document.blocks[1].section, "");
  EXPECT_EQ(document.blocks[1].kind, BlockKind::paragraph);
}

TEST(TextReader, TitleCaseFirstLineIsTheTitle) {
  const Document document = read_txt("Master Services Agreement\n\nThis agreement is made.\n");
  EXPECT_EQ(document.title, "Master Services Agreement");
  EXPECT_EQ(document.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(document.type, DocumentType::msa);
}

TEST(TextReader, AllCapitalParagraphsStayParagraphs) {
  const Document document =
      read_txt("WARRANTIES\n"
               "\n"
               "THE WARRANTIES SET OUT IN THIS AGREEMENT ARE EXCLUSIVE AND IN LIEU OF\n"
               "ALL OTHER WARRANTIES, WHETHER EXPRESS OR IMPLIED, INCLUDING ANY IMPLIED\n"
               "WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE, AND THE\n"
               "PROVIDER DISCLAIMS ALL OTHERS.\n");
  ASSERT_EQ(document.blocks.size(), 2U);
  EXPECT_EQ(document.blocks[1].kind, BlockKind::paragraph);
}

TEST(TextReader, BulletsAreListItemsWithoutTheMarker) {
  const Document document = read_txt("Scope.\n\n\xE2\x80\xA2 hosting;\n\xE2\x80\xA2 support.\n");
  const std::vector<std::string> expected = {"paragraph 0 Scope.", "list_item 1 hosting;",
                                             "list_item 1 support."};
  EXPECT_EQ(outline(document), expected);
}

TEST(TextReader, ControlCharactersBecomeSpaces) {
  const Document document = read_txt("Fees\x01\x0C"
                                     "due.\x7F");
  EXPECT_EQ(document.text, "Fees due.");
  expect_well_formed(document);
}

TEST(TextReader, EmptyAndBlankInputGiveAnEmptyDocument) {
  for (const std::string_view input : {"", "\n\n  \r\n\t", "\xEF\xBB\xBF"}) {
    const Document document = read_txt(input);
    EXPECT_TRUE(document.blocks.empty());
    EXPECT_EQ(document.text, "");
    EXPECT_EQ(document.type, DocumentType::other);
  }
}

TEST(TextReader, Utf16FileIsSegmentedLikeUtf8) {
  const Document document = read_text_document(
      bytes_of(utf16(u"\u00A7 5 Fees\r\n\r\nThe \u201CFees\u201D are due.\r\n", true)), "w.txt",
      false);
  const std::vector<std::string> expected = {"heading 1 [5] \xC2\xA7 5 Fees",
                                             "paragraph 0 The \xE2\x80\x9C"
                                             "Fees\xE2\x80\x9D are due."};
  EXPECT_EQ(outline(document), expected);
}

// A 4 MB line: a scan that restarts for each character (or each '[') would take minutes.
TEST(TextReader, AFourMegabyteSingleLineIsReadInLinearTime) {
  std::string line;
  line.reserve(std::size_t{4} << 20);
  while (line.size() < (std::size_t{4} << 20)) {
    line += "1. [a] *b* (c) Section. x ";
  }
  const Document plain = read_txt(line);
  ASSERT_EQ(plain.blocks.size(), 1U);
  const Document markdown = read_md(line);
  ASSERT_EQ(markdown.blocks.size(), 1U);
  const std::string brackets(std::size_t{4} << 20, '[');
  EXPECT_EQ(read_md(brackets).text, brackets);
  EXPECT_EQ(read_txt(std::string(std::size_t{4} << 20, 'A')).blocks.size(), 1U);
}

// ---- Markdown ------------------------------------------------------------------------------

TEST(MarkdownReader, AtxAndSetextHeadingsTakeTheirLevelAndSection) {
  const Document document = read_md("# Master Services Agreement #\n\n## 12.3 Fees\n\n"
                                    "Scope\n=====\n\nTerm\n----\n\n###### Deep\n");
  const std::vector<std::string> expected = {"heading 1 Master Services Agreement",
                                             "heading 2 [12.3] 12.3 Fees", "heading 1 Scope",
                                             "heading 2 Term", "heading 6 Deep"};
  EXPECT_EQ(outline(document), expected);
  EXPECT_EQ(document.title, "Master Services Agreement");
  EXPECT_EQ(document.type, DocumentType::msa);
}

TEST(MarkdownReader, ListsNestByIndent) {
  const Document document = read_md("- hosting\n  - backups\n    continued\n- support\n"
                                    "1. First\n2. Second\n");
  const std::vector<std::string> expected = {"list_item 1 hosting", "list_item 2 backups continued",
                                             "list_item 1 support", "list_item 1 [1] 1. First",
                                             "list_item 1 [2] 2. Second"};
  EXPECT_EQ(outline(document), expected);
}

TEST(MarkdownReader, PipeTablesBecomeCellsWithAHeaderRow) {
  const Document document = read_md(
      "Prices:\n\n| Service | Fee |\n|:---|---:|\n| Hosting | **100** |\n| A \\| B | 5<br>6 |\n");
  expect_well_formed(document);
  ASSERT_EQ(document.blocks.size(), 7U);
  EXPECT_EQ(document.text, "Prices:\n\nService\tFee\nHosting\t100\nA | B\t5 6");
  const Block& header = document.blocks[2];
  EXPECT_EQ(header.kind, BlockKind::table_cell);
  EXPECT_TRUE(header.header);
  EXPECT_EQ(header.row, 0U);
  EXPECT_EQ(header.column, 1U);
  const Block& cell = document.blocks[6];
  EXPECT_FALSE(cell.header);
  EXPECT_EQ(cell.row, 2U);
  EXPECT_EQ(cell.column, 1U);
  EXPECT_EQ(cell.table, 0U);
}

TEST(MarkdownReader, EmphasisEscapesAndLinksAreStripped) {
  const Document document =
      read_md("**1.2** The __Provider__ shall *promptly* notify [the Client](https://x.example) "
              "of file\\_name \\*and\\* snake_case in `code`.\n");
  ASSERT_EQ(document.blocks.size(), 1U);
  EXPECT_EQ(text_of(document, document.blocks[0]),
            "1.2 The Provider shall promptly notify the Client of file_name *and* snake_case in "
            "code.");
  EXPECT_EQ(document.blocks[0].section, "1.2");
}

TEST(MarkdownReader, LettersNestUnderTheNumberedParagraph) {
  const Document document = read_md("**2.1** The Provider shall:\n\n(a) host;\n\n(b) support.\n");
  const std::vector<std::string> expected = {
      "paragraph 0 [2.1] 2.1 The Provider shall:", "list_item 1 [2.1(a)] (a) host;",
      "list_item 1 [2.1(b)] (b) support."};
  EXPECT_EQ(outline(document), expected);
}

TEST(MarkdownReader, QuotesAndFencedCodeAreParagraphs) {
  const Document document =
      read_md("> quoted\n> text\n\n```\ncode line\n  more\n```\n\n---\n\nEnd\n");
  const std::vector<std::string> expected = {"paragraph 0 quoted text",
                                             "paragraph 0 code line more", "paragraph 0 End"};
  EXPECT_EQ(outline(document), expected);
}

TEST(MarkdownReader, SourceRangesCoverTheMarkup) {
  const std::string input = "# Title\n\nSome *text*\nwrapped.\n";
  const Document document = read_md(input);
  ASSERT_EQ(document.blocks.size(), 2U);
  const Block& paragraph = document.blocks[1];
  EXPECT_EQ(paragraph.source.paragraph, 2U);
  EXPECT_EQ(input.substr(paragraph.source.begin, paragraph.source.end - paragraph.source.begin),
            "Some *text*\nwrapped.");
  EXPECT_EQ(text_of(document, paragraph), "Some text wrapped.");
}

// ---- Real agreements -----------------------------------------------------------------------

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::filesystem::path cuad_dir =
    std::filesystem::path(PACTUM_SOURCE_DIR) / ".." / "shared" / "corpus" / "cuad" / "contracts";

TEST(TextReaderCuad, RealAgreementsHaveNumberedHeadingsAndATitle) {
  const std::vector<std::string> files = {
      "HYDRONTECHNOLOGIESINC_03_31_1997-EX-10.47-SPONSORSHIP AGREEMENT.txt",
      "NeoformaInc_19991202_S-1A_EX-10.26_5224521_EX-10.26_Co-Branding Agreement.txt",
      "ADAMSGOLFINC_03_21_2005-EX-10.17-ENDORSEMENT AGREEMENT.txt"};
  for (const std::string& name : files) {
    const std::filesystem::path path = cuad_dir / name;
    if (!std::filesystem::exists(path)) {
      GTEST_SKIP() << "CUAD corpus not present at " << cuad_dir;
    }
    const Document document = read_txt(read_file(path));
    expect_well_formed(document);
    const auto numbered_headings = std::ranges::count_if(document.blocks, [](const Block& block) {
      return block.kind == BlockKind::heading && !block.section.empty();
    });
    EXPECT_GE(numbered_headings, 5) << name;
    EXPECT_NE(document.title.find("AGREEMENT"), std::string::npos)
        << name << ": " << document.title;
    EXPECT_EQ(document.type, DocumentType::msa) << name;
    const auto numbered_paragraphs = std::ranges::count_if(document.blocks, [](const Block& block) {
      return block.kind != BlockKind::heading && !block.section.empty();
    });
    EXPECT_GE(numbered_paragraphs, 3) << name;
  }
}

// Not a check: prints how the whole corpus segments. Run with
// --gtest_also_run_disabled_tests --gtest_filter='*Survey*'.
TEST(TextReaderCuad, DISABLED_Survey) {
  if (!std::filesystem::exists(cuad_dir)) {
    GTEST_SKIP();
  }
  std::map<std::string, int> types;
  int files = 0;
  int five_headings = 0;
  int five_numbered = 0;
  int titled = 0;
  for (const auto& entry : std::filesystem::directory_iterator(cuad_dir)) {
    const Document document = read_txt(read_file(entry.path()));
    expect_well_formed(document);
    ++files;
    const auto headings = std::ranges::count_if(
        document.blocks, [](const Block& block) { return block.kind == BlockKind::heading; });
    const auto numbered = std::ranges::count_if(document.blocks, [](const Block& block) {
      return block.kind == BlockKind::heading && !block.section.empty();
    });
    five_headings += headings >= 5 ? 1 : 0;
    five_numbered += numbered >= 5 ? 1 : 0;
    titled += document.title.empty() ? 0 : 1;
    ++types[std::string(to_string(document.type))];
    std::cout << to_string(document.type) << "\t" << headings << "\t" << numbered << "\t"
              << document.title << "\t" << entry.path().filename().string() << "\n";
  }
  std::cout << "files " << files << ", >=5 headings " << five_headings << ", >=5 numbered headings "
            << five_numbered << ", titled " << titled << "\n";
  for (const auto& [type, count] : types) {
    std::cout << type << " " << count << "\n";
  }
}

} // namespace
