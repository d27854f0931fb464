#pragma once

#include <string_view>
#include <vector>

#include "pactum/model/party.hpp"

namespace pactum::host {

// The parties an English agreement defines in its opening words — `Acme Ltd, a company
// incorporated in England ("Supplier")` — with the role their defined term suggests: Client,
// Customer or Buyer make the client; Supplier, Provider, Vendor or Contractor the provider. When
// one role is known and the other party's term says nothing ("Company"), that party takes the
// other role. Countries come from the incorporation wording ("a Delaware corporation" → US).
std::vector<Party> find_parties(std::string_view text, std::string_view language);

// The party a sentence gives a right or a duty to: the subject in front of "may", "shall",
// "will" or "is entitled" — a defined party term ("the Supplier may terminate" → provider), or
// "either party", "each party" (mutual). Unknown when the sentence names no such subject.
PartyRole sentence_party(std::string_view sentence, const std::vector<Party>& parties);

} // namespace pactum::host
