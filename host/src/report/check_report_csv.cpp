// Findings as CSV for spreadsheets: RFC 4180 (CRLF line ends; a cell holding a comma, a quote
// or a line break is quoted, its quotes doubled), one row per finding, header first.

#include <array>
#include <string>
#include <string_view>

#include "report/check_reporters.hpp"
#include "report/csv_cell.hpp"

namespace pactum::host {
namespace {

template <std::size_t N> void append_row(std::string& out, const std::array<std::string, N>& row) {
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) {
      out += ',';
    }
    append_csv_cell(out, row[i]);
  }
  out += "\r\n";
}

class CsvStream final : public CheckReportStream {
public:
  std::string begin(const CheckReport& /*report*/) override {
    std::string out;
    append_row<10>(out, {"agreement", "file", "rule", "severity", "position", "section", "line",
                         "message", "suggestion", "waived"});
    return out;
  }
  std::string agreement(const AgreementReport& agreement) override {
    std::string out;
    for (const ReportedFinding& f : findings_of(agreement)) {
      const Finding& finding = *f.finding;
      append_row<10>(
          out, {f.agreement->id, f.file(), f.rule_id(), std::string(to_string(finding.severity)),
                std::string(to_string(finding.position)), finding.location.section,
                finding.location.line > 0 ? std::to_string(finding.location.line) : "",
                finding.message, finding.suggestion.value_or(""), f.waived() ? "true" : "false"});
    }
    return out;
  }
  std::string end(const CheckReport& /*report*/) override { return {}; }
};

} // namespace

std::unique_ptr<CheckReportStream> make_csv_stream() {
  return std::make_unique<CsvStream>();
}

std::string render_check_csv(const CheckReport& report) {
  CsvStream stream;
  std::string out = stream.begin(report);
  for (const AgreementReport& agreement : report.agreements) {
    out += stream.agreement(agreement);
  }
  return out + stream.end(report);
}

} // namespace pactum::host
