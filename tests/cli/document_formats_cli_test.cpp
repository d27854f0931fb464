// `pactum generate --format docx,html` checked by tools that did not write the files: pandoc
// reads every DOCX back (heading levels and numbers Word's numbering gives, the KPI and pricing
// tables' rows and columns), LibreOffice lays one out as PDF (page count, text, numbers and
// footer there), and party names full of markup come through every format intact. A test whose
// tool is missing is skipped with a message (scripts/install-deps.sh installs them all).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "readers/agreement_xml_reader.hpp"
#include "readers/docx_reader.hpp"
#include "support/deal_language.hpp"
#include "support/run_process.hpp"
#include "support/scratch_folder.hpp"

namespace fs = std::filesystem;
using pactum::test::run_process;
using pactum::test::ScratchFolder;

namespace {

const std::vector<std::string> example_deals{"uk-retail-philippines.yaml", "dk-utility-poland.yaml",
                                             "it-telecom-albania.yaml", "cn-platform-china.yaml"};

std::string deal(const std::string& name) {
  return (fs::path(PACTUM_SOURCE_DIR) / "examples" / "deals" / name).string();
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A program on PATH, as a shell would find it (run_process takes a full path).
std::optional<std::string> find_program(std::string_view name) {
  const char* path = std::getenv("PATH");
  std::string_view rest = path != nullptr ? path : "/usr/bin:/bin";
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const fs::path candidate = fs::path(rest.substr(0, colon)) / name;
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) {
      return candidate.string();
    }
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  }
  return std::nullopt;
}

#define REQUIRE_PROGRAM(variable, name)                                                            \
  const std::optional<std::string> variable = find_program(name);                                  \
  if (!(variable)) {                                                                               \
    GTEST_SKIP() << (name) << " is not installed (scripts/install-deps.sh installs it)";           \
  }

pactum::Agreement read_agreement(const fs::path& xml) {
  return pactum::host::read_agreement_xml(
      slurp(xml), xml.string(), fs::path(PACTUM_SOURCE_DIR) / "schemas" / "agreement.xsd");
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) {
      return fields;
    }
    start = tab + 1;
  }
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) {
      continue;
    }
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

// "1. Parties" with section "1" → "Parties"; pandoc shows the number through its lists instead.
std::string without_number(std::string_view text, const std::string& section) {
  if (!section.empty() && text.starts_with(section)) {
    text.remove_prefix(section.size());
    if (text.starts_with('.')) {
      text.remove_prefix(1);
    }
  }
  return collapse_spaces(text);
}

// What pandoc should see in a Document's DOCX, in the lines pandoc_outline.mjs prints (cells
// apart).
std::vector<std::string> expected_outline(const pactum::Document& document) {
  std::vector<std::string> lines{"title\t" + collapse_spaces(document.title)};
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    const pactum::Block& block = document.blocks[i];
    if (block.kind == pactum::BlockKind::heading && i > 0) {
      // The title is the Title style (pandoc's metadata); level 2 below it is Word's Heading 1.
      // A KT plan's phase headings are each followed by a table, not by numbered clauses, and
      // pandoc rebuilds no list from headings alone: it keeps their text and drops the number
      // Word shows (the PDF test checks the numbers as laid out).
      const bool listed = document.type != pactum::DocumentType::kt_plan;
      lines.push_back("heading\t" + std::to_string(block.level - 1) + "\t" +
                      (listed ? block.section : std::string()) + "\t" +
                      without_number(document.slice(block.begin, block.end), block.section));
    }
  }
  return lines;
}

// "" when equal, else the first line that differs, side by side: outlines are long.
std::string first_difference(const std::vector<std::string>& seen,
                             const std::vector<std::string>& expected) {
  for (std::size_t i = 0; i < std::max(seen.size(), expected.size()); ++i) {
    const std::string a = i < seen.size() ? seen[i] : "(nothing)";
    const std::string b = i < expected.size() ? expected[i] : "(nothing)";
    if (a != b) {
      return "line " + std::to_string(i) + ": pandoc saw '" + a + "', expected '" + b + "'";
    }
  }
  return "";
}

struct PandocView {
  std::vector<std::string> outline;
  std::vector<std::string> tables; // "INDEX\tHEAD\tBODY\tCOLUMNS"
  std::vector<std::string> cells;  // "TABLE\tROW\tCOLUMN\tTEXT"
};

PandocView pandoc_view(const std::string& pandoc, const std::string& node, const fs::path& docx,
                       const fs::path& scratch) {
  const auto json = run_process({pandoc, "-f", "docx", "-t", "json", docx.string()});
  EXPECT_EQ(json.status, 0) << json.err;
  const fs::path json_file = scratch / (docx.stem().string() + ".pandoc.json");
  std::ofstream(json_file, std::ios::binary) << json.out;
  const auto outline = run_process(
      {node, (fs::path(PACTUM_SOURCE_DIR) / "tests" / "js" / "pandoc_outline.mjs").string(),
       json_file.string()});
  EXPECT_EQ(outline.status, 0) << outline.err;
  PandocView view;
  std::istringstream lines(outline.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("table\t")) {
      view.tables.push_back(line.substr(6));
    } else if (line.starts_with("cell\t")) {
      view.cells.push_back(line.substr(5));
    } else if (!line.empty()) {
      view.outline.push_back(line);
    }
  }
  return view;
}

} // namespace

TEST(DocumentFormatsCli, EveryExampleDealGivesADocxAndAnHtmlPerDocument) {
  for (const std::string& name : example_deals) {
    ScratchFolder out("formats");
    const auto r = run_process({PACTUM_EXE, "generate", deal(name), "--lang",
                                pactum::test::first_language(deal(name)), "--format",
                                "docx,html,xml", "-o", out.path().string()});
    ASSERT_EQ(r.status, 0) << name << ": " << r.err;
    const pactum::Agreement agreement = read_agreement(out.path() / "agreement.xml");
    ASSERT_FALSE(agreement.documents.empty());
    for (const pactum::Document& document : agreement.documents) {
      for (const char* extension : {".docx", ".html"}) {
        const fs::path file = out.path() / (document.id + extension);
        EXPECT_TRUE(fs::exists(file)) << file;
        EXPECT_NE(r.out.find(file.string()), std::string::npos) << "stdout lists " << file;
      }
      const std::string html = slurp(out.path() / (document.id + ".html"));
      EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"" + document.language + "\">"));
      EXPECT_EQ(html.find("<script"), std::string::npos);
      EXPECT_EQ(html.find("http"), std::string::npos) << "nothing fetched from anywhere";
    }
    // No temporary files are left behind.
    for (const auto& entry : fs::directory_iterator(out.path())) {
      EXPECT_FALSE(entry.path().filename().string().starts_with(".")) << entry.path();
    }
  }
}

TEST(DocumentFormatsCli, AnUnknownFormatIsAUsageErrorNamingTheValidOnes) {
  ScratchFolder out("formats", false);
  const auto r = run_process({PACTUM_EXE, "generate", deal("uk-retail-philippines.yaml"),
                              "--format", "md,pdf", "-o", out.path().string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("pdf"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("md,html,docx,xml"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out.path()));
}

// pandoc rebuilds Word's automatic numbering as nested ordered lists: a heading's number is the
// list item it sits in, so the numbers compared here come from numbering.xml, not typed text.
// (Clause numbers are not compared: pandoc ends a list at an unnumbered paragraph between two
// clauses, where Word goes on counting; the PDF test below checks them as laid out.)
TEST(DocumentFormatsCli, PandocReadsEveryDocxWithItsHeadingLevelsNumbersAndTables) {
  REQUIRE_PROGRAM(pandoc, "pandoc");
  REQUIRE_PROGRAM(node, "node");
  for (const std::string& name : example_deals) {
    ScratchFolder out("pandoc");
    const auto r = run_process({PACTUM_EXE, "generate", deal(name), "--lang",
                                pactum::test::first_language(deal(name)), "--format", "docx,xml",
                                "-o", out.path().string()});
    ASSERT_EQ(r.status, 0) << name << ": " << r.err;
    const pactum::Agreement agreement = read_agreement(out.path() / "agreement.xml");
    bool saw_kpi_table = false;
    for (const pactum::Document& document : agreement.documents) {
      const PandocView view =
          pandoc_view(*pandoc, *node, out.path() / (document.id + ".docx"), out.path());
      EXPECT_EQ(first_difference(view.outline, expected_outline(document)), "")
          << name << " " << document.id;

      // Tables: every cell in its row and column, the header row as pandoc's table head.
      std::vector<std::string> tables;
      std::vector<std::string> cells;
      std::size_t rows = 0;
      std::size_t columns = 0;
      std::size_t current = 0;
      bool header = false;
      bool any = false;
      const auto close = [&] {
        if (any) {
          tables.push_back(std::to_string(current) + "\t" + (header ? "1" : "0") + "\t" +
                           std::to_string(rows - (header ? 1 : 0)) + "\t" +
                           std::to_string(columns));
        }
      };
      for (const pactum::Block& block : document.blocks) {
        if (block.kind != pactum::BlockKind::table_cell) {
          continue;
        }
        if (any && block.table != current) {
          close();
          rows = columns = 0;
        }
        any = true;
        current = block.table;
        header = header || (block.row == 0 && block.header);
        rows = std::max(rows, block.row + 1);
        columns = std::max(columns, block.column + 1);
        cells.push_back(std::to_string(block.table) + "\t" + std::to_string(block.row) + "\t" +
                        std::to_string(block.column) + "\t" +
                        collapse_spaces(document.slice(block.begin, block.end)));
      }
      close();
      EXPECT_EQ(view.tables, tables) << name << " " << document.id;
      EXPECT_EQ(first_difference(view.cells, cells), "") << name << " " << document.id;
      if (document.id == "kpi_schedule") {
        saw_kpi_table = !tables.empty();
        // The KPI table: one column per KPI attribute, one row per KPI of the deal.
        ASSERT_FALSE(view.tables.empty());
        const std::vector<std::string> kpi = split(view.tables.front());
        ASSERT_EQ(kpi.size(), 4U);
        EXPECT_EQ(kpi[1], "1") << "one header row";
        EXPECT_EQ(kpi[3], "7") << "KPI, definition, target, window, source, critical, allocation";
        EXPECT_NE(std::stoi(kpi[2]), 0);
      }
    }
    EXPECT_TRUE(saw_kpi_table) << name;
  }
}

TEST(DocumentFormatsCli, LibreOfficeLaysTheMasterAgreementOutAsASanePdf) {
  REQUIRE_PROGRAM(soffice, "soffice");
  REQUIRE_PROGRAM(pdfinfo, "pdfinfo");
  REQUIRE_PROGRAM(pdftotext, "pdftotext");
  ScratchFolder out("soffice");
  const auto r = run_process({PACTUM_EXE, "generate", deal("uk-retail-philippines.yaml"),
                              "--format", "docx", "-o", out.path().string()});
  ASSERT_EQ(r.status, 0) << r.err;
  // A profile of its own: a LibreOffice already running for the user would take the job over.
  // Bounded by timeout(1), so a LibreOffice that hangs fails the test instead of the suite.
  std::vector<std::string> command{*soffice,
                                   "-env:UserInstallation=file://" +
                                       (out.path() / "profile").string(),
                                   "--headless",
                                   "--convert-to",
                                   "pdf",
                                   "--outdir",
                                   out.path().string(),
                                   (out.path() / "msa.docx").string()};
  if (const auto timeout = find_program("timeout")) {
    command.insert(command.begin(), {*timeout, "180"});
  }
  const auto converted = run_process(command, {"HOME=" + out.path().string()});
  ASSERT_EQ(converted.status, 0) << converted.err;
  const fs::path pdf = out.path() / "msa.pdf";
  ASSERT_TRUE(fs::exists(pdf)) << converted.out << converted.err;

  const auto info = run_process({*pdfinfo, pdf.string()});
  ASSERT_EQ(info.status, 0) << info.err;
  const std::size_t at = info.out.find("Pages:");
  ASSERT_NE(at, std::string::npos) << info.out;
  const int pages = std::stoi(info.out.substr(at + 6));
  EXPECT_GT(pages, 1);
  EXPECT_LT(pages, 60);

  const auto text = run_process({*pdftotext, "-layout", pdf.string(), "-"});
  ASSERT_EQ(text.status, 0) << text.err;
  const std::string words = collapse_spaces(text.out);
  for (const char* expected :
       {"Master Services Agreement", "Harbour & Finch Retail Ltd", "1. Parties",
        "1.1 This Agreement",
        // Numbered after an unnumbered paragraph inside clause 11: Word's counting goes on.
        "11.2 The knowledge base", "33. Dispute Resolution",
        "Generated by Pactum 0.1.0 from template cs-outsourcing",
        "1 / " /* the page fields, evaluated */}) {
    EXPECT_NE(words.find(expected), std::string::npos) << expected;
  }
}

TEST(DocumentFormatsCli, APartyNameFullOfMarkupComesThroughEveryFormatIntact) {
  ScratchFolder out("markup");
  std::string text = slurp(deal("uk-retail-philippines.yaml"));
  const std::string original = "name: Harbour & Finch Retail Ltd";
  ASSERT_NE(text.find(original), std::string::npos);
  text.replace(text.find(original), original.size(), "name: Harbour & Finch <Retail>");
  // Beside the real deal's folder is not needed: the template is found by name.
  const fs::path deal_file = out.write("markup-deal.yaml", text);
  const fs::path dir = out.path() / "out";
  const auto r = run_process({PACTUM_EXE, "generate", deal_file.string(), "--format",
                              "md,html,docx,xml", "-o", dir.string()});
  ASSERT_EQ(r.status, 0) << r.err;

  const std::string name = "Harbour & Finch <Retail>";
  const pactum::Agreement agreement = read_agreement(dir / "agreement.xml");
  EXPECT_NE(agreement.documents.front().text.find(name), std::string::npos) << "XML round trip";
  const std::string docx = slurp(dir / "msa.docx");
  const pactum::Document reread = pactum::host::read_docx_document(
      std::as_bytes(std::span(docx.data(), docx.size())), "msa.docx");
  EXPECT_NE(reread.text.find(name + ", a company"), std::string::npos);
  const std::string html = slurp(dir / "msa.html");
  EXPECT_NE(html.find("Harbour &amp; Finch &lt;Retail&gt;, a company"), std::string::npos);
  EXPECT_EQ(html.find("<Retail>"), std::string::npos);
  EXPECT_EQ(html.find("&amp;amp;"), std::string::npos);
  const std::string markdown = slurp(dir / "msa.md");
  EXPECT_NE(markdown.find("Harbour & Finch \\<Retail\\>"), std::string::npos);
  EXPECT_EQ(markdown.find("&amp;"), std::string::npos);
  if (const auto pandoc = find_program("pandoc")) {
    const auto plain =
        run_process({*pandoc, "-f", "docx", "-t", "plain", (dir / "msa.docx").string()});
    EXPECT_NE(collapse_spaces(plain.out).find(name + ", a company"), std::string::npos);
  }
}
