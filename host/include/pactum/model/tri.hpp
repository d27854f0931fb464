#pragma once

#include <string_view>

#include "pactum/export.hpp"

namespace pactum {

// A fact is known true, known false, or unknown. Rules that need an unknown fact report
// `undetermined` rather than guessing.
enum class Tri { unknown, yes, no };

PACTUM_EXPORT std::string_view to_string(Tri value) noexcept;

constexpr Tri tri_from_bool(bool value) noexcept {
  return value ? Tri::yes : Tri::no;
}

} // namespace pactum
