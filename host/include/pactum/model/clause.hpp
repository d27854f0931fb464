#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "pactum/export.hpp"
#include "pactum/model/party.hpp"

namespace pactum {

enum class ClauseOrigin { generated, detected };

PACTUM_EXPORT std::string_view to_string(ClauseOrigin origin) noexcept;

// A byte range of one Document's text with a kind from schemas/clause-kinds.yaml (or a plugin's
// prefixed kind). Generated clauses have confidence 1; detected ones carry the extractor's score.
struct Clause {
  std::string kind;    // "termination.convenience"
  std::string section; // "12.3"; empty when the text has no number
  std::size_t begin = 0;
  std::size_t end = 0;
  ClauseOrigin origin = ClauseOrigin::detected;
  double confidence = 0.0; // in [0, 1]
  // The party the clause favours or binds: a convenience right held only by the provider is
  // not an opt-out for the client.
  PartyRole party = PartyRole::unknown;
};

} // namespace pactum
