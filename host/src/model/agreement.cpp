#include "pactum/model/agreement.hpp"

#include <algorithm>

namespace pactum {

bool kind_matches(std::string_view kind, std::string_view pattern) noexcept {
  if (pattern.ends_with(".*")) {
    const std::string_view parent = pattern.substr(0, pattern.size() - 1); // keeps the dot
    return kind.size() > parent.size() && kind.starts_with(parent);
  }
  return kind == pattern;
}

const Party* Agreement::party(PartyRole role) const noexcept {
  const auto found =
      std::ranges::find_if(parties, [role](const Party& p) { return p.role == role; });
  return found == parties.end() ? nullptr : &*found;
}

std::vector<ClauseRef> Agreement::clauses(std::string_view pattern, double min_confidence) const {
  std::vector<ClauseRef> found;
  for (const Document& document : documents) {
    for (const Clause& clause : document.clauses) {
      if (clause.confidence >= min_confidence && kind_matches(clause.kind, pattern)) {
        found.push_back({&document, &clause});
      }
    }
  }
  return found;
}

bool Agreement::has_clause(std::string_view pattern, double min_confidence) const {
  return std::ranges::any_of(documents, [&](const Document& document) {
    return std::ranges::any_of(document.clauses, [&](const Clause& clause) {
      return clause.confidence >= min_confidence && kind_matches(clause.kind, pattern);
    });
  });
}

const Term* Agreement::term(std::string_view name, std::string_view qualifier) const {
  const auto found = std::ranges::find_if(terms, [&](const Term& t) {
    return t.name == name && (qualifier.empty() || t.qualifier == qualifier);
  });
  return found == terms.end() ? nullptr : &*found;
}

} // namespace pactum
