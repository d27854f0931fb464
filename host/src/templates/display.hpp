#pragma once

#include <string>
#include <string_view>

#include "templates/parameter_spec.hpp"

namespace pactum::host {

// How a canonical value reads in agreement text, in one language: durations in legal style,
// money and percentages per locale, countries and jurisdictions by name.
std::string display_value(ParamType type, std::string_view canonical, std::string_view language,
                          bool business_days = false);

// "England and Wales" for GB-ENG, "the State of New York" for US-NY, a country's name otherwise.
std::string jurisdiction_name(std::string_view code, std::string_view language);

// ">= 0.80 within PT20S" → "at least 80% within 20 seconds".
std::string kpi_target_text(std::string_view canonical, std::string_view language);

// "first_contact_resolution" → "First contact resolution".
std::string humanize_id(std::string_view id);

// The parameter type a term of the vocabulary type `type` is handled as.
ParamType param_type_of_term(std::string_view type);

} // namespace pactum::host
