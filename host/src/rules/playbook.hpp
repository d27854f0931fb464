#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/outcome.hpp"

namespace pactum::host {

// A finding waived by rule id or glob, with the reason and where the waiver was written.
struct Waiver {
  std::string rule;
  std::string reason;
  std::string origin; // "deal.yaml:30:5"
};

// `*` matches any run of characters, `?` one character: "core-*", "gdpr-art28-*".
bool glob_match(std::string_view pattern, std::string_view text);

// A team's playbook: which rules run, at what severity, and which findings are waived. Read from
// `--playbook FILE` or a `.pactum.yaml` found upward from the checked files:
//
//   rules: [core-*, -core-step-in]       # in order; a leading '-' disables; default: all run
//   severity: {core-kpi-reporting: error, "core-personnel-*": info}
//   options: {core-optout-notice: {preferred: "<= P60D", fallback: "<= P120D"}}
//   waivers:
//     - {rule: core-step-in, reason: Parent guarantee covers service failure}
//   agreements:                          # files that together make one Agreement
//     - {id: harbour-2024, files: [harbour/msa.docx, "harbour/schedule-*.docx"]}
struct AgreementGroupSpec {
  std::string id;
  std::vector<std::string> files; // globs over paths relative to the playbook's folder
  std::string origin;             // ".pactum.yaml:12:5"
};

struct Playbook {
  std::string file;
  std::string sha256;
  std::vector<std::string> selectors;
  std::vector<std::pair<std::string, Severity>> severities;
  std::vector<Waiver> waivers;
  std::vector<std::pair<std::string, std::map<std::string, std::string>>> options;
  std::vector<AgreementGroupSpec> agreements;

  bool enabled(std::string_view rule_id) const;
  std::optional<Severity> severity_for(std::string_view rule_id) const;
  // Every option set for the rule by a matching entry; later entries win per key.
  std::map<std::string, std::string> options_for(std::string_view rule_id) const;

  // Throws pactum::Error "file:line:column: error: …".
  static Playbook load(const std::filesystem::path& file);
  static Playbook parse(std::string_view yaml, std::string_view origin);
};

// The nearest `.pactum.yaml` in `start` or a folder above it; empty when there is none.
std::filesystem::path find_playbook(const std::filesystem::path& start);

// Waivers written in a deal file's `waivers:` list. Throws pactum::Error located in the file.
std::vector<Waiver> parse_waivers(std::string_view yaml, std::string_view origin);

} // namespace pactum::host
