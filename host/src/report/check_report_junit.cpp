// JUnit XML, the format CI servers (Jenkins, GitLab, Azure DevOps…) draw test tables from:
// a <testsuite> per Agreement, a <testcase> per (file of the Agreement, rule) — passes included,
// so the table shows what was checked and not only what failed.
//   fail            <failure message="…" type="error|warning|info">one line per finding</failure>
//   not_applicable, undetermined
//                   <skipped message="reason"/>
//   waived          passed, with a <system-out> note saying who waived it and why
// A finding belongs to the file its location names (or the Agreement's first file when it names
// none of them). An Agreement that could not be fully checked gets an extra testcase with an
// <error>; when any input could not be read, a last testsuite "inputs" has a testcase per input.
//
// Written with libxml2's text writer; every string is made valid XML 1.0 first (invalid UTF-8
// and characters XML cannot carry become U+FFFD), so no input can produce an unparsable file.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/error.hpp"
#include "render/xml_text_writer.hpp"
#include "report/check_reporters.hpp"

namespace pactum::host {
namespace {

std::string xml_text(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += "\xEF\xBF\xBD";
    } else if (c == 0xEF && text.compare(i, 3, "\xEF\xBF\xBE") == 0) { // U+FFFE
      out += "\xEF\xBF\xBD";
      i += 2;
    } else if (c == 0xEF && text.compare(i, 3, "\xEF\xBF\xBF") == 0) { // U+FFFF
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

enum class CaseResult { passed, failed, skipped, error };

struct TestCase {
  std::string classname;
  std::string name;
  CaseResult result = CaseResult::passed;
  std::string message; // failure, skipped or error message
  std::string type;    // failure type: the highest severity
  std::string body;    // failure text
  std::string out;     // system-out
};

struct TestSuite {
  std::string name;
  std::vector<TestCase> cases;

  std::size_t count(CaseResult result) const {
    return static_cast<std::size_t>(
        std::ranges::count_if(cases, [result](const TestCase& c) { return c.result == result; }));
  }
};

std::string where(const Finding& finding) {
  const FindingLocation& at = finding.location;
  std::string text = at.document;
  if (!at.section.empty()) {
    text += (text.empty() ? "§" : " §") + at.section;
  }
  if (at.line > 0) {
    text += (text.empty() ? "line " : ", line ") + std::to_string(at.line);
  }
  return text;
}

std::string finding_line(const ReportedFinding& f) {
  const Finding& finding = *f.finding;
  std::string line = std::string(to_string(finding.severity)) + " " + f.rule_id();
  if (const std::string at = where(finding); !at.empty()) {
    line += " at " + at;
  }
  line += ": " + finding.message + "\n";
  if (finding.position != Position::none) {
    line += "  position: " + std::string(to_string(finding.position)) + "\n";
  }
  if (finding.suggestion) {
    line += "  suggestion: " + *finding.suggestion + "\n";
  }
  return line;
}

TestSuite suite_of(const AgreementReport& agreement) {
  TestSuite suite{agreement.id, {}};
  const std::vector<std::string> files =
      agreement.files.empty() ? std::vector<std::string>{agreement.id} : agreement.files;
  const std::vector<ReportedFinding> findings = findings_of(agreement);
  // The file of `files` a finding belongs to.
  const auto file_of = [&files](const ReportedFinding& f) -> const std::string& {
    const auto found = std::ranges::find(files, f.file());
    return found != files.end() ? *found : files.front();
  };

  for (const std::string& file : files) {
    for (const Outcome& outcome : agreement.outcomes) {
      TestCase test{file, outcome.rule_id};
      switch (outcome.status) {
      case OutcomeStatus::pass:
        break;
      case OutcomeStatus::not_applicable:
      case OutcomeStatus::undetermined:
        test.result = CaseResult::skipped;
        test.message = outcome.reason.empty()
                           ? std::string(to_string(outcome.status))
                           : std::string(to_string(outcome.status)) + ": " + outcome.reason;
        break;
      case OutcomeStatus::fail:
      case OutcomeStatus::waived: {
        std::optional<Severity> highest;
        for (const ReportedFinding& f : findings) {
          if (f.outcome != &outcome || file_of(f) != file) {
            continue;
          }
          const Finding& finding = *f.finding;
          if (outcome.status == OutcomeStatus::waived) {
            test.out += "waived (" + finding.waiver_reason.value_or("no reason given") +
                        "): " + finding_line(f);
            continue;
          }
          highest = std::max(highest.value_or(finding.severity), finding.severity);
          test.message += (test.message.empty() ? "" : "; ") + finding.message;
          test.body += finding_line(f);
        }
        if (highest) {
          test.result = CaseResult::failed;
          test.type = std::string(to_string(*highest));
        }
        break;
      }
      }
      suite.cases.push_back(std::move(test));
    }
  }
  if (!agreement.error.empty()) {
    TestCase test{files.front(), "agreement"};
    test.result = CaseResult::error;
    test.message = agreement.error;
    suite.cases.push_back(std::move(test));
  }
  return suite;
}

std::optional<TestSuite> inputs_suite(const CheckReport& report) {
  if (std::ranges::none_of(report.files, [](const CheckedFile& f) { return !f.error.empty(); })) {
    return std::nullopt;
  }
  TestSuite suite{"inputs", {}};
  for (const CheckedFile& file : report.files) {
    TestCase test{file.path, "read"};
    if (!file.error.empty()) {
      test.result = CaseResult::error;
      test.message = file.error;
    }
    suite.cases.push_back(std::move(test));
  }
  return suite;
}

// The JUnit writer: every string is made valid XML first (reports repair, they never refuse).
class XmlOut {
public:
  XmlOut() : writer_("the JUnit report") {}

  void start(const char* name) { writer_.start(name); }
  void end() { writer_.end(); }
  void attribute(const char* name, std::string_view value) {
    writer_.attribute(name, xml_text(value));
  }
  void attribute(const char* name, std::size_t value) { attribute(name, std::to_string(value)); }
  void attribute(const char* name, const char* value) { attribute(name, std::string_view(value)); }
  void text(std::string_view value) { writer_.text(xml_text(value)); }
  std::string finish() { return writer_.finish(); }

private:
  XmlTextWriter writer_;
};

void write_counts(XmlOut& out, std::size_t tests, std::size_t failures, std::size_t errors,
                  std::size_t skipped) {
  out.attribute("tests", tests);
  out.attribute("failures", failures);
  out.attribute("errors", errors);
  out.attribute("skipped", skipped);
}

void write_case(XmlOut& out, const TestCase& test) {
  out.start("testcase");
  out.attribute("classname", test.classname);
  out.attribute("name", test.name);
  switch (test.result) {
  case CaseResult::passed:
    break;
  case CaseResult::failed:
    out.start("failure");
    out.attribute("message", test.message);
    out.attribute("type", test.type);
    out.text(test.body);
    out.end();
    break;
  case CaseResult::skipped:
    out.start("skipped");
    out.attribute("message", test.message);
    out.end();
    break;
  case CaseResult::error:
    out.start("error");
    out.attribute("message", test.message);
    out.attribute("type", "error");
    out.end();
    break;
  }
  if (!test.out.empty()) {
    out.start("system-out");
    out.text(test.out);
    out.end();
  }
  out.end();
}

} // namespace

std::string render_check_junit(const CheckReport& report) {
  std::vector<TestSuite> suites;
  for (const AgreementReport& agreement : report.agreements) {
    suites.push_back(suite_of(agreement));
  }
  if (std::optional<TestSuite> inputs = inputs_suite(report)) {
    suites.push_back(std::move(*inputs));
  }

  std::size_t tests = 0;
  std::size_t failures = 0;
  std::size_t errors = 0;
  std::size_t skipped = 0;
  for (const TestSuite& suite : suites) {
    tests += suite.cases.size();
    failures += suite.count(CaseResult::failed);
    errors += suite.count(CaseResult::error);
    skipped += suite.count(CaseResult::skipped);
  }

  XmlOut out;
  out.start("testsuites");
  out.attribute("name", "pactum check");
  write_counts(out, tests, failures, errors, skipped);
  for (const TestSuite& suite : suites) {
    out.start("testsuite");
    out.attribute("name", suite.name);
    write_counts(out, suite.cases.size(), suite.count(CaseResult::failed),
                 suite.count(CaseResult::error), suite.count(CaseResult::skipped));
    for (const TestCase& test : suite.cases) {
      write_case(out, test);
    }
    out.end();
  }
  out.end();
  return out.finish();
}

} // namespace pactum::host
