#pragma once

#include <span>
#include <string>

#include "jurisdictions/jurisdiction.hpp"
#include "pactum/model/agreement.hpp"
#include "templates/deal.hpp"
#include "templates/template.hpp"

namespace pactum::host {

class Vocabulary;

struct GenerateRequest {
  const Template& templ;
  const Deal& deal;
  std::span<const ClauseTemplate> library; // clauses plugins supply for the template's slots
  const Vocabulary& vocabulary;
  std::string language; // one of templ.languages
  // Jurisdictions whose derived facts (a restricted transfer) the clause libraries' conditions
  // may read, judged on `as_of` (default: the deal's agreement.date, else today).
  std::span<const Jurisdiction> jurisdictions = {};
  std::string as_of = {};
};

// Builds the Agreement a deal describes: Documents with their canonical text, blocks and
// clauses (kind, section number, byte range, party), every term the deal sets (with where it
// was set), parties and facts. Renderers only render what this returns. Throws pactum::Error
// for a language the template has no text in.
Agreement generate_agreement(const GenerateRequest& request);

} // namespace pactum::host
