#include "templates/display.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "pactum/model/duration.hpp"
#include "templates/locale_format.hpp"

namespace pactum::host {
namespace {

// Jurisdictions whose law is named differently from the country's (the law of England and
// Wales, not of the United Kingdom), and the EU and EEA, in each template language.
struct JurisdictionName {
  std::string_view code, en, da, it, zh;
};
constexpr std::array<JurisdictionName, 7> special_jurisdictions{{
    {"GB-ENG", "England and Wales", "England og Wales", "Inghilterra e Galles", "英格兰和威尔士"},
    {"GB-WLS", "England and Wales", "England og Wales", "Inghilterra e Galles", "英格兰和威尔士"},
    {"GB-SCT", "Scotland", "Skotland", "Scozia", "苏格兰"},
    {"GB-NIR", "Northern Ireland", "Nordirland", "Irlanda del Nord", "北爱尔兰"},
    {"CN", "the People's Republic of China", "Folkerepublikken Kina", "Repubblica Popolare Cinese",
     "中华人民共和国"},
    {"EU", "the European Union", "Den Europæiske Union", "Unione europea", "欧洲联盟"},
    {"EEA", "the European Economic Area", "Det Europæiske Økonomiske Samarbejdsområde",
     "Spazio economico europeo", "欧洲经济区"},
}};

std::string_view in_language(const JurisdictionName& name, std::string_view language) {
  if (language.starts_with("da")) {
    return name.da;
  }
  if (language.starts_with("it")) {
    return name.it;
  }
  if (language.starts_with("zh")) {
    return name.zh;
  }
  return name.en;
}

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

// The words of a KPI target in each language the templates are written in; English for any
// other.
struct TargetWords {
  std::string_view at_least, at_most, more_than, less_than;
  std::string_view second, seconds, minute, minutes;
};

const TargetWords& target_words(std::string_view language) {
  static constexpr TargetWords english{"at least", "at most",  "more than", "less than",
                                       " second",  " seconds", " minute",   " minutes"};
  static constexpr TargetWords danish{"mindst",  "højst",     "mere end", "mindre end",
                                      " sekund", " sekunder", " minut",   " minutter"};
  static constexpr TargetWords italian{"almeno",   "al massimo", "più di",  "meno di",
                                       " secondo", " secondi",   " minuto", " minuti"};
  static constexpr TargetWords chinese{"不低于", "不高于", "高于", "低于",
                                       "秒",     "秒",     "分钟", "分钟"};
  if (language.starts_with("da")) {
    return danish;
  }
  if (language.starts_with("it")) {
    return italian;
  }
  if (language.starts_with("zh")) {
    return chinese;
  }
  return english;
}

std::string seconds_text(std::string_view iso, const TargetWords& words) {
  const auto duration = Duration::parse(iso);
  if (!duration) {
    return std::string(iso);
  }
  const auto seconds = duration->seconds();
  if (seconds % 60 == 0 && seconds >= 60) {
    const auto minutes = seconds / 60;
    return std::to_string(minutes) + std::string(minutes == 1 ? words.minute : words.minutes);
  }
  return std::to_string(seconds) + std::string(seconds == 1 ? words.second : words.seconds);
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
  for (const JurisdictionName& name : special_jurisdictions) {
    if (name.code == code) {
      return std::string(in_language(name, language));
    }
  }
  if (code.starts_with("US-")) {
    for (const auto& [state, name] : us_states) {
      if (state == code.substr(3)) {
        const std::string state_name(name);
        if (language.starts_with("da")) {
          return "staten " + state_name;
        }
        if (language.starts_with("it")) {
          return "Stato di " + state_name;
        }
        if (language.starts_with("zh")) {
          return "美国" + state_name + "州";
        }
        return "the State of " + state_name;
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
  const TargetWords& words = target_words(language);
  const std::string_view op = canonical.substr(0, space);
  std::string_view rest = canonical.substr(space + 1);
  std::string within;
  if (const auto at = rest.find(" within "); at != std::string_view::npos) {
    within = seconds_text(rest.substr(at + 8), words);
    rest = rest.substr(0, at);
  }
  const std::string_view comparison = op == ">="   ? words.at_least
                                      : op == "<=" ? words.at_most
                                      : op == ">"  ? words.more_than
                                                   : words.less_than;
  const std::string amount =
      rest.starts_with("P") ? seconds_text(rest, words) : format_percent(rest, language);
  if (within.empty()) {
    return std::string(comparison) + (language.starts_with("zh") ? "" : " ") + amount;
  }
  if (language.starts_with("zh")) {
    return within + "内" + std::string(comparison) + amount; // "60秒内不低于80%"
  }
  const std::string_view within_word = language.starts_with("da")   ? " inden for "
                                       : language.starts_with("it") ? " entro "
                                                                    : " within ";
  return std::string(comparison) + " " + amount + std::string(within_word) + within;
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
  case ParamType::decimal:
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
