#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "pactum/model/party.hpp"
#include "pactum/model/source_span.hpp"

namespace pactum {

// Where a term's value came from: a clause of a Document (extracted or generated), or the
// place in the deal file that set it.
struct TermOrigin {
  std::optional<std::size_t> document; // index into Agreement::documents
  std::optional<std::size_t> clause;   // index into that Document's clauses
  std::size_t begin = 0;               // byte span of the value in the Document's text
  std::size_t end = 0;
  std::optional<FilePosition> deal; // set for terms that come from a deal file
};

// A named, typed value. Names come from schemas/terms.yaml only (plugins add under their own
// prefix). Values are canonical strings: durations ISO 8601 ("P90D", "P3M", "P1Y") or
// "perpetual"; money "GBP 250000.00"; percentages as decimals ("0.12"); jurisdictions ISO 3166
// ("US-NY", "GB-ENG") or "EU"/"EEA"; booleans "true"/"false".
struct Term {
  std::string name;      // "termination.convenience.notice"
  std::string qualifier; // the item a repeated term belongs to (a KPI id); empty otherwise
  std::string value;
  bool business_days = false; // a duration counted in business days ("P10D" + this flag)
  PartyRole party = PartyRole::unknown;
  TermOrigin origin;
};

} // namespace pactum
