#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "pactum/model/tri.hpp"
#include "pactum/plugin/extension_data.hpp"

namespace pactum::host {

// A destination to which personal data may go without a transfer safeguard, from `from` (and
// until `until`, when the decision ended), as the jurisdiction's plugin dates it.
struct AdequateDestination {
  std::string country; // ISO 3166-1 alpha-2
  std::string from;    // YYYY-MM-DD
  std::string until;   // YYYY-MM-DD, empty while in force
  std::string source;  // the decision or regulation
  // Adequacy that covers only some recipients (certified ones, say): listed for the record, but
  // a destination nobody showed to be covered still needs a safeguard.
  bool partial = false;
};

// What a plugin declares about the law it serves (docs/jurisdictions.md): the territory whose
// facts put an Agreement under its rules, and where data may go without a safeguard. Plain
// values, parsed and checked at registration, shared read-only by all workers.
struct Jurisdiction {
  std::string code; // "EU", "GB": what --jurisdiction names
  std::string name; // "EU GDPR"
  std::string plugin;
  std::vector<std::string> governs;   // rule-id prefixes, the plugin's own
  std::vector<std::string> territory; // ISO 3166 codes (and EU/EEA) that bring an Agreement in
  std::string transfer_fact;          // "gdpr.restricted_transfer"; empty when none
  std::string adequacy_reviewed;      // when the dated list was last checked
  std::vector<AdequateDestination> adequate;

  // Whether `code` ("DK", "GB-ENG", "US-CA", "EU") lies in the territory.
  bool covers(std::string_view code) const;
  // Whether a rule id belongs to a prefix this jurisdiction governs.
  bool governs_rule(std::string_view rule_id) const;
  // Whether data may go to `country` without a safeguard on `as_of` (in the territory, or an
  // adequacy decision in force then that covers all recipients).
  bool free_destination(std::string_view country, std::string_view as_of) const;
};

// Parses a plugin's jurisdiction document; throws pactum::Error "origin:line:column: error: …"
// for anything malformed, and for governed prefixes or a fact outside `prefixes`.
Jurisdiction parse_jurisdiction(const YamlDocument& document, const std::string& plugin,
                                std::span<const std::string> prefixes);

// Whether an Agreement falls under a jurisdiction, and why, in words for the report.
struct Applicability {
  Tri applies = Tri::unknown;
  std::string reason;
};

// Asked for (`--jurisdiction`) or a known fact inside the territory (a party's country, a
// processing location, a data-subject region, the governing law): applies. Nothing inside and
// every one of those facts known: does not apply. Otherwise unknown, naming the facts that would
// decide it and the flag that applies it.
Applicability applicability(const Jurisdiction& jurisdiction, const Agreement& agreement,
                            std::span<const std::string> asked);

// Sets each jurisdiction's transfer fact in `agreement.facts.extra`. A transfer is restricted
// only under a law that applies (by the facts, or `asked`): no where the jurisdiction does not
// apply; otherwise yes when a processing location is neither in the territory nor adequate on
// `as_of`, no when none is, and unknown when the locations, or whether it applies, are unknown.
void derive_jurisdiction_facts(Agreement& agreement, std::span<const Jurisdiction> jurisdictions,
                               std::string_view as_of, std::span<const std::string> asked = {});

} // namespace pactum::host
