#include "pactum/model/facts.hpp"

#include <algorithm>

namespace pactum {

Tri FactSet::contains(std::string_view code) const {
  if (!known) {
    return Tri::unknown;
  }
  return tri_from_bool(std::ranges::find(values, code) != values.end());
}

Tri FactSet::contains_any(std::span<const std::string> codes) const {
  if (!known) {
    return Tri::unknown;
  }
  return tri_from_bool(std::ranges::any_of(
      codes, [this](const std::string& code) { return contains(code) == Tri::yes; }));
}

} // namespace pactum
