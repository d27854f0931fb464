#pragma once

#include <span>
#include <string>

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
};

// Builds the Agreement a deal describes: Documents with their canonical text, blocks and
// clauses (kind, section number, byte range, party), every term the deal sets (with where it
// was set), parties and facts. Renderers only render what this returns. Throws pactum::Error
// for a language the template has no text in.
Agreement generate_agreement(const GenerateRequest& request);

} // namespace pactum::host
