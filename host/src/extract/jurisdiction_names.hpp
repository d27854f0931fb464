#pragma once

#include <span>
#include <string_view>

namespace pactum::extract {

// A name a contract uses for a jurisdiction and its code: ISO 3166-1 alpha-2 for countries
// ("CN"), ISO 3166-2 for states, provinces and the nations of the United Kingdom ("US-NY",
// "CA-ON", "GB-ENG"), and "EU" / "EEA" for the unions.
struct JurisdictionName {
  // Words separated by blanks; apostrophes and periods in a name only separate words, so
  // "People's Republic of China" matches "PEOPLE’S REPUBLIC OF CHINA" and "Washington, D.C."
  // matches "Washington D C".
  std::string_view name;
  std::string_view code;
};

// Every name known for `language`, in no particular order: whoever matches them must try all
// names at a position and keep the longest ("West Virginia" over "Virginia" is settled by
// position, "Washington, D.C." over "Washington" by length). Empty for a language without a
// table.
std::span<const JurisdictionName> jurisdiction_names(std::string_view language);

// The adjectives a contract puts before "law" for a jurisdiction whose name is not itself the
// adjective: "English law" GB-ENG, "Scots law" GB-SCT, "Swiss law" CH, "Californian law" US-CA.
// ("Delaware law" and "PRC law" need no entry: the name is in jurisdiction_names.) They name a
// jurisdiction only next to "law": "English language", "German engineers" and "Indian rupees"
// do not, so the matcher must check the context. Same word rules and coverage rules as the
// names; empty for a language without a table.
std::span<const JurisdictionName> jurisdiction_adjectives(std::string_view language);

} // namespace pactum::extract
