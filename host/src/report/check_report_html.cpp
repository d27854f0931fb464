// One self-contained HTML page for people: provenance, a summary drawn as inline SVG bars, then
// per Agreement a table of findings and, folded away, every outcome; the rules at the end,
// each an anchor the findings link to. Embedded CSS only — no script, nothing fetched, and a
// Content-Security-Policy that forbids both — and it prints (colours kept, rows unbroken).
//
// Every string from the report is HTML-escaped (& < > " '), whether it lands in text, an
// attribute or the SVG, so a message quoting "<b>" shows those characters and never markup.
#include <algorithm>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "report/check_reporters.hpp"
#include "text/html_escape.hpp"

namespace pactum::host {
namespace {

std::string escape(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_html_escaped(out, text);
  return out;
}

// A fragment identifier made of characters safe anywhere: other bytes become "_xx" (hex), so
// two different rule ids can never share an anchor.
std::string anchor(std::string_view prefix, std::string_view name) {
  constexpr std::string_view hex = "0123456789abcdef";
  std::string id(prefix);
  for (const char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.') {
      id += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      id += '_';
      id += hex[byte >> 4U];
      id += hex[byte & 0xFU];
    }
  }
  return id;
}

std::string number(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

// Code points, not bytes: how wide a label is.
std::size_t width_of(std::string_view text) {
  return static_cast<std::size_t>(std::ranges::count_if(
      text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

// At most `limit` code points of `text`, with "…" when cut.
std::string shortened(std::string_view text, std::size_t limit) {
  if (width_of(text) <= limit) {
    return std::string(text);
  }
  std::size_t seen = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U && seen++ == limit - 1) {
      break;
    }
  }
  return std::string(text.substr(0, i)) + "…";
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

constexpr std::string_view style = R"css(
:root { --error: #b71c1c; --warning: #b26a00; --info: #0d6e8a; --waived: #6b6b6b;
        --line: #d0d4d9; --muted: #555; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
       color: #1a1a1a; margin: 2rem auto; max-width: 78rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line);
     padding-bottom: .25rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
         border-bottom: 1px solid var(--line); }
th { background: #f3f5f7; font-weight: 600; }
table.meta { width: auto; }
table.meta th { background: none; padding-right: 1.5rem; }
.sev { display: inline-block; min-width: 4.8rem; text-align: center; border-radius: 3px;
       color: #fff; font-weight: 600; padding: 0 .4rem; }
.sev.error { background: var(--error); }
.sev.warning { background: var(--warning); }
.sev.info { background: var(--info); }
.sev.waived { background: var(--waived); }
tr.waived td { color: var(--muted); }
.excerpt { margin: .4em 0; padding: .3em .6em; border-left: 3px solid #bbb; color: #333;
  background: #fafafa; font-size: .92em; }
.suggestion { white-space: pre-wrap; font-family: ui-monospace, Menlo, Consolas, monospace;
              font-size: .88em; background: #f6f8fa; border-left: 3px solid var(--line);
              padding: .25rem .5rem; margin: 0; }
.note { color: var(--muted); font-size: .9em; margin: .2rem 0 0; }
.problem { color: var(--error); font-weight: 600; }
.hash { font-size: .8em; word-break: break-all; }
details { margin: .25rem 0 1rem; }
summary { cursor: pointer; color: #1f4e8c; }
svg { display: block; margin: .5rem 0 1rem; max-width: 100%; }
svg text { font: 12px system-ui, Arial, sans-serif; fill: #1a1a1a; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85em; }
a { color: #1f4e8c; }
a code { white-space: nowrap; }
@media print {
  body { margin: 0; max-width: none; font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, svg { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  summary { color: inherit; }
}
)css";

constexpr std::string_view fill_error = "#b71c1c";
constexpr std::string_view fill_warning = "#b26a00";
constexpr std::string_view fill_info = "#0d6e8a";
constexpr std::string_view fill_waived = "#9e9e9e";

class Page {
public:
  Page& raw(std::string_view html) {
    out_ += html;
    return *this;
  }
  Page& text(std::string_view value) {
    out_ += escape(value);
    return *this;
  }
  Page& count(std::size_t n) {
    out_ += std::to_string(n);
    return *this;
  }
  std::string take() { return std::move(out_); }

private:
  std::string out_;
};

void write_head(Page& page) {
  page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
      .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\">\n")
      .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
      .raw("<title>Pactum check report</title>\n<style>")
      .raw(style)
      .raw("</style>\n</head>\n<body>\n");
}

void write_provenance(Page& page, const CheckReport& report) {
  page.raw("<header>\n<h1>Pactum check report</h1>\n<table class=\"meta\">\n");
  page.raw("<tr><th>Pactum</th><td>").text(report.pactum_version).raw("</td></tr>\n");
  page.raw("<tr><th>Plugins</th><td>");
  if (report.plugins.empty()) {
    page.raw("none");
  }
  bool first = true;
  for (const auto& [name, version] : report.plugins) {
    page.raw(first ? "" : ", ").raw("<code>").text(name).raw("</code> ").text(version);
    first = false;
  }
  page.raw("</td></tr>\n<tr><th>Playbook</th><td>");
  if (report.playbook_file.empty()) {
    page.raw("none (the rules' defaults)");
  } else {
    page.raw("<code>").text(report.playbook_file).raw("</code>");
    if (!report.playbook_sha256.empty()) {
      page.raw(" <span class=\"hash\">SHA-256 ").text(report.playbook_sha256).raw("</span>");
    }
  }
  page.raw("</td></tr>\n");
  page.raw("<tr><th>As of</th><td>").text(report.as_of).raw("</td></tr>\n");
  page.raw("<tr><th>Side</th><td>").text(to_string(report.side)).raw("</td></tr>\n");
  page.raw("<tr><th>Minimum confidence</th><td>")
      .text(number(report.min_confidence))
      .raw("</td></tr>\n");
  page.raw("<tr><th>Fail on</th><td>").text(to_string(report.fail_on)).raw("</td></tr>\n");
  page.raw("</table>\n");

  const auto unreadable = static_cast<std::size_t>(
      std::ranges::count_if(report.files, [](const CheckedFile& f) { return !f.error.empty(); }));
  page.raw("<details><summary>Inputs: ").text(plural(report.files.size(), "file", "files"));
  if (unreadable > 0) {
    page.raw(", ").count(unreadable).raw(" with errors");
  }
  page.raw("</summary>\n<table>\n<tr><th>File</th><th>SHA-256</th><th>Error</th></tr>\n");
  for (const CheckedFile& file : report.files) {
    page.raw("<tr><td><code>").text(file.path).raw("</code></td><td class=\"hash\">");
    page.text(file.sha256).raw("</td><td class=\"problem\">").text(file.error).raw("</td></tr>\n");
  }
  page.raw("</table>\n</details>\n");
  if (unreadable > 0) {
    page.raw("<p class=\"problem\">Inputs that could not be checked:</p>\n<ul>\n");
    for (const CheckedFile& file : report.files) {
      if (!file.error.empty()) {
        page.raw("<li>").text(file.error).raw("</li>\n");
      }
    }
    page.raw("</ul>\n");
  }
  page.raw("</header>\n");
}

struct Segment {
  std::size_t value;
  std::string_view fill;
  std::string_view label;
};

// One horizontal bar of stacked segments at row `row`, scaled so `scale` fills `bar_width`.
void write_bar(Page& page, std::size_t row, std::string_view label, std::string_view tooltip,
               const std::vector<Segment>& segments, std::size_t scale, std::size_t label_width) {
  constexpr std::size_t bar_width = 360;
  constexpr std::size_t row_height = 24;
  const std::size_t y = row * row_height;
  page.raw("<g><title>").text(tooltip).raw("</title>");
  page.raw("<text x=\"0\" y=\"").count(y + 16).raw("\">").text(label).raw("</text>");
  std::size_t x = label_width;
  std::size_t total = 0;
  for (const Segment& segment : segments) {
    if (segment.value == 0) {
      continue;
    }
    const std::size_t width = std::max<std::size_t>(1, segment.value * bar_width / scale);
    page.raw("<rect x=\"").count(x).raw("\" y=\"").count(y + 4).raw("\" width=\"").count(width);
    page.raw("\" height=\"16\" fill=\"").raw(segment.fill).raw("\"><title>");
    page.count(segment.value).raw(" ").text(segment.label).raw("</title></rect>");
    x += width;
    total += segment.value;
  }
  page.raw("<text x=\"").count(x + 6).raw("\" y=\"").count(y + 16).raw("\">").count(total);
  page.raw("</text></g>\n");
}

void write_summary(Page& page, const CheckReport& report) {
  const CheckTotals totals = totals_of(report);
  const FindingCounts& f = totals.findings;
  page.raw("<section id=\"summary\">\n<h2>Summary</h2>\n<p>")
      .text(plural(totals.agreements, "agreement", "agreements"))
      .raw(" from ")
      .text(plural(totals.files, "file", "files"))
      .raw(": ")
      .text(plural(f[Severity::error], "error", "errors"))
      .raw(", ")
      .text(plural(f[Severity::warning], "warning", "warnings"))
      .raw(", ")
      .count(f[Severity::info])
      .raw(" info, ")
      .count(f.waived)
      .raw(" waived");
  if (totals.errors > 0) {
    page.raw("; <span class=\"problem\">")
        .text(plural(totals.errors, "input or agreement", "inputs or agreements"))
        .raw(" could not be fully checked</span>");
  }
  page.raw(".</p>\n");

  // Findings by severity.
  const std::vector<Segment> rows = {{f[Severity::error], fill_error, "error"},
                                     {f[Severity::warning], fill_warning, "warning"},
                                     {f[Severity::info], fill_info, "info"},
                                     {f.waived, fill_waived, "waived"}};
  const std::size_t largest =
      std::max<std::size_t>(1, std::ranges::max(rows, {}, &Segment::value).value);
  page.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" height=\"")
      .count(rows.size() * 24)
      .raw("\" role=\"img\" aria-label=\"Findings by severity\">\n");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    write_bar(page, i, rows[i].label, std::string(rows[i].label) + " findings", {rows[i]}, largest,
              90);
  }
  page.raw("</svg>\n");

  // Findings per Agreement, stacked by severity.
  if (!report.agreements.empty()) {
    std::vector<FindingCounts> counts;
    std::size_t most = 1;
    for (const AgreementReport& agreement : report.agreements) {
      counts.push_back(count_findings(agreement));
      most = std::max(most, counts.back().total());
    }
    constexpr std::size_t label_width = 230;
    page.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .count(label_width + 420)
        .raw("\" height=\"")
        .count((report.agreements.size() + 1) * 24)
        .raw("\" role=\"img\" aria-label=\"Findings per agreement\">\n");
    // Legend.
    std::size_t x = label_width;
    for (const Segment& legend : rows) {
      page.raw("<rect x=\"").count(x).raw("\" y=\"6\" width=\"12\" height=\"12\" fill=\"");
      page.raw(legend.fill).raw("\"/><text x=\"").count(x + 16).raw("\" y=\"16\">");
      page.text(legend.label).raw("</text>");
      x += 90;
    }
    page.raw("\n");
    for (std::size_t i = 0; i < report.agreements.size(); ++i) {
      const FindingCounts& c = counts[i];
      const std::string& id = report.agreements[i].id;
      write_bar(page, i + 1, shortened(id, 32), id,
                {{c[Severity::error], fill_error, "error"},
                 {c[Severity::warning], fill_warning, "warning"},
                 {c[Severity::info], fill_info, "info"},
                 {c.waived, fill_waived, "waived"}},
                most, label_width);
    }
    page.raw("</svg>\n");
  }
  page.raw("</section>\n");
}

void write_location(Page& page, const ReportedFinding& f, bool name_file) {
  const FindingLocation& at = f.finding->location;
  if (name_file && !f.file().empty()) {
    page.raw("<code>").text(f.file()).raw("</code><br>");
  }
  std::string place = at.document;
  if (!at.section.empty()) {
    place += (place.empty() ? "§" : " §") + at.section;
  }
  if (at.line > 0) {
    place += (place.empty() ? "line " : ", line ") + std::to_string(at.line);
  }
  page.text(place.empty() ? "—" : place);
}

void write_agreement(Page& page, const AgreementReport& agreement, std::size_t index) {
  page.raw("<section class=\"agreement\" id=\"agreement-").count(index + 1).raw("\">\n");
  page.raw("<h2>Agreement <code>").text(agreement.id).raw("</code></h2>\n");
  page.raw("<p>Files: ");
  for (std::size_t i = 0; i < agreement.files.size(); ++i) {
    page.raw(i == 0 ? "" : ", ").raw("<code>").text(agreement.files[i]).raw("</code>");
  }
  page.raw(agreement.files.empty() ? "none" : "").raw("</p>\n");
  if (!agreement.jurisdictions.empty()) {
    page.raw("<p>Jurisdictions: ");
    for (std::size_t i = 0; i < agreement.jurisdictions.size(); ++i) {
      const AppliedJurisdiction& j = agreement.jurisdictions[i];
      page.raw(i == 0 ? "" : "; ").raw("<code>").text(j.plugin).raw("</code> (").text(j.code);
      page.raw(": ").text(j.reason).raw(")");
    }
    page.raw("</p>\n");
  }
  if (!agreement.error.empty()) {
    page.raw("<p class=\"problem\">Not fully checked: ").text(agreement.error).raw("</p>\n");
  }

  const std::vector<ReportedFinding> findings = findings_of(agreement);
  if (findings.empty()) {
    page.raw("<p>No findings.</p>\n");
  } else {
    page.raw("<table class=\"findings\">\n<tr><th>Severity</th><th>Rule</th><th>Position</th>"
             "<th>Section</th><th>Message</th><th>Suggestion</th></tr>\n");
    for (const ReportedFinding& f : findings) {
      const Finding& finding = *f.finding;
      const std::string_view severity = to_string(finding.severity);
      page.raw(f.waived() ? "<tr class=\"waived\">" : "<tr>").raw("<td>");
      if (f.waived()) {
        page.raw("<span class=\"sev waived\">waived</span><p class=\"note\">")
            .text(severity)
            .raw("</p>");
      } else {
        page.raw("<span class=\"sev ").text(severity).raw("\">").text(severity).raw("</span>");
      }
      page.raw("</td><td><a href=\"#").text(anchor("rule-", f.rule_id())).raw("\"><code>");
      page.text(f.rule_id()).raw("</code></a></td><td>");
      page.text(finding.position == Position::none ? "—" : to_string(finding.position));
      page.raw("</td><td>");
      write_location(page, f, agreement.files.size() > 1);
      page.raw("</td><td>").text(finding.message);
      if (const auto excerpt = agreement.excerpts.find(excerpt_key(finding.location));
          excerpt != agreement.excerpts.end()) {
        page.raw("<blockquote class=\"excerpt\">").text(excerpt->second).raw("</blockquote>");
      }
      if (!finding.requirement.empty()) {
        page.raw("<p class=\"note\">Requirement: <code>").text(finding.requirement);
        page.raw("</code></p>");
      }
      if (f.waived()) {
        page.raw("<p class=\"note\">Waived: ")
            .text(finding.waiver_reason.value_or("no reason given"))
            .raw("</p>");
      }
      page.raw("</td><td>");
      if (finding.suggestion) {
        page.raw("<pre class=\"suggestion\">").text(*finding.suggestion).raw("</pre>");
      }
      page.raw("</td></tr>\n");
    }
    page.raw("</table>\n");
  }

  page.raw("<details><summary>All outcomes (")
      .count(agreement.outcomes.size())
      .raw(")</summary>\n<table class=\"outcomes\">\n"
           "<tr><th>Rule</th><th>Status</th><th>Reason</th></tr>\n");
  for (const Outcome& outcome : agreement.outcomes) {
    page.raw("<tr><td><a href=\"#").text(anchor("rule-", outcome.rule_id)).raw("\"><code>");
    page.text(outcome.rule_id).raw("</code></a></td><td>").text(to_string(outcome.status));
    page.raw("</td><td>").text(outcome.reason).raw("</td></tr>\n");
  }
  page.raw("</table>\n</details>\n</section>\n");
}

void write_rules(Page& page, const CheckReport& report) {
  page.raw("<section id=\"rules\">\n<h2>Rules</h2>\n<table>\n<tr><th>Rule</th><th>Title</th>"
           "<th>Plugin</th><th>Severity</th><th>What it checks</th><th>Source</th></tr>\n");
  for (const ReportedRule& rule : report.rules) {
    page.raw("<tr id=\"").text(anchor("rule-", rule.id)).raw("\"><td><code>").text(rule.id);
    page.raw("</code></td><td>").text(rule.title).raw("</td><td>").text(rule.plugin);
    page.raw("</td><td>").text(to_string(rule.severity)).raw("</td><td>").text(rule.summary);
    page.raw("</td><td>").text(rule.source).raw("</td></tr>\n");
  }
  page.raw("</table>\n</section>\n");
}

} // namespace

std::string render_check_html(const CheckReport& report) {
  Page page;
  write_head(page);
  write_provenance(page, report);
  write_summary(page, report);
  for (std::size_t i = 0; i < report.agreements.size(); ++i) {
    write_agreement(page, report.agreements[i], i);
  }
  write_rules(page, report);
  page.raw("<footer>Written by Pactum ")
      .text(report.pactum_version)
      .raw(". Waived findings are listed as waived, never left out.</footer>\n</body>\n</html>\n");
  return page.take();
}

} // namespace pactum::host
