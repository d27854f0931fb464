#include "templates/display.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "pactum/model/duration.hpp"
#include "templates/locale_format.hpp"

namespace pactum::host {
namespace {

// Subdivisions whose law is named differently from the country's.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> special_jurisdictions{{
    {"GB-ENG", "England and Wales"},
    {"GB-WLS", "England and Wales"},
    {"GB-SCT", "Scotland"},
    {"GB-NIR", "Northern Ireland"},
    {"CN", "the People's Republic of China"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 51> us_states{{
    {"AL", "Alabama"},        {"AK", "Alaska"},         {"AZ", "Arizona"},
    {"AR", "Arkansas"},       {"CA", "California"},     {"CO", "Colorado"},
    {"CT", "Connecticut"},    {"DE", "Delaware"},       {"DC", "the District of Columbia"},
    {"FL", "Florida"},        {"GA", "Georgia"},        {"HI", "Hawaii"},
    {"ID", "Idaho"},          {"IL", "Illinois"},       {"IN", "Indiana"},
    {"IA", "Iowa"},           {"KS", "Kansas"},         {"KY", "Kentucky"},
    {"LA", "Louisiana"},      {"ME", "Maine"},          {"MD", "Maryland"},
    {"MA", "Massachusetts"},  {"MI", "Michigan"},       {"MN", "Minnesota"},
    {"MS", "Mississippi"},    {"MO", "Missouri"},       {"MT", "Montana"},
    {"NE", "Nebraska"},       {"NV", "Nevada"},         {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},     {"NM", "New Mexico"},     {"NY", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"},   {"OH", "Ohio"},
    {"OK", "Oklahoma"},       {"OR", "Oregon"},         {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"},   {"SC", "South Carolina"}, {"SD", "South Dakota"},
    {"TN", "Tennessee"},      {"TX", "Texas"},          {"UT", "Utah"},
    {"VT", "Vermont"},        {"VA", "Virginia"},       {"WA", "Washington"},
    {"WV", "West Virginia"},  {"WI", "Wisconsin"},      {"WY", "Wyoming"},
}};

// English names of countries that take "the" in running text.
constexpr std::array<std::string_view, 14> countries_with_article{
    "GB", "US", "PH", "NL", "AE", "BS", "GM", "DO", "CZ", "MV", "MH", "SB", "KM", "CF"};

std::string country_in_text(std::string_view code, std::string_view language) {
  std::string name = country_name(code, language);
  if (language.starts_with("en") &&
      std::ranges::find(countries_with_article, code) != countries_with_article.end()) {
    name.insert(0, "the ");
  }
  return name;
}

std::string seconds_text(std::string_view iso) {
  const auto duration = Duration::parse(iso);
  if (!duration) {
    return std::string(iso);
  }
  const auto seconds = duration->seconds();
  if (seconds % 60 == 0 && seconds >= 60) {
    const auto minutes = seconds / 60;
    return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
  }
  return std::to_string(seconds) + (seconds == 1 ? " second" : " seconds");
}

} // namespace

std::string humanize_id(std::string_view id) {
  std::string out(id);
  for (char& c : out) {
    if (c == '_' || c == '-') {
      c = ' ';
    }
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  }
  return out;
}

std::string jurisdiction_name(std::string_view code, std::string_view language) {
  if (code == "EU") {
    return "the European Union";
  }
  if (code == "EEA") {
    return "the European Economic Area";
  }
  for (const auto& [c, name] : special_jurisdictions) {
    if (c == code) {
      return std::string(name);
    }
  }
  if (code.starts_with("US-")) {
    for (const auto& [state, name] : us_states) {
      if (state == code.substr(3)) {
        return "the State of " + std::string(name);
      }
    }
  }
  return country_in_text(code.substr(0, 2), language);
}

std::string kpi_target_text(std::string_view canonical, std::string_view language) {
  const auto space = canonical.find(' ');
  if (space == std::string_view::npos) {
    return std::string(canonical);
  }
  const std::string_view op = canonical.substr(0, space);
  std::string_view rest = canonical.substr(space + 1);
  std::string within;
  if (const auto at = rest.find(" within "); at != std::string_view::npos) {
    within = " within " + seconds_text(rest.substr(at + 8));
    rest = rest.substr(0, at);
  }
  const std::string words = op == ">="   ? "at least"
                            : op == "<=" ? "at most"
                            : op == ">"  ? "more than"
                                         : "less than";
  const std::string amount =
      rest.starts_with("P") ? seconds_text(rest) : format_percent(rest, language);
  return words + " " + amount + within;
}

ParamType param_type_of_term(std::string_view type) {
  if (type == "list" || type == "cap") {
    return ParamType::string_;
  }
  if (type == "enum") {
    return ParamType::enumeration;
  }
  if (type == "string") {
    return ParamType::string_;
  }
  return parse_param_type(type).value_or(ParamType::string_);
}

std::string display_value(ParamType type, std::string_view canonical, std::string_view language,
                          bool business_days) {
  switch (type) {
  case ParamType::duration:
    return format_duration(canonical, language, business_days);
  case ParamType::money:
    return format_money(canonical, language);
  case ParamType::percent:
    return format_percent(canonical, language);
  case ParamType::date:
    return format_date(canonical, language);
  case ParamType::integer:
    return format_number(canonical, language);
  case ParamType::country:
    return country_in_text(canonical, language);
  case ParamType::jurisdiction:
    return jurisdiction_name(canonical, language);
  case ParamType::kpi_target:
    return kpi_target_text(canonical, language);
  case ParamType::enumeration: {
    std::string out(canonical);
    for (char& c : out) {
      c = c == '_' ? ' ' : c;
    }
    return out;
  }
  default:
    return std::string(canonical);
  }
}

} // namespace pactum::host
