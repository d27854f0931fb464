#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "templates/parameter_spec.hpp"

namespace pactum::host {

struct CanonicalScalar {
  std::string value;
  bool business_days = false;
};

// Turns what a deal wrote for a scalar parameter into its canonical form, or nullopt when it is
// not a value of that type. Friendly inputs are accepted ("15%", "90 days", "GBP 250,000").
std::optional<CanonicalScalar> canonicalize(const ParamSpec& spec, std::string_view input);

// What a parameter of this spec expects, for error messages: "a duration such as P90D or
// \"90 days\"".
std::string expected_text(const ParamSpec& spec);

// Orders two canonical values of one type (numbers, percents, money amounts of one currency,
// durations, dates). nullopt when they cannot be compared.
std::optional<std::strong_ordering> compare_canonical(ParamType type, std::string_view a,
                                                      std::string_view b);

bool is_iso_currency(std::string_view code);
bool is_jurisdiction(std::string_view code);
bool is_iso_date(std::string_view text); // YYYY-MM-DD, a real calendar day
std::string today_iso_date();            // the UTC date now, YYYY-MM-DD

} // namespace pactum::host
