// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), so code-scanning dashboards
// and SARIF viewers can show agreement findings: one run, every rule that ran in tool.driver,
// every plugin in tool.extensions, every input (with its SHA-256) in artifacts, one result per
// finding, and waived findings as results with an external suppression.
//
// Offsets: byteOffset/byteLength are the finding's byte range in the Document's canonical
// UTF-8 text (SARIF's char offsets count characters, which differ outside ASCII); for
// plain-text inputs that is the file itself, for others it locates the text Pactum read.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "report/check_reporters.hpp"
#include "report/json_writer.hpp"

namespace pactum::host {
namespace {

constexpr std::string_view sarif_schema_uri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

JsonWriter& text(JsonWriter& json, std::string_view value) {
  return json.value(std::string_view(valid_utf8(value)));
}
JsonWriter& number(JsonWriter& json, std::size_t value) {
  return json.value(static_cast<std::int64_t>(value));
}
// {"text": value}: SARIF's message and multiformatMessageString.
void message(JsonWriter& json, std::string_view key, std::string_view value) {
  json.key(key).begin_object();
  text(json.key("text"), value);
  json.end_object();
}

std::string_view level_of(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    return "note";
  }
  return "warning";
}

// "core-optout-missing" → "CoreOptoutMissing": SARIF wants a rule's name to be an identifier
// readable by people, distinct from its opaque id.
std::string pascal_case(std::string_view id) {
  std::string name;
  bool start = true;
  for (const char c : id) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      start = true;
      continue;
    }
    name += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    start = false;
  }
  return name;
}

// A file path as a URI reference: a relative path stays relative, an absolute one becomes a
// file:// URI; every byte outside RFC 3986's unreserved set (and '/') is percent-encoded, so a
// space, '#', '%', ':' or a non-ASCII letter cannot change what the URI means.
std::string uri_of(std::string_view path) {
  constexpr std::string_view hex = "0123456789ABCDEF";
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      uri += c;
    } else {
      uri += '%';
      uri += hex[byte >> 4U];
      uri += hex[byte & 0xFU];
    }
  }
  return uri;
}

void write_driver(JsonWriter& json, const CheckReport& report) {
  json.key("driver").begin_object();
  json.key("name").value("pactum");
  text(json.key("version"), report.pactum_version);
  json.key("informationUri").value(pactum_information_uri);
  json.key("rules").begin_array();
  for (const ReportedRule& rule : report.rules) {
    json.begin_object();
    text(json.key("id"), rule.id);
    text(json.key("name"), pascal_case(rule.id));
    message(json, "shortDescription", rule.title.empty() ? rule.id : rule.title);
    message(json, "fullDescription",
            !rule.summary.empty() ? rule.summary : (rule.title.empty() ? rule.id : rule.title));
    json.key("defaultConfiguration").begin_object();
    json.key("level").value(level_of(rule.severity));
    json.end_object();
    json.key("helpUri").value(std::string(pactum_information_uri) + "docs/rules/" +
                              uri_of(rule.id) + ".md");
    json.key("properties").begin_object();
    text(json.key("plugin"), rule.plugin);
    text(json.key("source"), rule.source);
    json.end_object();
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

void write_tool(JsonWriter& json, const CheckReport& report) {
  json.key("tool").begin_object();
  write_driver(json, report);
  if (!report.plugins.empty()) {
    json.key("extensions").begin_array();
    for (const auto& [name, version] : report.plugins) {
      json.begin_object();
      text(json.key("name"), name);
      text(json.key("version"), version);
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
}

// Files that could not be read and Agreements that could not be fully checked.
void write_invocation(JsonWriter& json, const CheckReport& report,
                      const std::map<std::string, std::size_t>& artifact_index) {
  json.key("invocations").begin_array().begin_object();
  json.key("executionSuccessful").value(totals_of(report).errors == 0);
  json.key("toolExecutionNotifications").begin_array();
  for (const CheckedFile& file : report.files) {
    if (file.error.empty()) {
      continue;
    }
    json.begin_object();
    json.key("level").value("error");
    message(json, "message", file.error);
    json.key("locations").begin_array().begin_object();
    json.key("physicalLocation").begin_object();
    json.key("artifactLocation").begin_object();
    json.key("uri").value(uri_of(file.path));
    if (const auto found = artifact_index.find(file.path); found != artifact_index.end()) {
      number(json.key("index"), found->second);
    }
    json.end_object().end_object().end_object().end_array();
    json.end_object();
  }
  for (const AgreementReport& agreement : report.agreements) {
    if (!agreement.error.empty()) {
      json.begin_object();
      json.key("level").value("error");
      message(json, "message", "agreement " + agreement.id + ": " + agreement.error);
      json.end_object();
    }
  }
  json.end_array();
  json.end_object().end_array();
}

void write_artifacts(JsonWriter& json, const CheckReport& report) {
  json.key("artifacts").begin_array();
  for (const CheckedFile& file : report.files) {
    json.begin_object();
    json.key("location").begin_object();
    json.key("uri").value(uri_of(file.path));
    json.end_object();
    if (!file.sha256.empty()) {
      json.key("hashes").begin_object();
      text(json.key("sha-256"), file.sha256);
      json.end_object();
    }
    json.end_object();
  }
  json.end_array();
}

void write_region(JsonWriter& json, const FindingLocation& at) {
  const bool has_range = at.end > at.begin;
  if (at.line == 0 && !has_range) {
    return;
  }
  json.key("region").begin_object();
  if (at.line > 0) {
    number(json.key("startLine"), at.line);
  }
  if (has_range) {
    number(json.key("byteOffset"), at.begin);
    number(json.key("byteLength"), at.end - at.begin);
  }
  json.end_object();
}

void write_result(JsonWriter& json, const ReportedFinding& f,
                  const std::map<std::string, std::size_t>& rule_index,
                  const std::map<std::string, std::size_t>& artifact_index) {
  const Finding& finding = *f.finding;
  json.begin_object();
  text(json.key("ruleId"), f.rule_id());
  if (const auto found = rule_index.find(f.rule_id()); found != rule_index.end()) {
    number(json.key("ruleIndex"), found->second);
  }
  json.key("level").value(level_of(finding.severity));
  message(json, "message", finding.message);
  if (const std::string& file = f.file(); !file.empty()) {
    json.key("locations").begin_array().begin_object();
    json.key("physicalLocation").begin_object();
    json.key("artifactLocation").begin_object();
    json.key("uri").value(uri_of(file));
    if (const auto found = artifact_index.find(file); found != artifact_index.end()) {
      number(json.key("index"), found->second);
    }
    json.end_object();
    write_region(json, finding.location);
    json.end_object();
    json.end_object().end_array();
  }
  if (f.waived()) {
    json.key("suppressions").begin_array().begin_object();
    json.key("kind").value("external");
    if (finding.waiver_reason) {
      text(json.key("justification"), *finding.waiver_reason);
    }
    json.end_object().end_array();
  }
  json.key("properties").begin_object();
  text(json.key("agreement"), f.agreement->id);
  json.key("position").value(to_string(finding.position));
  text(json.key("requirement"), finding.requirement);
  if (!finding.location.document.empty()) {
    text(json.key("document"), finding.location.document);
  }
  if (!finding.location.section.empty()) {
    text(json.key("section"), finding.location.section);
  }
  if (finding.suggestion) {
    text(json.key("suggestion"), *finding.suggestion);
  }
  json.end_object();
  json.end_object();
}

} // namespace

std::string render_check_sarif(const CheckReport& report) {
  std::map<std::string, std::size_t> rule_index;
  for (std::size_t i = 0; i < report.rules.size(); ++i) {
    rule_index.emplace(report.rules[i].id, i);
  }
  std::map<std::string, std::size_t> artifact_index;
  for (std::size_t i = 0; i < report.files.size(); ++i) {
    artifact_index.emplace(report.files[i].path, i);
  }

  JsonWriter json;
  json.begin_object();
  json.key("$schema").value(sarif_schema_uri);
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  write_tool(json, report);
  write_invocation(json, report, artifact_index);
  write_artifacts(json, report);
  json.key("results").begin_array();
  for (const ReportedFinding& f : findings_of(report)) {
    write_result(json, f, rule_index, artifact_index);
  }
  json.end_array();
  // The run's options and playbook, so a SARIF file alone says what it was checked against.
  json.key("properties").begin_object();
  text(json.key("as_of"), report.as_of);
  json.key("side").value(to_string(report.side));
  json.key("min_confidence").value(report.min_confidence);
  json.key("fail_on").value(to_string(report.fail_on));
  if (!report.playbook_file.empty()) {
    json.key("playbook").begin_object();
    text(json.key("file"), report.playbook_file);
    text(json.key("sha256"), report.playbook_sha256);
    json.end_object();
  }
  json.end_object();
  json.end_object().end_array();
  json.end_object();
  return json.str();
}

} // namespace pactum::host
