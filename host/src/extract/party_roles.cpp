#include "extract/party_roles.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include <re2/re2.h>

#include "extract/value_parsers.hpp"

namespace pactum::host {
namespace {

struct RoleWord {
  std::string_view word;
  PartyRole role;
};

// Defined terms and the role they give. "Company", "Licensee", "Distributor" and the like say
// nothing about who provides the services, so they are left to the counterpart rule.
constexpr std::array<RoleWord, 22> role_words = {{
    {"Client", PartyRole::client},
    {"Customer", PartyRole::client},
    {"Buyer", PartyRole::client},
    {"Purchaser", PartyRole::client},
    {"Principal", PartyRole::client},
    {"Recipient", PartyRole::client},
    {"Provider", PartyRole::provider},
    {"Service Provider", PartyRole::provider},
    {"Services Provider", PartyRole::provider},
    {"Supplier", PartyRole::provider},
    {"Vendor", PartyRole::provider},
    {"Contractor", PartyRole::provider},
    {"Subcontractor", PartyRole::provider},
    {"Consultant", PartyRole::provider},
    {"Seller", PartyRole::provider},
    {"Processor", PartyRole::provider},
    {"Servicer", PartyRole::provider},
    {"Agency", PartyRole::provider},
    {"Outsourcing Provider", PartyRole::provider},
    {"Manufacturer", PartyRole::provider},
    {"Developer", PartyRole::provider},
    {"Operator", PartyRole::provider},
}};

PartyRole role_of(std::string_view term) {
  for (const RoleWord& entry : role_words) {
    if (term == entry.word) {
      return entry.role;
    }
  }
  // "BPO Provider", "Call Centre Supplier": the last word decides.
  const auto space = term.rfind(' ');
  if (space != std::string_view::npos) {
    const std::string_view last = term.substr(space + 1);
    for (const RoleWord& entry : role_words) {
      if (last == entry.word) {
        return entry.role;
      }
    }
  }
  return PartyRole::unknown;
}

// A company name ends in its legal form ("Acme Ltd", "Bayview Contact Solutions Inc.").
bool looks_like_company(std::string_view name) {
  static const RE2 company(
      R"(\b(?:Inc|INC|Incorporated|LLC|L\.L\.C|Ltd|LTD|Limited|LIMITED|Corp|CORP|Corporation|CORPORATION|Company|COMPANY|Co|CO|plc|PLC|GmbH|AG|S\.A|SA|S\.p\.A|SpA|S\.r\.l|Srl|A/S|ApS|B\.V|N\.V|L\.P|LP|LLP|Pte|Pty|Bhd|AB|Oy|AS|K\.K|Trust|Bank)\.?\)?\s*$)");
  return RE2::PartialMatch(name, company);
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view space = " \t\r\n,;:\"'\xC2\xA0";
  const auto first = text.find_first_not_of(space);
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(space);
  return text.substr(first, last - first + 1);
}

// The party's name: the words in front of the parenthesis, back to "between", a line break or
// the previous definition, up to the first comma ("Acme Ltd, a company ..."). Returns the name
// and where the words after it (the incorporation wording) begin.
std::pair<std::string_view, std::size_t> name_before(std::string_view text, std::size_t paren) {
  const std::size_t from = paren > 300 ? paren - 300 : 0;
  std::string_view before = text.substr(from, paren - from);
  std::size_t cut = 0;
  for (const std::string_view marker :
       {std::string_view("between"), std::string_view("BETWEEN"), std::string_view("Between"),
        std::string_view("\n"), std::string_view(")"), std::string_view("among"),
        std::string_view("AMONG"), std::string_view(":"), std::string_view(";")}) {
    const auto at = before.rfind(marker);
    if (at != std::string_view::npos) {
      cut = std::max(cut, at + marker.size());
    }
  }
  std::size_t start = cut;
  while (start < before.size() && (before[start] == ' ' || before[start] == ',' ||
                                   before[start] == '\t' || before[start] == '\r')) {
    ++start;
  }
  for (const std::string_view conjunction : {std::string_view("and "), std::string_view("AND ")}) {
    if (before.substr(start).starts_with(conjunction)) {
      start += conjunction.size();
    }
  }
  before = before.substr(start);
  const auto comma = before.find(',');
  const std::string_view name =
      trim(comma == std::string_view::npos ? before : before.substr(0, comma));
  const std::size_t rest = from + start + (comma == std::string_view::npos ? before.size() : comma);
  // A name of a party is short; anything longer is a sentence that happened to precede a
  // definition.
  return {name.size() > 120 ? std::string_view{} : name, rest};
}

std::string country_of(std::string_view incorporation, std::string_view language) {
  static const RE2 organised(
      R"((?i)(?:organi[sz]ed|incorporated|registered|existing|formed|established)\s+(?:and\s+existing\s+)?(?:under|in|pursuant\s+to)\s+(?:the\s+laws?\s+of\s+)?([^,;()]{2,60}))");
  static const RE2 formed(
      R"(\b(?:a|an)\s+((?:[A-Z][A-Za-z]+\s+){1,3})(?i:corporation|company|limited\s+liability|limited\s+partnership|partnership|public\s+limited|private\s+limited|societ|entity|business\s+trust|bank))");
  std::string place;
  if (!RE2::PartialMatch(incorporation, organised, &place) &&
      !RE2::PartialMatch(incorporation, formed, &place)) {
    return {};
  }
  const auto found = extract::find_jurisdiction(place, language);
  if (!found) {
    return {};
  }
  return found->value.substr(0, found->value.find('-'));
}

} // namespace

std::vector<Party> find_parties(std::string_view text, std::string_view language) {
  // Parties are defined at the start; a long recital section can push the second one down.
  const std::string_view opening = text.substr(0, std::min<std::size_t>(text.size(), 12000));
  static const RE2 definition(
      R"(\(\s*(?:(?i:each|individually|collectively|together|jointly)[^"“”()]{0,30})?(?:(?i:hereinafter|herein|hereafter)[^"“”()]{0,30})?(?i:the\s+)?["“”]+([A-Z][A-Za-z0-9&.\- ]{1,40}?)["“”]+)");
  std::vector<Party> parties;
  re2::StringPiece input(opening.data(), opening.size());
  std::string term;
  while (parties.size() < 4 && RE2::FindAndConsume(&input, definition, &term)) {
    const std::size_t match_end = static_cast<std::size_t>(input.data() - opening.data());
    const std::size_t paren = opening.rfind('(', match_end - 1);
    if (paren == std::string_view::npos) {
      continue;
    }
    const auto [name, incorporation] = name_before(opening, paren);
    const PartyRole role = role_of(term);
    if (role == PartyRole::unknown && !looks_like_company(name)) {
      continue; // ("Agreement"), ("Effective Date"), ("Services")
    }
    if (std::ranges::any_of(parties, [&](const Party& p) { return p.defined_term == term; })) {
      continue;
    }
    Party party;
    party.name = std::string(name.empty() ? std::string_view(term) : name);
    party.defined_term = term;
    party.role = role;
    party.country = country_of(opening.substr(incorporation, paren - incorporation), language);
    parties.push_back(std::move(party));
  }
  const auto count = [&](PartyRole role) {
    return std::ranges::count(parties, role, &Party::role);
  };
  if (count(PartyRole::client) == 1 && count(PartyRole::provider) == 0 &&
      count(PartyRole::unknown) == 1) {
    std::ranges::find(parties, PartyRole::unknown, &Party::role)->role = PartyRole::provider;
  } else if (count(PartyRole::provider) == 1 && count(PartyRole::client) == 0 &&
             count(PartyRole::unknown) == 1) {
    std::ranges::find(parties, PartyRole::unknown, &Party::role)->role = PartyRole::client;
  }
  for (Party& party : parties) {
    if (party.role == PartyRole::unknown) {
      party.role = PartyRole::other;
    }
  }
  return parties;
}

PartyRole sentence_party(std::string_view sentence, const std::vector<Party>& parties) {
  static const RE2 modal(
      R"(^\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,]{0,60},\s*)?(?:may|shall|will|can|must|is\s+entitled|are\s+entitled|has\s+the\s+right|have\s+the\s+right|reserves\s+the\s+right|is\s+permitted|shall\s+be\s+entitled|shall\s+have\s+the\s+right)\b)");
  static const RE2 mutual(
      R"((?i)\b(?:either\s+party|each\s+party|both\s+parties|any\s+party|a\s+party|the\s+parties|either\s+of\s+the\s+parties|each\s+of\s+the\s+parties)\b)");
  struct Mention {
    std::size_t at;
    std::size_t end;
    PartyRole role;
  };
  std::vector<Mention> mentions;
  for (const Party& party : parties) {
    if (party.defined_term.empty()) {
      continue;
    }
    std::size_t at = 0;
    while ((at = sentence.find(party.defined_term, at)) != std::string_view::npos) {
      const std::size_t end = at + party.defined_term.size();
      const bool whole =
          (at == 0 || !std::isalnum(static_cast<unsigned char>(sentence[at - 1]))) &&
          (end == sentence.size() || !std::isalnum(static_cast<unsigned char>(sentence[end])));
      if (whole) {
        mentions.push_back({at, end, party.role});
      }
      at = end;
    }
  }
  re2::StringPiece rest(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&rest, mutual)) {
    const std::size_t end = static_cast<std::size_t>(rest.data() - sentence.data());
    mentions.push_back({end, end, PartyRole::mutual});
  }
  std::ranges::sort(mentions, {}, &Mention::at);
  for (const Mention& mention : mentions) {
    // "the Supplier's obligations": a possessive is not the subject.
    if (RE2::PartialMatch(sentence.substr(mention.end, 80), modal)) {
      return mention.role;
    }
  }
  return PartyRole::unknown;
}

} // namespace pactum::host
