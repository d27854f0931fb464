#include <gtest/gtest.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "render/output_file.hpp"
#include "report/check_reporters.hpp"

using pactum::Finding;
using pactum::FindingLocation;
using pactum::Outcome;
using pactum::OutcomeStatus;
using pactum::PartyRole;
using pactum::Position;
using pactum::Severity;
using pactum::host::AgreementReport;
using pactum::host::CheckedFile;
using pactum::host::CheckReport;
using pactum::host::ReportedRule;

namespace {

const std::string sha_a(64, 'a');
const std::string sha_b(64, 'b');
const std::string sha_c(64, 'c');

// Two Agreements with a finding of each severity, a waived one, a not_applicable and an
// undetermined outcome, a message with markup in it, a cell that a spreadsheet would run, and an
// input that could not be read.
CheckReport sample_report() {
  CheckReport report;
  report.pactum_version = "0.1.0";
  report.plugins = {{"core", "0.1.0"}, {"eu-gdpr", "0.2.0"}};
  report.playbook_file = ".pactum.yaml";
  report.playbook_sha256 = sha_c;
  report.as_of = "2027-01-15";
  report.side = PartyRole::client;
  report.min_confidence = 0.5;
  report.fail_on = Severity::error;
  report.files = {{"deals/harbour-finch.yaml", sha_a, ""},
                  {"agreements/bayview msa.txt", sha_b, ""},
                  {"agreements/broken.docx", "", "agreements/broken.docx: error: not a ZIP file"}};
  report.rules = {
      {"core-audit-missing", "Audit rights", "core", Severity::warning,
       "The client can audit the provider.", "practice"},
      {"core-kpi-source-missing", "KPI sources", "core", Severity::warning,
       "Every KPI names where it is measured.", "practice"},
      {"core-optout-missing", "Pilot opt-out", "core", Severity::error,
       "The client can leave during the pilot.", "practice"},
      {"core-pilot-short", "Pilot length", "core", Severity::info, "The pilot lasts 90 days.",
       "practice"},
      {"gdpr-art28-transfers", "Transfers", "eu-gdpr", Severity::error,
       "Transfers out of the EEA have a mechanism.", "GDPR Art. 28(3)(a), Art. 46"},
  };

  AgreementReport harbour;
  harbour.id = "harbour-finch";
  harbour.files = {"deals/harbour-finch.yaml"};
  harbour.jurisdictions = {{"eu-gdpr", "EU", "personal data is processed in DE"}};
  Finding audit{.rule_id = "core-audit-missing",
                .severity = Severity::warning,
                .message = "No audit rights for the client.",
                .location = FindingLocation{.document = "dpa", .section = "4"}};
  audit.waiver_reason = "accepted by counsel (deals/harbour-finch.yaml:40:5)";
  Finding optout{.rule_id = "core-optout-missing",
                 .severity = Severity::error,
                 .message = "Harbour & Finch <b>cannot</b> leave the pilot early.",
                 .location = FindingLocation{.file = "deals/harbour-finch.yaml",
                                             .document = "msa",
                                             .section = "12.1",
                                             .begin = 1200,
                                             .end = 1350,
                                             .line = 88},
                 .position = Position::beyond_walk_away,
                 .requirement = "core.pilot.exit",
                 .suggestion = "The Client may end the Pilot on 30 days' notice."};
  Finding pilot{.rule_id = "core-pilot-short",
                .severity = Severity::info,
                .message = "The pilot (P60D) is shorter than 90 days.",
                .location = FindingLocation{.document = "msa", .section = "4.2"},
                .position = Position::fallback};
  harbour.outcomes = {
      {.rule_id = "core-audit-missing", .status = OutcomeStatus::waived, .findings = {audit}},
      {.rule_id = "core-kpi-source-missing", .status = OutcomeStatus::pass},
      {.rule_id = "core-optout-missing", .status = OutcomeStatus::fail, .findings = {optout}},
      {.rule_id = "core-pilot-short", .status = OutcomeStatus::fail, .findings = {pilot}},
      {.rule_id = "gdpr-art28-transfers",
       .status = OutcomeStatus::undetermined,
       .reason = "processing locations are unknown; --jurisdiction EU decides"},
  };

  AgreementReport bayview;
  bayview.id = "bayview-msa";
  bayview.files = {"agreements/bayview msa.txt"};
  Finding kpi{.rule_id = "core-kpi-source-missing",
              .severity = Severity::warning,
              .message = "=HYPERLINK(\"http://evil.example\",\"KPI\")",
              .location = FindingLocation{.file = "agreements/bayview msa.txt",
                                          .document = "main",
                                          .begin = 900,
                                          .end = 960,
                                          .line = 40}};
  bayview.outcomes = {
      {.rule_id = "core-audit-missing", .status = OutcomeStatus::pass},
      {.rule_id = "core-kpi-source-missing", .status = OutcomeStatus::fail, .findings = {kpi}},
      {.rule_id = "core-optout-missing", .status = OutcomeStatus::pass},
      {.rule_id = "core-pilot-short",
       .status = OutcomeStatus::not_applicable,
       .reason = "the agreement has no pilot"},
      {.rule_id = "gdpr-art28-transfers",
       .status = OutcomeStatus::not_applicable,
       .reason = "no personal data of EU residents"},
  };
  report.agreements = {harbour, bayview};
  return report;
}

// A strict JSON syntax check (RFC 8259), enough to prove a document is well-formed: the schema
// tests in tests/js validate its content.
class JsonSyntax {
public:
  explicit JsonSyntax(std::string_view text) : text_(text) {}

  bool document() {
    skip_space();
    if (!value()) {
      return false;
    }
    skip_space();
    return at_ == text_.size();
  }

private:
  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t')) {
      ++at_;
    }
  }
  bool eat(char c) {
    skip_space();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  bool literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) {
      return false;
    }
    at_ += word.size();
    return true;
  }
  bool string() {
    if (!eat('"')) {
      return false;
    }
    while (at_ < text_.size()) {
      const auto c = static_cast<unsigned char>(text_[at_++]);
      if (c == '"') {
        return true;
      }
      if (c < 0x20) {
        return false;
      }
      if (c == '\\') {
        if (at_ >= text_.size()) {
          return false;
        }
        const char e = text_[at_++];
        if (e == 'u') {
          for (int i = 0; i < 4; ++i) {
            if (at_ >= text_.size() ||
                std::isxdigit(static_cast<unsigned char>(text_[at_++])) == 0) {
              return false;
            }
          }
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          return false;
        }
      }
    }
    return false;
  }
  bool number() {
    const std::size_t start = at_;
    if (at_ < text_.size() && text_[at_] == '-') {
      ++at_;
    }
    const auto digits = [this] {
      const std::size_t from = at_;
      while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_])) != 0) {
        ++at_;
      }
      return at_ > from;
    };
    if (!digits()) {
      return false;
    }
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      if (!digits()) {
        return false;
      }
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) {
        ++at_;
      }
      if (!digits()) {
        return false;
      }
    }
    return at_ > start;
  }
  bool value() {
    skip_space();
    if (at_ >= text_.size()) {
      return false;
    }
    switch (text_[at_]) {
    case '{':
      ++at_;
      if (eat('}')) {
        return true;
      }
      do {
        if (!string() || !eat(':') || !value()) {
          return false;
        }
      } while (eat(','));
      return eat('}');
    case '[':
      ++at_;
      if (eat(']')) {
        return true;
      }
      do {
        if (!value()) {
          return false;
        }
      } while (eat(','));
      return eat(']');
    case '"':
      return string();
    case 't':
      return literal("true");
    case 'f':
      return literal("false");
    case 'n':
      return literal("null");
    default:
      return number();
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

bool well_formed_json(std::string_view text) {
  return JsonSyntax(text).document();
}

// The JSON with its line breaks and indentation taken out, to look for a fragment in it.
std::string unindented(std::string_view json) {
  std::string out;
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '\n') {
      while (i + 1 < json.size() && json[i + 1] == ' ') {
        ++i;
      }
    } else {
      out += json[i];
    }
  }
  return out;
}

std::size_t occurrences(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

std::vector<std::string> lines_of(const std::string& text, std::string_view separator) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  for (std::size_t at = text.find(separator); at != std::string::npos;
       at = text.find(separator, from)) {
    lines.push_back(text.substr(from, at - from));
    from = at + separator.size();
  }
  lines.push_back(text.substr(from));
  return lines;
}

struct FreeDoc {
  void operator()(xmlDocPtr doc) const noexcept { xmlFreeDoc(doc); }
};
struct FreeXmlString {
  void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};
using XmlDoc = std::unique_ptr<xmlDoc, FreeDoc>;

XmlDoc parse_xml(const std::string& text) {
  return XmlDoc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "junit.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

std::string attribute(xmlNodePtr node, const char* name) {
  const std::unique_ptr<xmlChar, FreeXmlString> value(xmlGetProp(node, BAD_CAST name));
  return value ? reinterpret_cast<const char*>(value.get()) : "";
}

std::string content(xmlNodePtr node) {
  const std::unique_ptr<xmlChar, FreeXmlString> value(xmlNodeGetContent(node));
  return value ? reinterpret_cast<const char*>(value.get()) : "";
}

std::vector<xmlNodePtr> children(xmlNodePtr node, std::string_view name) {
  std::vector<xmlNodePtr> out;
  for (xmlNodePtr child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && name == reinterpret_cast<const char*>(child->name)) {
      out.push_back(child);
    }
  }
  return out;
}

} // namespace

// ---- text --------------------------------------------------------------------------------

TEST(CheckReportText, PinsTheTerminalSummary) {
  // Columns line up within each Agreement (at least 24 + 2 for rule ids, 10 + 2 for places),
  // so each block can be written as soon as its Agreement is checked.
  const std::string expected =
      "harbour-finch (deals/harbour-finch.yaml)\n"
      "  applies  eu-gdpr (EU): personal data is processed in DE\n"
      "  waived   core-audit-missing        dpa §4      No audit rights for the client. "
      "(waived: accepted by counsel (deals/harbour-finch.yaml:40:5))\n"
      "  error    core-optout-missing       msa §12.1   Harbour & Finch <b>cannot</b> leave the "
      "pilot early.\n"
      "  info     core-pilot-short          msa §4.2    The pilot (P60D) is shorter than 90 "
      "days.\n"
      "  undetermined  gdpr-art28-transfers: processing locations are unknown; --jurisdiction EU "
      "decides\n"
      "\n"
      "bayview-msa (agreements/bayview msa.txt)\n"
      "  warning  core-kpi-source-missing   main line 40  "
      "=HYPERLINK(\"http://evil.example\",\"KPI\")\n"
      "\n"
      "2 agreement(s), 1 error(s), 1 warning(s), 1 info, 1 waived, 1 input(s) not checked\n";
  EXPECT_EQ(pactum::host::render_check_text(sample_report(), false), expected);
}

TEST(CheckReportText, ColoursSeveritiesOnlyWhenAsked) {
  const std::string plain = pactum::host::render_check_text(sample_report(), false);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  const std::string coloured = pactum::host::render_check_text(sample_report(), true);
  EXPECT_NE(coloured.find("\x1b[31merror\x1b[0m    core-optout-missing"), std::string::npos);
  EXPECT_NE(coloured.find("\x1b[33mwarning\x1b[0m  core-kpi-source-missing"), std::string::npos);
  EXPECT_NE(coloured.find("\x1b[36minfo\x1b[0m     core-pilot-short"), std::string::npos);
  EXPECT_NE(coloured.find("\x1b[1mharbour-finch"), std::string::npos);
}

TEST(CheckReportText, ShowsAnEmptyAgreementAndNeutralisesTerminalEscapes) {
  CheckReport report = sample_report();
  report.files.pop_back();
  report.agreements[1].outcomes[1].findings[0].message = "evil\x1b[2J\nnext \xC2\x9B"
                                                         "31m";
  report.agreements[0].outcomes = {{.rule_id = "core-audit-missing"}};
  report.agreements[0].jurisdictions.clear();
  const std::string text = pactum::host::render_check_text(report, false);
  EXPECT_NE(text.find("harbour-finch (deals/harbour-finch.yaml)\n  no findings\n"),
            std::string::npos);
  EXPECT_NE(text.find("evil?[2J next ?31m\n"), std::string::npos);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  const std::string totals = "2 agreement(s), 0 error(s), 1 warning(s), 0 info, 0 waived\n";
  EXPECT_EQ(text.substr(text.size() - totals.size()), totals);
}

// ---- CSV ---------------------------------------------------------------------------------

TEST(CheckReportCsv, OneQuotedRowPerFindingWithFormulasNeutralised) {
  const std::string csv = pactum::host::render_check_csv(sample_report());
  const std::vector<std::string> rows = lines_of(csv, "\r\n");
  ASSERT_EQ(rows.size(), 6U); // header, four findings, and the empty rest after the last CRLF
  EXPECT_EQ(rows[0],
            "agreement,file,rule,severity,position,section,line,message,suggestion,waived");
  EXPECT_EQ(rows[1], "harbour-finch,deals/harbour-finch.yaml,core-audit-missing,warning,none,4,,"
                     "No audit rights for the client.,,true");
  EXPECT_EQ(rows[2], "harbour-finch,deals/harbour-finch.yaml,core-optout-missing,error,"
                     "beyond walk-away,12.1,88,Harbour & Finch <b>cannot</b> leave the pilot "
                     "early.,The Client may end the Pilot on 30 days' notice.,false");
  EXPECT_EQ(rows[3], "harbour-finch,deals/harbour-finch.yaml,core-pilot-short,info,fallback,4.2,,"
                     "The pilot (P60D) is shorter than 90 days.,,false");
  // The formula is prefixed with a quote, and the cell quoted because it holds quotes and a comma.
  EXPECT_EQ(rows[4], "bayview-msa,agreements/bayview msa.txt,core-kpi-source-missing,warning,none,,"
                     "40,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"KPI\"\")\",,false");
  EXPECT_EQ(rows[5], "");
}

TEST(CheckReportCsv, NeutralisesEveryFormulaLeadAndQuotesLineBreaks) {
  CheckReport report = sample_report();
  const std::vector<std::string> messages = {"+1+1",  "-2",      "@SUM(A1)",   "\tx",   "\rcmd",
                                             "plain", "a \"b\"", "two\nlines", "x=1+2", "\xff"};
  const std::vector<std::string> cells = {
      "'+1+1",          "'-2",   "'@SUM(A1)",   "'\tx", "\"'\rcmd\"", "plain", "\"a \"\"b\"\"\"",
      "\"two\nlines\"", "x=1+2", "\xEF\xBF\xBD"};
  AgreementReport& agreement = report.agreements[1];
  agreement.outcomes[1].findings.clear();
  for (const std::string& message : messages) {
    agreement.outcomes[1].findings.push_back(Finding{.message = message});
  }
  report.agreements[0].outcomes.clear();
  std::string expected =
      "agreement,file,rule,severity,position,section,line,message,suggestion,waived\r\n";
  for (const std::string& cell : cells) {
    expected += "bayview-msa,agreements/bayview msa.txt,core-kpi-source-missing,warning,none,,," +
                cell + ",,false\r\n";
  }
  EXPECT_EQ(pactum::host::render_check_csv(report), expected);
  // The agreement id and file are cells like any other.
  report.agreements[1].id = "=cmd|' /C calc'!A0";
  EXPECT_NE(pactum::host::render_check_csv(report).find("\r\n'=cmd|' /C calc'!A0,"),
            std::string::npos);
}

// ---- HTML --------------------------------------------------------------------------------

TEST(CheckReportHtml, EscapesEveryStringFromTheReport) {
  CheckReport report = sample_report();
  report.agreements[1].id = "x\"><script>alert('id')</script>";
  report.rules[0].summary = "<img src=x onerror=alert(1)>";
  const std::string html = pactum::host::render_check_html(report);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("Harbour &amp; Finch &lt;b&gt;cannot&lt;/b&gt; leave the pilot early."),
            std::string::npos);
  EXPECT_NE(html.find("x&quot;&gt;&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("30 days&#39; notice"), std::string::npos);
}

TEST(CheckReportHtml, ShowsEachFindingBesideItsEscapedClauseText) {
  CheckReport report = sample_report();
  for (auto& outcome : report.agreements[0].outcomes) {
    for (const auto& finding : outcome.findings) {
      report.agreements[0].excerpts[pactum::host::excerpt_key(finding.location)] =
          "12.1 The <Provider> may terminate & walk away.";
    }
  }
  const std::string html = pactum::host::render_check_html(report);
  EXPECT_NE(html.find("<blockquote class=\"excerpt\">12.1 The &lt;Provider&gt; may terminate "
                      "&amp; walk away.</blockquote>"),
            std::string::npos);
  EXPECT_EQ(html.find("<Provider>"), std::string::npos);
}

TEST(CheckReportHtml, IsOneSelfContainedPrintablePage) {
  const std::string html = pactum::host::render_check_html(sample_report());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0U);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  // Nothing to fetch: the only URI is the SVG namespace (and the quoted message's, escaped).
  EXPECT_EQ(occurrences(html, "://"), occurrences(html, "\"http://www.w3.org/2000/svg\"") +
                                          occurrences(html, "&quot;http://evil.example"));
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(occurrences(html, "<svg "), 2U);
  EXPECT_EQ(occurrences(html, "<details>"), 3U); // inputs, then all outcomes per agreement
  EXPECT_NE(html.find("<tr><td><a href=\"#rule-gdpr-art28-transfers\"><code>gdpr-art28-transfers"
                      "</code></a></td><td>undetermined</td><td>processing locations are "
                      "unknown; --jurisdiction EU decides</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr id=\"rule-core-optout-missing\">"), std::string::npos);
  EXPECT_NE(html.find("<td>msa §12.1, line 88</td>"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"waived\"><td><span class=\"sev waived\">waived</span>"),
            std::string::npos);
  EXPECT_NE(html.find("Waived: accepted by counsel"), std::string::npos);
  EXPECT_NE(html.find("agreements/broken.docx: error: not a ZIP file"), std::string::npos);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
}

// ---- JUnit -------------------------------------------------------------------------------

TEST(CheckReportJunit, CountsEveryFileRulePairAndParsesBack) {
  const std::string xml = pactum::host::render_check_junit(sample_report());
  const XmlDoc doc = parse_xml(xml);
  ASSERT_TRUE(doc) << xml;
  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  ASSERT_STREQ(reinterpret_cast<const char*>(root->name), "testsuites");
  EXPECT_EQ(attribute(root, "tests"), "13");
  EXPECT_EQ(attribute(root, "failures"), "3");
  EXPECT_EQ(attribute(root, "skipped"), "3");
  EXPECT_EQ(attribute(root, "errors"), "1");

  const std::vector<xmlNodePtr> suites = children(root, "testsuite");
  ASSERT_EQ(suites.size(), 3U);
  EXPECT_EQ(attribute(suites[0], "name"), "harbour-finch");
  EXPECT_EQ(attribute(suites[0], "tests"), "5");
  EXPECT_EQ(attribute(suites[0], "failures"), "2");
  EXPECT_EQ(attribute(suites[0], "skipped"), "1");
  EXPECT_EQ(attribute(suites[0], "errors"), "0");
  EXPECT_EQ(attribute(suites[1], "name"), "bayview-msa");
  EXPECT_EQ(attribute(suites[1], "tests"), "5");
  EXPECT_EQ(attribute(suites[1], "failures"), "1");
  EXPECT_EQ(attribute(suites[1], "skipped"), "2");
  EXPECT_EQ(attribute(suites[2], "name"), "inputs");
  EXPECT_EQ(attribute(suites[2], "tests"), "3");
  EXPECT_EQ(attribute(suites[2], "errors"), "1");

  const std::vector<xmlNodePtr> cases = children(suites[0], "testcase");
  ASSERT_EQ(cases.size(), 5U);
  for (xmlNodePtr test : cases) {
    EXPECT_EQ(attribute(test, "classname"), "deals/harbour-finch.yaml");
  }
  // Waived: passed, with a note.
  EXPECT_EQ(attribute(cases[0], "name"), "core-audit-missing");
  EXPECT_TRUE(children(cases[0], "failure").empty());
  ASSERT_EQ(children(cases[0], "system-out").size(), 1U);
  EXPECT_EQ(content(children(cases[0], "system-out")[0]),
            "waived (accepted by counsel (deals/harbour-finch.yaml:40:5)): warning "
            "core-audit-missing at dpa §4: No audit rights for the client.\n");
  // Passed.
  EXPECT_EQ(attribute(cases[1], "name"), "core-kpi-source-missing");
  EXPECT_EQ(cases[1]->children, nullptr);
  // Failed, with the markup in the message read back as text.
  const std::vector<xmlNodePtr> failure = children(cases[2], "failure");
  ASSERT_EQ(failure.size(), 1U);
  EXPECT_EQ(attribute(failure[0], "type"), "error");
  EXPECT_EQ(attribute(failure[0], "message"),
            "Harbour & Finch <b>cannot</b> leave the pilot early.");
  EXPECT_EQ(content(failure[0]),
            "error core-optout-missing at msa §12.1, line 88: Harbour & Finch <b>cannot</b> leave "
            "the pilot early.\n  position: beyond walk-away\n  suggestion: The Client may end the "
            "Pilot on 30 days' notice.\n");
  EXPECT_EQ(attribute(children(cases[3], "failure")[0], "type"), "info");
  // Undetermined: skipped with the reason.
  ASSERT_EQ(children(cases[4], "skipped").size(), 1U);
  EXPECT_EQ(attribute(children(cases[4], "skipped")[0], "message"),
            "undetermined: processing locations are unknown; --jurisdiction EU decides");

  const std::vector<xmlNodePtr> inputs = children(suites[2], "testcase");
  ASSERT_EQ(inputs.size(), 3U);
  EXPECT_EQ(attribute(inputs[2], "classname"), "agreements/broken.docx");
  ASSERT_EQ(children(inputs[2], "error").size(), 1U);
  EXPECT_EQ(attribute(children(inputs[2], "error")[0], "message"),
            "agreements/broken.docx: error: not a ZIP file");
}

TEST(CheckReportJunit, SplitsFindingsByFileAndSurvivesTextXmlCannotCarry) {
  CheckReport report = sample_report();
  report.files.pop_back(); // every input read: no "inputs" suite
  AgreementReport& agreement = report.agreements[1];
  agreement.files = {"a.txt", "b.txt"};
  agreement.error = "rule x (plugin y) failed: boom";
  agreement.outcomes[1].findings = {Finding{.severity = Severity::warning,
                                            .message = "in b \x01\xff",
                                            .location = FindingLocation{.file = "b.txt"}},
                                    Finding{.severity = Severity::error, .message = "nowhere"}};
  const std::string xml = pactum::host::render_check_junit(report);
  const XmlDoc doc = parse_xml(xml);
  ASSERT_TRUE(doc) << xml;
  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  const std::vector<xmlNodePtr> suites = children(root, "testsuite");
  ASSERT_EQ(suites.size(), 2U);
  const std::vector<xmlNodePtr> cases = children(suites[1], "testcase");
  ASSERT_EQ(cases.size(), 11U); // two files × five rules, and the agreement's error
  EXPECT_EQ(attribute(suites[1], "tests"), "11");
  EXPECT_EQ(attribute(suites[1], "failures"), "2");
  EXPECT_EQ(attribute(suites[1], "skipped"), "4");
  EXPECT_EQ(attribute(suites[1], "errors"), "1");
  EXPECT_EQ(attribute(root, "tests"), "16");
  // a.txt gets the finding without a file; b.txt its own, with the unusable bytes replaced.
  EXPECT_EQ(attribute(children(cases[1], "failure")[0], "message"), "nowhere");
  EXPECT_EQ(attribute(children(cases[1], "failure")[0], "type"), "error");
  EXPECT_EQ(attribute(cases[6], "classname"), "b.txt");
  EXPECT_EQ(attribute(children(cases[6], "failure")[0], "message"),
            "in b \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(attribute(cases[10], "name"), "agreement");
  EXPECT_EQ(attribute(children(cases[10], "error")[0], "message"),
            "rule x (plugin y) failed: boom");
}

// ---- JSON and SARIF ----------------------------------------------------------------------

TEST(CheckReportJson, PinsTheDocumentOfASmallReport) {
  CheckReport report;
  report.pactum_version = "0.1.0";
  report.as_of = "2027-01-15";
  report.files = {{"a.yaml", sha_a, ""}};
  report.rules = {{"core-optout-missing", "Pilot opt-out", "core", Severity::error, "S", "P"}};
  AgreementReport agreement;
  agreement.id = "a";
  agreement.files = {"a.yaml"};
  agreement.outcomes = {
      {.rule_id = "core-optout-missing",
       .status = OutcomeStatus::fail,
       .findings = {Finding{.severity = Severity::error,
                            .message = "No \"opt-out\".",
                            .location = FindingLocation{.document = "msa", .line = 3}}}}};
  report.agreements = {agreement};
  const std::string expected = R"({
  "pactum_version": "0.1.0",
  "options": {
    "as_of": "2027-01-15",
    "side": "client",
    "min_confidence": 0.5,
    "fail_on": "error"
  },
  "rules": [
    {
      "id": "core-optout-missing",
      "title": "Pilot opt-out",
      "plugin": "core",
      "severity": "error",
      "summary": "S",
      "source": "P"
    }
  ],
  "agreements": [
    {
      "id": "a",
      "files": [
        "a.yaml"
      ],
      "jurisdictions": [],
      "outcomes": [
        {
          "rule": "core-optout-missing",
          "status": "fail"
        }
      ],
      "findings": [
        {
          "rule": "core-optout-missing",
          "severity": "error",
          "message": "No \"opt-out\".",
          "position": "none",
          "requirement": null,
          "file": "a.yaml",
          "document": "msa",
          "section": null,
          "start": 0,
          "end": 0,
          "line": 3,
          "suggestion": null,
          "waived": false,
          "waiver_reason": null
        }
      ]
    }
  ],
  "provenance": {
    "plugins": {},
    "playbook": null,
    "inputs": [
      {
        "path": "a.yaml",
        "sha256": ")" + sha_a + R"("
      }
    ]
  },
  "summary": {
    "agreements": 1,
    "files": 1,
    "errors": 0,
    "findings_by_severity": {
      "error": 1,
      "warning": 0,
      "info": 0
    },
    "waived": 0
  }
}
)";
  EXPECT_EQ(pactum::host::render_check_json(report), expected);
}

TEST(CheckReportJson, IsWellFormedAndCountsTheSample) {
  CheckReport report = sample_report();
  report.agreements[0].outcomes[2].findings[0].message += " \xC0\xAF\x01"; // overlong '/', SOH
  const std::string json = pactum::host::render_check_json(report);
  EXPECT_TRUE(well_formed_json(json)) << json;
  EXPECT_NE(json.find("early. \xEF\xBF\xBD\xEF\xBF\xBD\\u0001\""), std::string::npos);
  EXPECT_NE(json.find(R"("summary": {
    "agreements": 2,
    "files": 3,
    "errors": 1,
    "findings_by_severity": {
      "error": 1,
      "warning": 1,
      "info": 1
    },
    "waived": 1
  })"),
            std::string::npos);
  EXPECT_NE(
      json.find(R"x("waiver_reason": "accepted by counsel (deals/harbour-finch.yaml:40:5)")x"),
      std::string::npos);
  EXPECT_NE(json.find(R"("error": "agreements/broken.docx: error: not a ZIP file")"),
            std::string::npos);
  EXPECT_EQ(occurrences(json, "\"waived\": true"), 1U);
  EXPECT_EQ(occurrences(json, "\"waived\": false"), 3U);
}

TEST(CheckReportSarif, IsWellFormedWithRulesResultsAndSuppressions) {
  const std::string sarif = pactum::host::render_check_sarif(sample_report());
  EXPECT_TRUE(well_formed_json(sarif)) << sarif;
  EXPECT_NE(sarif.find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_NE(sarif.find("\"helpUri\": \"https://pactum.example/docs/rules/core-optout-missing.md\""),
            std::string::npos);
  EXPECT_EQ(occurrences(sarif, "\"ruleId\": "), 4U);
  EXPECT_EQ(occurrences(sarif, "\"level\": \"note\""), 2U); // the info rule and its finding
  EXPECT_EQ(occurrences(sarif, "\"suppressions\": "), 1U);
  EXPECT_NE(unindented(sarif).find(R"x("suppressions": [{"kind": "external","justification": )x"
                                   R"x("accepted by counsel (deals/harbour-finch.yaml:40:5)"}])x"),
            std::string::npos);
  // Spaces in a path are percent-encoded: artifact URIs are URI references.
  EXPECT_NE(sarif.find("\"uri\": \"agreements/bayview%20msa.txt\""), std::string::npos);
  EXPECT_NE(
      unindented(sarif).find(R"("region": {"startLine": 88,"byteOffset": 1200,"byteLength": 150})"),
      std::string::npos);
  EXPECT_NE(sarif.find(R"("sha-256": ")" + sha_a + "\""), std::string::npos);
  EXPECT_NE(sarif.find("\"executionSuccessful\": false"), std::string::npos);
}

TEST(CheckReportSarif, MakesAbsolutePathsFileUris) {
  CheckReport report = sample_report();
  report.files[0].path = "/srv/deals/h#1 ü.yaml";
  report.agreements[0].files = {report.files[0].path};
  const std::string sarif = pactum::host::render_check_sarif(report);
  EXPECT_NE(sarif.find("\"uri\": \"file:///srv/deals/h%231%20%C3%BC.yaml\""), std::string::npos);
}

TEST(CheckReportUtf8, ReplacesInvalidSequencesOnly) {
  using pactum::host::valid_utf8;
  EXPECT_EQ(valid_utf8("§ 12 — “ok” 中 😀"), "§ 12 — “ok” 中 😀");
  EXPECT_EQ(valid_utf8("a\xff"
                       "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD"); // overlong
  EXPECT_EQ(valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD");         // surrogate
  EXPECT_EQ(valid_utf8("\xE2\x82"
                       "x"),
            "\xEF\xBF\xBD"
            "x");                                            // cut short
  EXPECT_EQ(valid_utf8("\xF4\x90\x80\x80"), "\xEF\xBF\xBD"); // past U+10FFFF
  EXPECT_EQ(valid_utf8("end\xE2"), "end\xEF\xBF\xBD");
}

// Writes the sample report's JSON and SARIF for the schema tests in tests/js (CTest runs this
// test as the fixture `report.write_samples` with PACTUM_REPORT_SAMPLES_DIR set; run alone, it
// writes to a temporary folder).
TEST(CheckReportSamples, WritesJsonAndSarifFiles) {
  const char* configured = std::getenv("PACTUM_REPORT_SAMPLES_DIR");
  const std::filesystem::path dir =
      configured != nullptr ? std::filesystem::path(configured)
                            : std::filesystem::path(testing::TempDir()) / "pactum-report-samples";
  std::filesystem::create_directories(dir);
  const CheckReport report = sample_report();
  const std::string json = pactum::host::render_check_json(report);
  const std::string sarif = pactum::host::render_check_sarif(report);
  pactum::host::write_file_atomically(dir / "check-report.json", json);
  pactum::host::write_file_atomically(dir / "check-report.sarif", sarif);
  const auto read = [](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(read(dir / "check-report.json"), json);
  EXPECT_EQ(read(dir / "check-report.sarif"), sarif);
}

TEST(CheckReportText, OneRequirementReachedByTwoPluginsIsOneLineNamingBoth) {
  CheckReport report = sample_report();
  AgreementReport& harbour = report.agreements[0];
  const auto art28 = [](std::string rule) {
    Finding f{.rule_id = rule,
              .severity = Severity::error,
              .message = "The provider is not bound to documented instructions.",
              .location = FindingLocation{.document = "dpa", .section = "3"},
              .position = Position::beyond_walk_away,
              .requirement = "art28-3a-instructions"};
    return Outcome{.rule_id = rule, .status = OutcomeStatus::fail, .findings = {f}};
  };
  harbour.outcomes = {art28("gdpr-art28-3a-instructions"), art28("ukgdpr-art28-3a-instructions")};
  // A finding whose requirement is its own rule id stays a line of its own.
  Outcome own = art28("core-dp-terms-missing");
  own.findings[0].requirement = "core-dp-terms-missing";
  harbour.outcomes.push_back(own);
  const std::string text = pactum::host::render_check_text(report, false);
  EXPECT_NE(
      text.find("  error    gdpr-art28-3a-instructions, ukgdpr-art28-3a-instructions  dpa §3"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("  error    core-dp-terms-missing"), std::string::npos) << text;
  // Both findings still count: the summary counts findings, not lines.
  EXPECT_NE(text.find("3 error(s)"), std::string::npos) << text;
}
