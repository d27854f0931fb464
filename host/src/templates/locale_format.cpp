#include "templates/locale_format.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>

#include <unicode/datefmt.h>
#include <unicode/fieldpos.h>
#include <unicode/gregocal.h>
#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/stringpiece.h>
#include <unicode/timezone.h>
#include <unicode/ucurr.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "pactum/error.hpp"
#include "pactum/model/duration.hpp"

namespace pactum::host {
namespace {

namespace number = icu::number;

enum class Lang : std::size_t { en, da, it, zh };
constexpr std::size_t lang_count = 4;

Lang lang_of(std::string_view language) {
  const std::string_view primary = language.substr(0, language.find_first_of("-_"));
  const auto is = [primary](std::string_view code) {
    return std::equal(primary.begin(), primary.end(), code.begin(), code.end(),
                      [](char a, char b) { return (a | 0x20) == b; });
  };
  if (is("da")) {
    return Lang::da;
  }
  if (is("it")) {
    return Lang::it;
  }
  if (is("zh")) {
    return Lang::zh;
  }
  return Lang::en;
}

const icu::Locale& locale_of(Lang lang) {
  // Built once; ICU allows concurrent const use of a Locale.
  static const std::array<icu::Locale, lang_count> locales{
      icu::Locale("en", "GB"), icu::Locale("da", "DK"), icu::Locale("it", "IT"),
      icu::Locale("zh", "CN")};
  return locales[static_cast<std::size_t>(lang)];
}

// Input is quoted in messages; keep the message one short line whatever the input holds.
std::string quoted(std::string_view text) {
  constexpr std::size_t max_shown = 60;
  std::string out = "'";
  for (const char c : text.substr(0, max_shown)) {
    out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
  }
  out += text.size() > max_shown ? "...'" : "'";
  return out;
}

void check(UErrorCode status, std::string_view what) {
  if (U_FAILURE(status)) {
    throw Error("ICU could not " + std::string(what) + ": " + u_errorName(status));
  }
}

icu::StringPiece piece(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw Error("text too long for ICU: " + std::to_string(text.size()) + " bytes");
  }
  return {text.data(), static_cast<std::int32_t>(text.size())};
}

// How ICU's formatted text leaves this file; the header says why U+202F becomes U+00A0.
std::string finish(icu::UnicodeString text) {
  text.findAndReplace(icu::UnicodeString(u'\u202F'), icu::UnicodeString(u'\u00A0'));
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Checked here rather than left to ICU, which also takes exponents, "NaN" and "Infinity".
std::optional<std::size_t> fraction_digits(std::string_view decimal) {
  std::string_view rest = decimal;
  if (!rest.empty() && rest.front() == '-') {
    rest.remove_prefix(1);
  }
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : rest.substr(point + 1);
  if (whole.empty() || !std::all_of(whole.begin(), whole.end(), is_digit) ||
      (point != std::string_view::npos && fraction.empty()) ||
      !std::all_of(fraction.begin(), fraction.end(), is_digit)) {
    return std::nullopt;
  }
  return fraction.size();
}

// ICU formatters are costly to build; each thread keeps its own so none is shared.
struct Formatters {
  std::unique_ptr<icu::RuleBasedNumberFormat> spellout;
  std::unique_ptr<icu::DateFormat> long_date;
  std::unique_ptr<icu::ListFormatter> and_list;
  std::optional<number::LocalizedNumberFormatter> plain;
  std::optional<number::LocalizedNumberFormatter> percent;
};

Formatters& formatters(Lang lang) {
  thread_local std::array<Formatters, lang_count> cache;
  return cache[static_cast<std::size_t>(lang)];
}

const icu::RuleBasedNumberFormat& spellout_for(Lang lang) {
  auto& slot = formatters(lang).spellout;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    auto made =
        std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale_of(lang), status);
    check(status, "load the spell-out rules");
    slot = std::move(made);
  }
  return *slot;
}

const icu::DateFormat& long_date_for(Lang lang) {
  auto& slot = formatters(lang).long_date;
  if (!slot) {
    std::unique_ptr<icu::DateFormat> made(
        icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale_of(lang)));
    if (!made) {
      throw Error("ICU could not create a long date format");
    }
    // ISO 8601 dates are proleptic Gregorian; ICU's default calendar turns Julian before
    // October 1582 and would print such a date as another day.
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(*icu::TimeZone::getGMT(), locale_of(lang), status);
    check(status, "create a calendar");
    calendar.setGregorianChange(U_DATE_MIN, status);
    check(status, "make the calendar proleptic Gregorian");
    made->setCalendar(calendar);
    // Dates are days, not instants: in UTC the midnight we compute is the day we print.
    made->setTimeZone(*icu::TimeZone::getGMT());
    slot = std::move(made);
  }
  return *slot;
}

const icu::ListFormatter& and_list_for(Lang lang) {
  auto& slot = formatters(lang).and_list;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::ListFormatter> made(icu::ListFormatter::createInstance(
        locale_of(lang), ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, status));
    check(status, "create a list format");
    slot = std::move(made);
  }
  return *slot;
}

const number::LocalizedNumberFormatter& plain_for(Lang lang) {
  auto& slot = formatters(lang).plain;
  if (!slot) {
    // Unlimited: the default would round to six fraction digits.
    slot = number::NumberFormatter::withLocale(locale_of(lang))
               .precision(number::Precision::unlimited());
  }
  return *slot;
}

const number::LocalizedNumberFormatter& percent_for(Lang lang) {
  auto& slot = formatters(lang).percent;
  if (!slot) {
    // A decimal scale, not a multiplication in double, so 0.125 stays exactly 12.5.
    // ROUND_UNNECESSARY makes ICU fail instead of rounding a contractual rate.
    slot = number::NumberFormatter::withLocale(locale_of(lang))
               .unit(icu::NoUnit::percent())
               .scale(number::Scale::powerOfTen(2))
               .precision(number::Precision::maxFraction(2))
               .roundingMode(UNUM_ROUND_UNNECESSARY);
  }
  return *slot;
}

std::string format_decimal(const number::LocalizedNumberFormatter& formatter,
                           std::string_view decimal, std::string_view what) {
  UErrorCode status = U_ZERO_ERROR;
  const number::FormattedNumber formatted = formatter.formatDecimal(piece(decimal), status);
  if (status == U_FORMAT_INEXACT_ERROR) {
    throw Error(std::string(what) + " " + quoted(decimal) + " needs more digits than shown");
  }
  check(status, "format " + std::string(what));
  icu::UnicodeString text = formatted.toString(status);
  check(status, "format " + std::string(what));
  return finish(std::move(text));
}

// --- durations --------------------------------------------------------------------------------

enum class Unit : std::size_t { year, month, week, day, hour, minute, second, business_day };
constexpr std::size_t unit_count = 8;

struct Noun {
  std::string_view one;
  std::string_view other;
  // The spell-out rule set that agrees with the noun's gender ("et år" but "en dag").
  const char16_t* rule_set;
};

struct LangWords {
  std::array<Noun, unit_count> nouns;
  std::string_view perpetual;
  std::string_view open; // around the digits
  std::string_view close;
};

constexpr char16_t en_rules[] = u"%spellout-cardinal-verbose"; // British "hundred and one"
constexpr char16_t da_common[] = u"%spellout-cardinal-common";
constexpr char16_t da_neuter[] = u"%spellout-cardinal-neuter";
constexpr char16_t it_masculine[] = u"%spellout-cardinal-masculine";
constexpr char16_t it_feminine[] = u"%spellout-cardinal-feminine";
constexpr char16_t zh_rules[] = u"%spellout-cardinal"; // 零, not the numbering 〇

const LangWords& words_of(Lang lang) {
  static const std::array<LangWords, lang_count> words{{
      {{{{"year", "years", en_rules},
         {"month", "months", en_rules},
         {"week", "weeks", en_rules},
         {"day", "days", en_rules},
         {"hour", "hours", en_rules},
         {"minute", "minutes", en_rules},
         {"second", "seconds", en_rules},
         {"business day", "business days", en_rules}}},
       "perpetual",
       " (",
       ") "},
      {{{{"år", "år", da_neuter},
         {"måned", "måneder", da_common},
         {"uge", "uger", da_common},
         {"dag", "dage", da_common},
         {"time", "timer", da_common},
         {"minut", "minutter", da_neuter},
         {"sekund", "sekunder", da_neuter},
         {"arbejdsdag", "arbejdsdage", da_common}}},
       "tidsubegrænset",
       " (",
       ") "},
      {{{{"anno", "anni", it_masculine},
         {"mese", "mesi", it_masculine},
         {"settimana", "settimane", it_feminine},
         {"giorno", "giorni", it_masculine},
         {"ora", "ore", it_feminine},
         {"minuto", "minuti", it_masculine},
         {"secondo", "secondi", it_masculine},
         {"giorno lavorativo", "giorni lavorativi", it_masculine}}},
       "a tempo indeterminato",
       " (",
       ") "},
      // Chinese has no plural; 个 is the measure word months and business days need.
      {{{{"年", "年", zh_rules},
         {"个月", "个月", zh_rules},
         {"周", "周", zh_rules},
         {"日", "日", zh_rules},
         {"小时", "小时", zh_rules},
         {"分钟", "分钟", zh_rules},
         {"秒", "秒", zh_rules},
         {"个工作日", "个工作日", zh_rules}}},
       "无固定期限",
       "（",
       "）"},
  }};
  return words[static_cast<std::size_t>(lang)];
}

std::string spell(std::int64_t value, Lang lang, const char16_t* rule_set) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text;
  icu::FieldPosition position;
  spellout_for(lang).format(value, icu::UnicodeString(rule_set), text, position, status);
  check(status, "spell out " + std::to_string(value));
  // Soft hyphens mark where "fireogtyve" may break; they are invisible in print but break
  // searching and comparing the text.
  text.findAndReplace(icu::UnicodeString(u'\u00AD'), icu::UnicodeString());
  return finish(std::move(text));
}

struct Part {
  Unit unit;
  std::int64_t count;
};

// Reads the canonical form Duration produced, so the grammar of durations lives in one place.
std::vector<Part> parts_of(const Duration& duration) {
  const std::string& text = duration.canonical();
  std::vector<Part> parts;
  bool in_time = false;
  std::size_t pos = 1; // after 'P'
  while (pos < text.size()) {
    if (text[pos] == 'T') {
      in_time = true;
      ++pos;
      continue;
    }
    std::int64_t count = 0;
    const auto [end, ec] = std::from_chars(text.data() + pos, text.data() + text.size(), count);
    pos = static_cast<std::size_t>(end - text.data());
    if (ec != std::errc{} || pos >= text.size()) {
      throw Error("cannot read duration " + quoted(text));
    }
    const char letter = text[pos++];
    Unit unit{};
    switch (letter) {
    case 'Y':
      unit = Unit::year;
      break;
    case 'M':
      unit = in_time ? Unit::minute : Unit::month;
      break;
    case 'W':
      unit = Unit::week;
      break;
    case 'D':
      unit = Unit::day;
      break;
    case 'H':
      unit = Unit::hour;
      break;
    case 'S':
      unit = Unit::second;
      break;
    default:
      throw Error("cannot read duration " + quoted(text));
    }
    parts.push_back({unit, count});
  }
  return parts;
}

} // namespace

std::string format_duration(std::string_view canonical, std::string_view language,
                            bool business_days) {
  const std::optional<Duration> duration = Duration::parse(canonical);
  if (!duration) {
    throw Error("not an ISO 8601 duration: " + quoted(canonical));
  }
  const Lang lang = lang_of(language);
  const LangWords& words = words_of(lang);
  if (duration->is_perpetual()) {
    return std::string(words.perpetual);
  }
  std::vector<std::string> rendered;
  for (const Part& part : parts_of(*duration)) {
    Unit unit = part.unit;
    if (business_days) {
      if (unit != Unit::day) {
        throw Error("business days need a duration in days only, not " + quoted(canonical));
      }
      unit = Unit::business_day;
    }
    const Noun& noun = words.nouns[static_cast<std::size_t>(unit)];
    std::string text = spell(part.count, lang, noun.rule_set);
    text += words.open;
    text += format_decimal(plain_for(lang), std::to_string(part.count), "count");
    text += words.close;
    text += part.count == 1 ? noun.one : noun.other;
    rendered.push_back(std::move(text));
  }
  if (lang == Lang::zh) {
    std::string joined;
    for (const std::string& text : rendered) {
      joined += text;
    }
    return joined;
  }
  return join_list(rendered, language);
}

std::string spell_out(std::int64_t value, std::string_view language) {
  const Lang lang = lang_of(language);
  // The day noun carries each language's common (unmarked) gender.
  return spell(value, lang, words_of(lang).nouns[static_cast<std::size_t>(Unit::day)].rule_set);
}

std::string format_money(std::string_view canonical, std::string_view language) {
  const auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (canonical.size() < 5 || !std::all_of(canonical.begin(), canonical.begin() + 3, is_upper) ||
      canonical[3] != ' ') {
    throw Error("not a money amount (\"GBP 250000.00\"): " + quoted(canonical));
  }
  const std::string_view amount = canonical.substr(4);
  const std::optional<std::size_t> given = fraction_digits(amount);
  if (!given) {
    throw Error("not a money amount (\"GBP 250000.00\"): " + quoted(canonical));
  }
  const std::array<char16_t, 4> code{static_cast<char16_t>(canonical[0]),
                                     static_cast<char16_t>(canonical[1]),
                                     static_cast<char16_t>(canonical[2]), u'\0'};
  UErrorCode status = U_ZERO_ERROR;
  if (!ucurr_isAvailable(code.data(), U_DATE_MIN, U_DATE_MAX, &status) || U_FAILURE(status)) {
    throw Error("unknown ISO 4217 currency in " + quoted(canonical));
  }
  const std::int32_t minor = ucurr_getDefaultFractionDigits(code.data(), &status);
  check(status, "look up the currency's minor unit");
  const icu::CurrencyUnit currency(code.data(), status);
  check(status, "create the currency");
  // At least the minor unit ("250,000.00"), and never fewer digits than given: rounding an
  // amount in an agreement would change the agreement.
  // Past ICU's limit of 999 digits ROUND_UNNECESSARY turns the clamp into an error.
  const auto max_digits =
      std::max(minor, static_cast<std::int32_t>(std::min<std::size_t>(*given, 999)));
  const number::LocalizedNumberFormatter formatter =
      number::NumberFormatter::withLocale(locale_of(lang_of(language)))
          .unit(currency)
          .unitWidth(UNUM_UNIT_WIDTH_ISO_CODE)
          .precision(number::Precision::minMaxFraction(minor, max_digits))
          .roundingMode(UNUM_ROUND_UNNECESSARY);
  return format_decimal(formatter, amount, "amount");
}

std::string format_percent(std::string_view canonical, std::string_view language) {
  if (!fraction_digits(canonical)) {
    throw Error("not a decimal fraction (\"0.15\"): " + quoted(canonical));
  }
  return format_decimal(percent_for(lang_of(language)), canonical, "percentage");
}

std::string format_number(std::string_view decimal, std::string_view language) {
  const auto digits = fraction_digits(decimal);
  if (!digits) {
    throw Error("not a decimal number: " + quoted(decimal));
  }
  if (*digits == 0) {
    return format_decimal(plain_for(lang_of(language)), decimal, "number");
  }
  // As many fraction digits as written: a rate of 14.50 stays "14.50" ("14,50" in Danish).
  return format_decimal(plain_for(lang_of(language))
                            .precision(number::Precision::fixedFraction(static_cast<int>(*digits))),
                        decimal, "number");
}

std::string format_date(std::string_view iso_date, std::string_view language) {
  const auto field = [iso_date](std::size_t from, std::size_t length) -> std::optional<int> {
    int value = 0;
    const char* first = iso_date.data() + from;
    const auto [end, ec] = std::from_chars(first, first + length, value);
    if (ec != std::errc{} || end != first + length || *first < '0' || *first > '9') {
      return std::nullopt;
    }
    return value;
  };
  std::optional<int> year;
  std::optional<int> month;
  std::optional<int> day;
  if (iso_date.size() == 10 && iso_date[4] == '-' && iso_date[7] == '-') {
    year = field(0, 4);
    month = field(5, 2);
    day = field(8, 2);
  }
  if (!year || !month || !day) {
    throw Error("not an ISO date (\"2027-03-01\"): " + quoted(iso_date));
  }
  const std::chrono::year_month_day date{std::chrono::year{*year},
                                         std::chrono::month{static_cast<unsigned>(*month)},
                                         std::chrono::day{static_cast<unsigned>(*day)}};
  // Year 0000 would print as "1" (1 BC, with the era left out of the long style).
  if (!date.ok() || *year < 1) {
    throw Error("no such date: " + quoted(iso_date));
  }
  const auto days = std::chrono::sys_days{date}.time_since_epoch().count();
  const UDate midnight = static_cast<UDate>(days) * U_MILLIS_PER_DAY;
  icu::UnicodeString text;
  long_date_for(lang_of(language)).format(midnight, text);
  return finish(std::move(text));
}

bool is_iso_country(std::string_view code) {
  if (code.size() != 2) {
    return false;
  }
  for (const char* const* known = uloc_getISOCountries(); *known != nullptr; ++known) {
    if (code == *known) {
      return true;
    }
  }
  return false;
}

std::string country_name(std::string_view code, std::string_view language) {
  if (!is_iso_country(code)) {
    throw Error("not an ISO 3166-1 alpha-2 country code: " + quoted(code));
  }
  const std::string region(code);
  const icu::Locale country("", region.c_str());
  icu::UnicodeString name;
  country.getDisplayCountry(locale_of(lang_of(language)), name);
  if (name.isEmpty()) {
    throw Error("ICU has no name for country " + quoted(code));
  }
  return finish(std::move(name));
}

std::string language_name(std::string_view code, std::string_view language) {
  const std::string subject(code);
  icu::UnicodeString name;
  icu::Locale(subject.c_str()).getDisplayLanguage(locale_of(lang_of(language)), name);
  if (name.isEmpty() || name == icu::UnicodeString::fromUTF8(piece(subject))) {
    throw Error("ICU has no name for language " + quoted(code));
  }
  return finish(std::move(name));
}

std::string join_list(const std::vector<std::string>& items, std::string_view language) {
  if (items.empty()) {
    return {};
  }
  if (items.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw Error("too many items to join: " + std::to_string(items.size()));
  }
  std::vector<icu::UnicodeString> texts;
  texts.reserve(items.size());
  for (const std::string& item : items) {
    texts.push_back(icu::UnicodeString::fromUTF8(piece(item)));
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString joined;
  and_list_for(lang_of(language))
      .format(texts.data(), static_cast<std::int32_t>(texts.size()), joined, status);
  check(status, "join a list");
  // Not finish(): the items are the caller's text and come back as given.
  std::string out;
  joined.toUTF8String(out);
  return out;
}

} // namespace pactum::host
