// The terminal summary of a check run:
//
//   harbour-finch (deals/harbour-finch.yaml)
//     error    core-optout-missing  msa §12.1  The client has no way out of the pilot.
//     waived   core-audit-missing   dpa §4     No audit rights. (waived: accepted by counsel)
//     undetermined  gdpr-art28-transfers: processing locations are unknown
//
//   2 agreement(s), 1 error(s), 0 warning(s), 0 info, 1 waived
//
// One legal requirement reached by two plugins (EU and UK GDPR Art. 28) is one line naming both
// rule ids, and each jurisdiction that applied is named with the reason.
//
// Columns are aligned within each Agreement (by code points, so "§" counts once), so each
// Agreement's block is written as soon as it is checked. Text from
// the report is made safe for a terminal: control characters, which could move the cursor or
// recolour the screen (ESC, CSI), are shown as "?", and line breaks inside a message as spaces.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "report/check_reporters.hpp"

namespace pactum::host {
namespace {

constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::string_view red = "\x1b[31m";
constexpr std::string_view yellow = "\x1b[33m";
constexpr std::string_view cyan = "\x1b[36m";

constexpr std::size_t severity_width = 9; // "warning" and two spaces

std::string terminal_safe(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += '?';
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += '?'; // a C1 control (U+0080–U+009F): U+009B is CSI on some terminals
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::size_t width_of(std::string_view text) {
  return static_cast<std::size_t>(std::ranges::count_if(
      text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

void pad(std::string& out, std::string_view text, std::size_t width) {
  out += text;
  out.append(width > width_of(text) ? width - width_of(text) : 1, ' ');
}

// "msa §12.1", "msa line 40", "msa" or "-".
std::string place_of(const Finding& finding) {
  const FindingLocation& at = finding.location;
  std::string place = at.document;
  if (!at.section.empty()) {
    place += (place.empty() ? "§" : " §") + at.section;
  } else if (at.line > 0) {
    place += (place.empty() ? "line " : " line ") + std::to_string(at.line);
  }
  return place.empty() ? "-" : terminal_safe(place);
}

std::string_view color_of(Severity severity) {
  switch (severity) {
  case Severity::error:
    return red;
  case Severity::warning:
    return yellow;
  case Severity::info:
    return cyan;
  }
  return {};
}

std::string counted(std::size_t n, std::string_view what) {
  return std::to_string(n) + " " + std::string(what);
}

// One line of an Agreement's block: a finding, with the ids of the other rules that found the
// same requirement, with the same message, at the same place and severity.
struct Line {
  ReportedFinding first;
  std::string rules; // "gdpr-art28-3a-instructions, ukgdpr-art28-3a-instructions"
};

std::vector<Line> lines_of(const std::vector<ReportedFinding>& findings) {
  std::vector<Line> lines;
  for (const ReportedFinding& f : findings) {
    const Finding& finding = *f.finding;
    const auto same = [&](const Line& line) {
      const Finding& other = *line.first.finding;
      return !finding.requirement.empty() && finding.requirement != f.rule_id() &&
             other.requirement == finding.requirement && other.message == finding.message &&
             other.severity == finding.severity && line.first.rule_id() != f.rule_id() &&
             line.first.waived() == f.waived() &&
             other.location.document == finding.location.document &&
             other.location.section == finding.location.section;
    };
    if (const auto it = std::ranges::find_if(lines, same); it != lines.end()) {
      it->rules += ", " + terminal_safe(f.rule_id());
    } else {
      lines.push_back({f, terminal_safe(f.rule_id())});
    }
  }
  return lines;
}

// Columns are aligned within each Agreement, at least as wide as most rule ids and places, so
// one Agreement's block can be written as soon as it is checked.
class TextStream final : public CheckReportStream {
public:
  explicit TextStream(bool color) : color_(color) {}

  std::string begin(const CheckReport& /*report*/) override { return {}; }

  std::string agreement(const AgreementReport& agreement) override {
    totals_.add(agreement);
    const std::vector<Line> all = lines_of(findings_of(agreement));
    std::size_t rule_width = min_rule_width;
    std::size_t place_width = min_place_width;
    for (const Line& line : all) {
      rule_width = std::max(rule_width, width_of(line.rules));
      place_width = std::max(place_width, width_of(place_of(*line.first.finding)));
    }
    rule_width += 2;
    place_width += 2;

    std::string out;
    std::string header = terminal_safe(agreement.id);
    if (!agreement.files.empty() &&
        !(agreement.files.size() == 1 && agreement.files.front() == agreement.id)) {
      header += " (";
      for (std::size_t i = 0; i < agreement.files.size(); ++i) {
        header += (i == 0 ? "" : ", ") + terminal_safe(agreement.files[i]);
      }
      header += ")";
    }
    paint(out, bold, header);
    out += '\n';
    bool quiet = true;
    if (!agreement.error.empty()) {
      out += "  ";
      paint(out, red, "could not be fully checked:");
      out += " " + terminal_safe(agreement.error) + "\n";
      quiet = false;
    }
    for (const AppliedJurisdiction& j : agreement.jurisdictions) {
      out += "  ";
      paint(out, dim, "applies");
      out += "  " + terminal_safe(j.plugin) + " (" + terminal_safe(j.code) +
             "): " + terminal_safe(j.reason) + "\n";
    }
    for (const Line& line : all) {
      const ReportedFinding& f = line.first;
      const Finding& finding = *f.finding;
      const std::string_view label = f.waived() ? "waived" : to_string(finding.severity);
      out += "  ";
      paint(out, f.waived() ? dim : color_of(finding.severity), label);
      out.append(severity_width - label.size(), ' ');
      pad(out, line.rules, rule_width);
      pad(out, place_of(finding), place_width);
      out += terminal_safe(finding.message);
      if (f.waived()) {
        out +=
            " (waived: " + terminal_safe(finding.waiver_reason.value_or("no reason given")) + ")";
      }
      out += '\n';
      quiet = false;
    }
    for (const Outcome& outcome : agreement.outcomes) {
      if (outcome.status != OutcomeStatus::undetermined) {
        continue;
      }
      out += "  undetermined  " + terminal_safe(outcome.rule_id);
      if (!outcome.reason.empty()) {
        out += ": " + terminal_safe(outcome.reason);
      }
      out += '\n';
      quiet = false;
    }
    if (quiet) {
      out += "  no findings\n";
    }
    out += '\n';
    return out;
  }

  std::string end(const CheckReport& report) override {
    std::string out;
    out += counted(totals_.agreements, "agreement(s), ");
    out += counted(totals_.findings[Severity::error], "error(s), ");
    out += counted(totals_.findings[Severity::warning], "warning(s), ");
    out += counted(totals_.findings[Severity::info], "info, ");
    out += counted(totals_.findings.waived, "waived");
    const auto unreadable = static_cast<std::size_t>(std::ranges::count_if(
        report.files, [](const CheckedFile& file) { return !file.error.empty(); }));
    if (unreadable > 0) {
      out += ", " + counted(unreadable, "input(s) not checked");
    }
    out += '\n';
    return out;
  }

private:
  static constexpr std::size_t min_rule_width = 24;
  static constexpr std::size_t min_place_width = 10;

  void paint(std::string& out, std::string_view code, std::string_view text) const {
    if (color_ && !code.empty()) {
      out += code;
      out += text;
      out += reset;
    } else {
      out += text;
    }
  }

  bool color_;
  CheckTotals totals_;
};

} // namespace

std::unique_ptr<CheckReportStream> make_text_stream(bool color) {
  return std::make_unique<TextStream>(color);
}

std::string render_check_text(const CheckReport& report, bool color) {
  TextStream stream(color);
  std::string out = stream.begin(report);
  for (const AgreementReport& agreement : report.agreements) {
    out += stream.agreement(agreement);
  }
  return out + stream.end(report);
}

} // namespace pactum::host
