#pragma once

#include <map>
#include <string>
#include <vector>

#include "pactum/model/outcome.hpp"
#include "pactum/model/party.hpp"

namespace pactum::host {

// One input file of a check run, with its SHA-256 (provenance) or the error that stopped it.
struct CheckedFile {
  std::string path;
  std::string sha256;                // lower-case hex; empty when the file could not be read
  std::string error;                 // one line; empty when the file was read
  std::vector<std::string> warnings; // what the reader noticed but read past, one line each
};

// What the run knew about a rule, so every reporter can name and describe it.
struct ReportedRule {
  std::string id;
  std::string title;
  std::string plugin;
  Severity severity = Severity::warning; // after the playbook
  std::string summary;
  std::string source;
};

// A jurisdiction plugin that applied to an Agreement, and why.
struct AppliedJurisdiction {
  std::string plugin;
  std::string code; // "EU", "GB": what --jurisdiction names
  std::string reason;
};

// The results for one Agreement: an outcome for every (Agreement, rule) pair.
struct AgreementReport {
  std::string id;
  std::vector<std::string> files;
  std::vector<Outcome> outcomes; // in rule order; failed and waived ones carry findings
  std::vector<AppliedJurisdiction> jurisdictions;
  std::string error; // set when the Agreement could not be built or checked
  // The clause text each finding points at, keyed by excerpt_key(); shown beside the finding in
  // the HTML report (escaped there). Cut to a few hundred bytes at a character boundary.
  std::map<std::string, std::string> excerpts;
};

inline std::string excerpt_key(const FindingLocation& at) {
  return at.document + ":" + std::to_string(at.begin) + "-" + std::to_string(at.end);
}

// Everything one `pactum check` run produced, in the form every reporter reads.
struct CheckReport {
  std::string pactum_version;
  std::map<std::string, std::string> plugins; // name → version
  std::string playbook_file;
  std::string playbook_sha256;
  std::string as_of;
  PartyRole side = PartyRole::client;
  double min_confidence = 0.5;
  Severity fail_on = Severity::error;
  std::vector<CheckedFile> files;
  std::vector<ReportedRule> rules; // every rule that ran, in id order
  std::vector<AgreementReport> agreements;

  const ReportedRule* rule(const std::string& id) const {
    for (const auto& r : rules) {
      if (r.id == id) {
        return &r;
      }
    }
    return nullptr;
  }
};

} // namespace pactum::host
