#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pactum::host {

// Calendar arithmetic on ISO 8601 dates (YYYY-MM-DD, proleptic Gregorian), for plans whose
// items fall due a number of days before or after an event. Each returns nullopt for a text
// that is not a real calendar day.

std::optional<std::string> add_days(std::string_view iso_date, long days);
// Adds one ISO 8601 duration in days, weeks, months or years ("P90D", "P12W", "P3M", "P1Y").
// A month added to 31 January is the last day of February, as contracts count.
std::optional<std::string> add_duration(std::string_view iso_date, std::string_view duration);
// Days from `from` to `to` (negative when `to` is earlier).
std::optional<long> days_between(std::string_view from, std::string_view to);

} // namespace pactum::host
