#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/export.hpp"
#include "pactum/model/document.hpp"
#include "pactum/model/facts.hpp"
#include "pactum/model/party.hpp"
#include "pactum/model/term.hpp"

namespace pactum {

// A clause together with the Document it belongs to. Both pointers point into the Agreement
// they were taken from and are valid as long as it is neither changed nor destroyed.
struct ClauseRef {
  const Document* document = nullptr;
  const Clause* clause = nullptr;
};

// True when `kind` is `pattern`, or `pattern` ends in ".*" and `kind` lies under it
// ("dp.*" matches "dp.security", not "dp").
PACTUM_EXPORT bool kind_matches(std::string_view kind, std::string_view pattern) noexcept;

// Set on Agreements Pactum generated: what made them, so every output can carry the stamp.
struct GenerationStamp {
  std::string pactum_version;
  std::string template_id;
  std::string template_version;
  std::string deal_file;
};

// The set of Documents that together make one deal, with its parties, facts and terms. Rules
// only ever see an Agreement, whether it was generated or extracted from files.
struct Agreement {
  std::string id;
  std::vector<Document> documents;
  std::vector<Party> parties;
  Facts facts;
  std::vector<Term> terms;
  std::optional<GenerationStamp> generated;

  PACTUM_EXPORT const Party* party(PartyRole role) const noexcept;
  // Clauses whose kind matches `pattern` (see kind_matches) at or above `min_confidence`, in
  // document order.
  PACTUM_EXPORT std::vector<ClauseRef> clauses(std::string_view pattern,
                                               double min_confidence) const;
  PACTUM_EXPORT bool has_clause(std::string_view pattern, double min_confidence) const;
  // The first term with this name (and qualifier, when given), or nullptr.
  PACTUM_EXPORT const Term* term(std::string_view name, std::string_view qualifier = {}) const;
};

} // namespace pactum
