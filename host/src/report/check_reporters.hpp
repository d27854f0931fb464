#pragma once

// The reporters of `pactum check`: pure functions from a CheckReport to the bytes of one format.
// None of them reads a file, the clock or the environment, so the same report always renders
// to the same bytes. Every string taken from the report is escaped for the format it lands in
// (and any invalid UTF-8 in it is replaced by U+FFFD), so untrusted text — a message quoting a
// clause, a file name — can neither break the document nor smuggle markup, a spreadsheet
// formula or a terminal escape sequence into it.

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report/check_report.hpp"
#include "text/utf8.hpp"

namespace pactum::host {

// The normative JSON document, described by schemas/check-report.schema.json.
std::string render_check_json(const CheckReport& report);
// One row per finding (waived ones included), header first, RFC 4180 with CRLF line ends; a
// cell that a spreadsheet would read as a formula is neutralised with a leading single quote.
std::string render_check_csv(const CheckReport& report);
// SARIF 2.1.0: one run, the rules in tool.driver, one result per finding.
std::string render_check_sarif(const CheckReport& report);
// JUnit XML: a testsuite per Agreement, a testcase per (file of the Agreement, rule).
std::string render_check_junit(const CheckReport& report);
// One self-contained, printable HTML page: no scripts and nothing fetched.
std::string render_check_html(const CheckReport& report);
// The terminal summary; `color` adds ANSI colours.
std::string render_check_text(const CheckReport& report, bool color);

// The batch formats as streams, so a run over thousands of files keeps no Agreement's results
// once written: begin() before the first Agreement (the report's options and rules are set;
// its files may still be empty), agreement() for each in order, end() after the last (the
// report lists every input now; Agreements are counted as they pass, not read from it).
// render_check_json/csv/text are exactly begin + every Agreement + end. SARIF, JUnit and HTML
// put totals or a summary before the results, so they render a whole report.
class CheckReportStream {
public:
  virtual ~CheckReportStream() = default;
  virtual std::string begin(const CheckReport& report) = 0;
  virtual std::string agreement(const AgreementReport& agreement) = 0;
  virtual std::string end(const CheckReport& report) = 0;
};

// "json", "csv" or "text" (`color` for text); nullptr for the formats that need a whole report.
std::unique_ptr<CheckReportStream> make_check_stream(std::string_view format, bool color);
std::unique_ptr<CheckReportStream> make_json_stream();
std::unique_ptr<CheckReportStream> make_csv_stream();
std::unique_ptr<CheckReportStream> make_text_stream(bool color);

// Where SARIF's absolute URIs (tool.driver.informationUri, each rule's helpUri) point: the
// project's base address, the one the schemas' $id use. A rule's page is `docs/rules/<id>.md`
// below it.
inline constexpr std::string_view pactum_information_uri = "https://pactum.example/";

// ---- Helpers shared by the reporters -----------------------------------------------------

// One finding of the report with the Agreement and outcome it belongs to, in report order
// (Agreement, then outcome, then finding). Findings come from failed and waived outcomes only.
struct ReportedFinding {
  const AgreementReport* agreement = nullptr;
  const Outcome* outcome = nullptr;
  const Finding* finding = nullptr;

  // The rule is the outcome's: the engine sets it, whatever the plugin wrote in the finding.
  const std::string& rule_id() const { return outcome->rule_id; }
  bool waived() const { return outcome->status == OutcomeStatus::waived; }
  // The file the finding is in: its own location's, or the Agreement's when it has one file.
  const std::string& file() const {
    if (finding->location.file.empty() && agreement->files.size() == 1) {
      return agreement->files.front();
    }
    return finding->location.file;
  }
};

inline std::vector<ReportedFinding> findings_of(const AgreementReport& agreement) {
  std::vector<ReportedFinding> out;
  for (const Outcome& outcome : agreement.outcomes) {
    if (outcome.status != OutcomeStatus::fail && outcome.status != OutcomeStatus::waived) {
      continue;
    }
    for (const Finding& finding : outcome.findings) {
      out.push_back({&agreement, &outcome, &finding});
    }
  }
  return out;
}

inline std::vector<ReportedFinding> findings_of(const CheckReport& report) {
  std::vector<ReportedFinding> out;
  for (const AgreementReport& agreement : report.agreements) {
    const std::vector<ReportedFinding> some = findings_of(agreement);
    out.insert(out.end(), some.begin(), some.end());
  }
  return out;
}

// The counts every summary shows. Waived findings count as waived, not under their severity.
struct FindingCounts {
  std::array<std::size_t, 3> by_severity{}; // indexed by Severity: info, warning, error
  std::size_t waived = 0;

  std::size_t operator[](Severity severity) const {
    return by_severity[static_cast<std::size_t>(severity)];
  }
  std::size_t total() const { return by_severity[0] + by_severity[1] + by_severity[2] + waived; }
  void add(const ReportedFinding& f) {
    if (f.waived()) {
      ++waived;
    } else {
      ++by_severity[static_cast<std::size_t>(f.finding->severity)];
    }
  }
};

inline FindingCounts count_findings(const AgreementReport& agreement) {
  FindingCounts counts;
  for (const ReportedFinding& f : findings_of(agreement)) {
    counts.add(f);
  }
  return counts;
}

struct CheckTotals {
  std::size_t agreements = 0;
  std::size_t files = 0;
  // Inputs that could not be read or loaded, and Agreements that could not be fully checked.
  std::size_t errors = 0;
  FindingCounts findings;

  // Adds one Agreement's error and findings.
  void add(const AgreementReport& agreement) {
    ++agreements;
    errors += agreement.error.empty() ? 0 : 1;
    for (const ReportedFinding& f : findings_of(agreement)) {
      findings.add(f);
    }
  }
  // Adds the input files (and their errors), once, at the end of a run.
  void add_files(const std::vector<CheckedFile>& inputs) {
    files += inputs.size();
    for (const CheckedFile& file : inputs) {
      errors += file.error.empty() ? 0 : 1;
    }
  }
};

inline CheckTotals totals_of(const CheckReport& report) {
  CheckTotals totals;
  totals.add_files(report.files);
  for (const AgreementReport& agreement : report.agreements) {
    totals.add(agreement);
  }
  return totals;
}

// `text` with every byte sequence that is not valid UTF-8 (overlong forms, surrogates and code
// points past U+10FFFF included) replaced by U+FFFD, so no format receives broken text.
inline std::string valid_utf8(std::string_view text) {
  constexpr std::string_view replacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    if (next_code_point(text, i)) {
      out.append(text.substr(at, i - at));
    } else {
      out += replacement;
    }
  }
  return out;
}

} // namespace pactum::host
