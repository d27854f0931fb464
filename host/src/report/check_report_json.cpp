// The normative JSON form of a check report; schemas/check-report.schema.json describes it and
// the web API returns exactly this document. Keys appear in a fixed order, optional keys
// (`error`, `reason`) only when they have a value, and absent values as null. The provenance
// (every input's SHA-256) and the summary come after the Agreements, so a batch streams out as
// it is checked.
#include <cstdint>
#include <string>
#include <string_view>

#include "report/check_reporters.hpp"
#include "report/json_writer.hpp"

namespace pactum::host {
namespace {

class ReportJson {
public:
  ReportJson& key(std::string_view name) {
    json_.key(name);
    return *this;
  }
  ReportJson& text(std::string_view value) {
    json_.value(std::string_view(valid_utf8(value)));
    return *this;
  }
  ReportJson& text_or_null(std::string_view value) { return value.empty() ? null() : text(value); }
  ReportJson& number(std::size_t value) {
    json_.value(static_cast<std::int64_t>(value));
    return *this;
  }
  ReportJson& number(double value) {
    json_.value(value);
    return *this;
  }
  ReportJson& flag(bool value) {
    json_.value(value);
    return *this;
  }
  ReportJson& null() {
    json_.null();
    return *this;
  }
  JsonWriter& raw() { return json_; }
  std::string take() { return json_.take(); }

private:
  JsonWriter json_;
};

void write_provenance(ReportJson& out, const CheckReport& report) {
  out.key("provenance").raw().begin_object();
  out.key("plugins").raw().begin_object();
  for (const auto& [name, version] : report.plugins) {
    out.key(valid_utf8(name)).text(version);
  }
  out.raw().end_object();
  out.key("playbook");
  if (report.playbook_file.empty()) {
    out.null();
  } else {
    out.raw().begin_object();
    out.key("file").text(report.playbook_file);
    out.key("sha256").text_or_null(report.playbook_sha256);
    out.raw().end_object();
  }
  out.key("inputs").raw().begin_array();
  for (const CheckedFile& file : report.files) {
    out.raw().begin_object();
    out.key("path").text(file.path);
    out.key("sha256").text_or_null(file.sha256);
    if (!file.error.empty()) {
      out.key("error").text(file.error);
    }
    if (!file.warnings.empty()) {
      out.key("warnings").raw().begin_array();
      for (const std::string& warning : file.warnings) {
        out.raw().value(warning);
      }
      out.raw().end_array();
    }
    out.raw().end_object();
  }
  out.raw().end_array();
  out.raw().end_object();
}

void write_options(ReportJson& out, const CheckReport& report) {
  out.key("options").raw().begin_object();
  out.key("as_of").text(report.as_of);
  out.key("side").text(to_string(report.side));
  out.key("min_confidence").number(report.min_confidence);
  out.key("fail_on").text(to_string(report.fail_on));
  out.raw().end_object();
}

void write_rules(ReportJson& out, const CheckReport& report) {
  out.key("rules").raw().begin_array();
  for (const ReportedRule& rule : report.rules) {
    out.raw().begin_object();
    out.key("id").text(rule.id);
    out.key("title").text(rule.title);
    out.key("plugin").text(rule.plugin);
    out.key("severity").text(to_string(rule.severity));
    out.key("summary").text(rule.summary);
    out.key("source").text(rule.source);
    out.raw().end_object();
  }
  out.raw().end_array();
}

void write_finding(ReportJson& out, const ReportedFinding& f) {
  const Finding& finding = *f.finding;
  const FindingLocation& at = finding.location;
  out.raw().begin_object();
  out.key("rule").text(f.rule_id());
  out.key("severity").text(to_string(finding.severity));
  out.key("message").text(finding.message);
  out.key("position").text(to_string(finding.position));
  out.key("requirement").text_or_null(finding.requirement);
  out.key("file").text_or_null(f.file());
  out.key("document").text_or_null(at.document);
  out.key("section").text_or_null(at.section);
  out.key("start").number(at.begin);
  out.key("end").number(at.end);
  out.key("line");
  if (at.line > 0) {
    out.number(at.line);
  } else {
    out.null();
  }
  out.key("suggestion");
  if (finding.suggestion) {
    out.text(*finding.suggestion);
  } else {
    out.null();
  }
  out.key("waived").flag(f.waived());
  out.key("waiver_reason");
  if (f.waived() && finding.waiver_reason) {
    out.text(*finding.waiver_reason);
  } else {
    out.null();
  }
  out.raw().end_object();
}

void write_agreement(ReportJson& out, const AgreementReport& agreement) {
  out.raw().begin_object();
  out.key("id").text(agreement.id);
  out.key("files").raw().begin_array();
  for (const std::string& file : agreement.files) {
    out.text(file);
  }
  out.raw().end_array();
  if (!agreement.error.empty()) {
    out.key("error").text(agreement.error);
  }
  out.key("jurisdictions").raw().begin_array();
  for (const AppliedJurisdiction& jurisdiction : agreement.jurisdictions) {
    out.raw().begin_object();
    out.key("plugin").text(jurisdiction.plugin);
    out.key("jurisdiction").text(jurisdiction.code);
    out.key("reason").text(jurisdiction.reason);
    out.raw().end_object();
  }
  out.raw().end_array();
  out.key("outcomes").raw().begin_array();
  for (const Outcome& outcome : agreement.outcomes) {
    out.raw().begin_object();
    out.key("rule").text(outcome.rule_id);
    out.key("status").text(to_string(outcome.status));
    if (!outcome.reason.empty()) {
      out.key("reason").text(outcome.reason);
    }
    out.raw().end_object();
  }
  out.raw().end_array();
  out.key("findings").raw().begin_array();
  for (const ReportedFinding& f : findings_of(agreement)) {
    write_finding(out, f);
  }
  out.raw().end_array();
  out.raw().end_object();
}

void write_summary(ReportJson& out, const CheckTotals& totals) {
  out.key("summary").raw().begin_object();
  out.key("agreements").number(totals.agreements);
  out.key("files").number(totals.files);
  out.key("errors").number(totals.errors);
  out.key("findings_by_severity").raw().begin_object();
  out.key("error").number(totals.findings[Severity::error]);
  out.key("warning").number(totals.findings[Severity::warning]);
  out.key("info").number(totals.findings[Severity::info]);
  out.raw().end_object();
  out.key("waived").number(totals.findings.waived);
  out.raw().end_object();
}

class JsonStream final : public CheckReportStream {
public:
  std::string begin(const CheckReport& report) override {
    out_.raw().begin_object();
    out_.key("pactum_version").text(report.pactum_version);
    write_options(out_, report);
    write_rules(out_, report);
    out_.key("agreements").raw().begin_array();
    return out_.take();
  }
  std::string agreement(const AgreementReport& agreement) override {
    totals_.add(agreement);
    write_agreement(out_, agreement);
    return out_.take();
  }
  std::string end(const CheckReport& report) override {
    out_.raw().end_array();
    write_provenance(out_, report);
    totals_.add_files(report.files);
    write_summary(out_, totals_);
    out_.raw().end_object();
    return out_.take();
  }

private:
  ReportJson out_;
  CheckTotals totals_;
};

} // namespace

std::unique_ptr<CheckReportStream> make_json_stream() {
  return std::make_unique<JsonStream>();
}

std::string render_check_json(const CheckReport& report) {
  JsonStream stream;
  std::string out = stream.begin(report);
  for (const AgreementReport& agreement : report.agreements) {
    out += stream.agreement(agreement);
  }
  return out + stream.end(report);
}

} // namespace pactum::host
