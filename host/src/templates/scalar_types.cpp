#include "templates/scalar_types.hpp"

#include <chrono>
#include <cstdio>

#include <unicode/ucurr.h>

#include <algorithm>
#include <array>
#include <charconv>

#include <re2/re2.h>

#include "pactum/model/duration.hpp"
#include "templates/decimal.hpp"
#include "templates/locale_format.hpp"

namespace pactum::host {
namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

bool all_upper(std::string_view text, std::size_t size) {
  return text.size() == size &&
         std::ranges::all_of(text, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "90 days", "3 months", "1 year", "24 hours", "10 business days", or ISO 8601.
std::optional<CanonicalScalar> parse_duration(std::string_view input) {
  const std::string text = trim(input);
  if (const auto iso = Duration::parse(text)) {
    return CanonicalScalar{iso->canonical(), false};
  }
  static const RE2 words(
      R"((\d{1,6})\s*(business\s+days?|working\s+days?|days?|weeks?|months?|years?|hours?|minutes?|mins?|seconds?|secs?|s|h|d))");
  std::string count;
  std::string unit;
  if (!RE2::FullMatch(lower(text), words, &count, &unit)) {
    return std::nullopt;
  }
  const bool business = unit.starts_with("business") || unit.starts_with("working");
  std::string iso;
  if (business || unit.starts_with("d")) {
    iso = "P" + count + "D";
  } else if (unit.starts_with("w")) {
    iso = "P" + count + "W";
  } else if (unit.starts_with("mo")) {
    iso = "P" + count + "M";
  } else if (unit.starts_with("y")) {
    iso = "P" + count + "Y";
  } else if (unit.starts_with("h")) {
    iso = "PT" + count + "H";
  } else if (unit.starts_with("mi")) {
    iso = "PT" + count + "M";
  } else {
    iso = "PT" + count + "S";
  }
  const auto parsed = Duration::parse(iso);
  if (!parsed) {
    return std::nullopt;
  }
  return CanonicalScalar{parsed->canonical(), business};
}

std::optional<std::string> parse_percent(std::string_view input) {
  std::string text = trim(input);
  bool percent_sign = false;
  if (!text.empty() && text.back() == '%') {
    percent_sign = true;
    text = trim(std::string_view(text).substr(0, text.size() - 1));
  }
  const auto number = Decimal::parse(text);
  if (!number) {
    return std::nullopt;
  }
  return (percent_sign ? number->divided_by_100() : *number).to_string(2);
}

std::optional<std::string> parse_money(std::string_view input) {
  const std::string text = trim(input);
  const auto space = text.find(' ');
  if (space == std::string::npos) {
    return std::nullopt;
  }
  const std::string code = text.substr(0, space);
  const auto amount = Decimal::parse(trim(std::string_view(text).substr(space + 1)), true);
  if (!is_iso_currency(code) || !amount) {
    return std::nullopt;
  }
  const auto scaled = amount->with_scale(2);
  if (!scaled) {
    return std::nullopt;
  }
  return code + " " + *scaled;
}

bool valid_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return false;
  }
  int year = 0;
  int month = 0;
  int day = 0;
  const auto number = [](std::string_view digits, int& out) {
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return ec == std::errc{} && end == digits.data() + digits.size();
  };
  if (!number(text.substr(0, 4), year) || !number(text.substr(5, 2), month) ||
      !number(text.substr(8, 2), day) || year < 1900 || year > 2200 || month < 1 || month > 12) {
    return false;
  }
  constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int in_month = days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day >= 1 && day <= in_month;
}

// "80% in 20 s", ">= 72%", "<= 5%", "<= 30 s", "at least 85%": canonical
// ">= 0.80 within PT20S", ">= 0.72", "<= 0.05", "<= PT30S".
std::optional<std::string> parse_kpi_target(std::string_view input) {
  static const RE2 target(
      R"((>=|<=|>|<|≥|≤|at least|at most|no more than|no less than)?\s*(\d{1,6}(?:\.\d{1,4})?)\s*(%|s|sec|secs|seconds|min|mins|minutes)?(?:\s+(?:in|within)\s+(\d{1,5})\s*(s|sec|secs|seconds|min|mins|minutes))?)");
  std::string op;
  std::string number;
  std::string unit;
  std::string within;
  std::string within_unit;
  if (!RE2::FullMatch(lower(trim(input)), target, &op, &number, &unit, &within, &within_unit)) {
    return std::nullopt;
  }
  if (op == "≥" || op == "at least" || op == "no less than") {
    op = ">=";
  } else if (op == "≤" || op == "at most" || op == "no more than") {
    op = "<=";
  }
  std::string value;
  if (unit == "%") {
    value = *parse_percent(number + "%");
    if (op.empty()) {
      op = ">=";
    }
  } else if (unit.empty()) {
    return std::nullopt; // a bare number says nothing measurable
  } else {
    const auto duration = parse_duration(number + " " + unit);
    if (!duration || number.find('.') != std::string::npos) {
      return std::nullopt;
    }
    value = duration->value;
    if (op.empty()) {
      op = "<=";
    }
  }
  std::string canonical = op + " " + value;
  if (!within.empty()) {
    if (unit != "%") {
      return std::nullopt;
    }
    const auto limit = parse_duration(within + " " + within_unit);
    if (!limit) {
      return std::nullopt;
    }
    canonical += " within " + limit->value;
  }
  return canonical;
}

} // namespace

bool is_iso_currency(std::string_view code) {
  if (!all_upper(code, 3)) {
    return false;
  }
  std::array<UChar, 4> iso{static_cast<UChar>(code[0]), static_cast<UChar>(code[1]),
                           static_cast<UChar>(code[2]), 0};
  UErrorCode status = U_ZERO_ERROR;
  const bool available = ucurr_isAvailable(iso.data(), U_DATE_MIN, U_DATE_MAX, &status) != 0;
  return U_SUCCESS(status) && available;
}

bool is_iso_date(std::string_view text) {
  return valid_date(text);
}

std::string today_iso_date() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

bool is_jurisdiction(std::string_view code) {
  if (code == "EU" || code == "EEA") {
    return true;
  }
  const std::string_view country = code.substr(0, 2);
  if (!all_upper(country, 2) || !is_iso_country(country)) {
    return false;
  }
  if (code.size() == 2) {
    return true;
  }
  const std::string_view subdivision = code.substr(2);
  return subdivision.size() >= 2 && subdivision.size() <= 4 && subdivision[0] == '-' &&
         std::ranges::all_of(subdivision.substr(1), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

std::optional<CanonicalScalar> canonicalize(const ParamSpec& spec, std::string_view input) {
  const auto plain = [](std::optional<std::string> value) -> std::optional<CanonicalScalar> {
    if (!value) {
      return std::nullopt;
    }
    return CanonicalScalar{std::move(*value), false};
  };
  switch (spec.type) {
  case ParamType::string_:
    return CanonicalScalar{std::string(input), false};
  case ParamType::integer: {
    const auto number = Decimal::parse(trim(input));
    if (!number || !number->is_integer() || trim(input).find('.') != std::string::npos) {
      return std::nullopt;
    }
    return CanonicalScalar{number->to_string(), false};
  }
  case ParamType::decimal: {
    const auto number = Decimal::parse(trim(input));
    // Decimals keep the scale they were written with: a rate of 14.50 stays 14.50.
    return number ? std::optional<CanonicalScalar>(
                        CanonicalScalar{number->to_string(number->scale()), false})
                  : std::nullopt;
  }
  case ParamType::percent:
    return plain(parse_percent(input));
  case ParamType::money:
    return plain(parse_money(input));
  case ParamType::duration:
    return parse_duration(input);
  case ParamType::date:
    return valid_date(trim(input)) ? std::optional<CanonicalScalar>({trim(input), false})
                                   : std::nullopt;
  case ParamType::enumeration: {
    const std::string text = trim(input);
    return std::ranges::find(spec.values, text) != spec.values.end()
               ? std::optional<CanonicalScalar>({text, false})
               : std::nullopt;
  }
  case ParamType::country: {
    const std::string text = trim(input);
    return all_upper(text, 2) && is_iso_country(text)
               ? std::optional<CanonicalScalar>({text, false})
               : std::nullopt;
  }
  case ParamType::jurisdiction: {
    const std::string text = trim(input);
    return is_jurisdiction(text) ? std::optional<CanonicalScalar>({text, false}) : std::nullopt;
  }
  case ParamType::currency: {
    const std::string text = trim(input);
    return is_iso_currency(text) ? std::optional<CanonicalScalar>({text, false}) : std::nullopt;
  }
  case ParamType::boolean: {
    const std::string text = trim(input);
    return text == "true" || text == "false" ? std::optional<CanonicalScalar>({text, false})
                                             : std::nullopt;
  }
  case ParamType::kpi_target:
    return plain(parse_kpi_target(input));
  case ParamType::list:
  case ParamType::object:
    return std::nullopt;
  }
  return std::nullopt;
}

std::string expected_text(const ParamSpec& spec) {
  switch (spec.type) {
  case ParamType::string_:
    return "text";
  case ParamType::integer:
    return "a whole number";
  case ParamType::decimal:
    return "a decimal number such as 14.50";
  case ParamType::percent:
    return "a percentage such as 15% or 0.15";
  case ParamType::money:
    return "an amount with its currency code such as GBP 250000";
  case ParamType::duration:
    return "a duration such as P90D or \"90 days\"";
  case ParamType::date:
    return "a date such as 2027-03-01";
  case ParamType::enumeration: {
    std::string out = "one of ";
    for (std::size_t i = 0; i < spec.values.size(); ++i) {
      out += (i == 0 ? "" : ", ") + spec.values[i];
    }
    return out;
  }
  case ParamType::country:
    return "an ISO 3166-1 country code such as GB";
  case ParamType::jurisdiction:
    return "a jurisdiction code such as GB-ENG, US-NY, DK or EU";
  case ParamType::currency:
    return "an ISO 4217 currency code such as GBP";
  case ParamType::boolean:
    return "true or false";
  case ParamType::kpi_target:
    return "a KPI target such as \"80% in 20 s\", \">= 72%\" or \"<= 30 s\"";
  case ParamType::list:
    return "a list";
  case ParamType::object:
    return "a map of fields";
  }
  return "a value";
}

std::optional<std::strong_ordering> compare_canonical(ParamType type, std::string_view a,
                                                      std::string_view b) {
  switch (type) {
  case ParamType::integer:
  case ParamType::decimal:
  case ParamType::percent: {
    const auto x = Decimal::parse(a);
    const auto y = Decimal::parse(b);
    if (!x || !y) {
      return std::nullopt;
    }
    return *x <=> *y;
  }
  case ParamType::money: {
    // Amounts compare only within one currency; a bound may be a bare amount.
    const auto amount = [](std::string_view m) {
      const auto space = m.find(' ');
      return space == std::string_view::npos ? m : m.substr(space + 1);
    };
    const auto currency = [](std::string_view m) {
      const auto space = m.find(' ');
      return space == std::string_view::npos ? std::string_view{} : m.substr(0, space);
    };
    if (!currency(a).empty() && !currency(b).empty() && currency(a) != currency(b)) {
      return std::nullopt;
    }
    const auto x = Decimal::parse(amount(a));
    const auto y = Decimal::parse(amount(b));
    if (!x || !y) {
      return std::nullopt;
    }
    return *x <=> *y;
  }
  case ParamType::duration: {
    const auto x = Duration::parse(a);
    const auto y = Duration::parse(b);
    if (!x || !y) {
      return std::nullopt;
    }
    return *x <=> *y;
  }
  case ParamType::date:
    return a <=> b; // ISO dates order as text
  default:
    return std::nullopt;
  }
}

} // namespace pactum::host
