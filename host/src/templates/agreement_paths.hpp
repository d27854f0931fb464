#pragma once

#include <string_view>

#include "pactum/model/agreement.hpp"
#include "templates/condition.hpp"

namespace pactum::host {

class Vocabulary;

// Resolves the paths conditions use over an Agreement: `terms.NAME` (every value of that term),
// `facts.NAME` (unknown facts resolve as unknown, so a condition on them is undecided) and
// `clauses.KIND` (a clause of that kind or family at or above `min_confidence`). The resolver
// keeps references to its arguments: they must outlive it.
PathResolver agreement_resolver(const Agreement& agreement, const Vocabulary& vocabulary,
                                double min_confidence);

} // namespace pactum::host
