#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pactum/export.hpp"

namespace pactum {

// Roles of the parties to an outsourcing deal. `mutual` and `unknown` describe whom a clause
// favours or binds; a Party itself is a client, a provider or another party (a guarantor, say).
enum class PartyRole { client, provider, mutual, other, unknown };

PACTUM_EXPORT std::string_view to_string(PartyRole role) noexcept;
PACTUM_EXPORT std::optional<PartyRole> parse_party_role(std::string_view text) noexcept;

// Whether a clause or term held by `party` speaks for `side`: its own, a mutual one, or one whose
// holder could not be told. The other side's right to leave is not this side's way out.
constexpr bool speaks_for(PartyRole party, PartyRole side) noexcept {
  return party == side || party == PartyRole::mutual || party == PartyRole::unknown;
}

struct Party {
  std::string name;
  PartyRole role = PartyRole::unknown;
  std::string defined_term; // how the agreement refers to it: "the Customer"
  std::string country;      // ISO 3166-1 alpha-2; empty when unknown
};

} // namespace pactum
