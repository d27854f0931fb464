#include "extract/value_parsers.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <utility>

#include "extract/jurisdiction_names.hpp"
#include "extract/number_words.hpp"
#include "text/utf8.hpp"

namespace pactum::extract {
namespace {

// ---------------------------------------------------------------------------------------------
// Tokens: words, numbers and punctuation with their byte ranges. Every Unicode dash, quote and
// blank a word processor may produce is folded here into one ASCII mark, so the parsers below
// only ever see '-', '\'', '"' and ' '.

enum class Kind : std::uint8_t { word, number, mark };

// Marks that stand for non-ASCII signs.
constexpr char euro_mark = 'E';
constexpr char pound_mark = 'L';
constexpr char yen_mark = 'Y';
constexpr char times_mark = 'x';
constexpr char other_mark = '?';

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  Kind kind = Kind::mark;
  char mark = 0;
  bool space_before = false;
};

bool is_ascii_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// What a non-ASCII code point is to the tokeniser.
enum class Class : std::uint8_t { letter, ideograph, space, mark };

std::pair<Class, char> classify(char32_t c) {
  switch (c) {
  case 0x00A0: // no-break space
  case 0x1680:
  case 0x202F: // narrow no-break space
  case 0x205F:
  case 0x3000:
  case 0xFEFF: // a byte order mark inside pasted text
  case 0x200B: // zero width space
    return {Class::space, ' '};
  case 0x2010: // hyphen
  case 0x2011: // non-breaking hyphen
  case 0x2012: // figure dash
  case 0x2013: // en dash
  case 0x2014: // em dash
  case 0x2015:
  case 0x2212: // minus
  case 0xFE63:
  case 0xFF0D:
    return {Class::mark, '-'};
  case 0x2018:
  case 0x2019:
  case 0x201B:
  case 0x02BC:
  case 0x2032:
    return {Class::mark, '\''};
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x201F:
  case 0x00AB:
  case 0x00BB:
    return {Class::mark, '"'};
  case 0x20AC:
    return {Class::mark, euro_mark};
  case 0x00A3:
    return {Class::mark, pound_mark};
  case 0x00A5:
    return {Class::mark, yen_mark};
  case 0x00D7:
    return {Class::mark, times_mark};
  case 0xFF05:
    return {Class::mark, '%'};
  case 0xFF08:
    return {Class::mark, '('};
  case 0xFF09:
    return {Class::mark, ')'};
  default:
    break;
  }
  if ((c >= 0x2000 && c <= 0x200A)) {
    return {Class::space, ' '};
  }
  if ((c >= 0x0080 && c <= 0x00BF) || c == 0x00F7 || (c >= 0x2000 && c <= 0x2BFF) ||
      (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF20) ||
      (c >= 0xFE30 && c <= 0xFE6F)) {
    return {Class::mark, other_mark};
  }
  // Chinese and Japanese are written without blanks: each ideograph is a word of its own so
  // that their tables can later list single characters and short compounds.
  if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
      (c >= 0xF900 && c <= 0xFAFF)) {
    return {Class::ideograph, 0};
  }
  return {Class::letter, 0};
}

// The end of the number starting at `i`: digits, thousands groups ("5,000,000": a comma is
// taken only before exactly three digits) and one decimal fraction ("12.5").
std::size_t scan_number(std::string_view text, std::size_t i) {
  while (i < text.size() && is_digit(text[i])) {
    ++i;
  }
  while (i + 3 < text.size() && text[i] == ',' && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
         is_digit(text[i + 3]) && (i + 4 == text.size() || !is_digit(text[i + 4]))) {
    i += 4;
  }
  if (i + 1 < text.size() && text[i] == '.' && is_digit(text[i + 1])) {
    ++i;
    while (i < text.size() && is_digit(text[i])) {
      ++i;
    }
  }
  return i;
}

// The end of the word starting at `i`: a word runs over ASCII and non-ASCII letters alike
// ("Québec", "Zürich").
std::size_t word_end(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (!is_ascii_alpha(b)) {
        break;
      }
      ++i;
      continue;
    }
    std::size_t next = i;
    const std::optional<char32_t> c = host::next_code_point(text, next);
    if (!c || classify(*c).first != Class::letter) {
      break;
    }
    i = next;
  }
  return i;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 4);
  bool space = true;
  std::size_t i = 0;
  const auto push = [&](std::size_t begin, std::size_t end, Kind kind, char mark) {
    tokens.push_back(Token{begin, end, kind, mark, space});
    space = false;
  };
  while (i < text.size()) {
    const std::size_t start = i;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (is_ascii_space(byte)) {
        space = true;
        ++i;
      } else if (is_digit(text[i])) {
        i = scan_number(text, i);
        push(start, i, Kind::number, 0);
      } else if (is_ascii_alpha(byte)) {
        i = word_end(text, i);
        push(start, i, Kind::word, 0);
      } else {
        ++i;
        push(start, i, Kind::mark, byte < 0x20 ? other_mark : static_cast<char>(byte));
      }
      continue;
    }
    std::size_t next = i;
    const std::optional<char32_t> c = host::next_code_point(text, next);
    if (!c) {
      i = next;
      push(start, i, Kind::mark, other_mark);
      continue;
    }
    const auto [cls, mark] = classify(*c);
    switch (cls) {
    case Class::space:
      space = true;
      i = next;
      break;
    case Class::mark:
      i = next;
      push(start, i, Kind::mark, mark);
      break;
    case Class::ideograph:
      i = next;
      push(start, i, Kind::word, 0);
      break;
    case Class::letter:
      i = word_end(text, next);
      push(start, i, Kind::word, 0);
      break;
    }
  }
  return tokens;
}

char fold(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// ASCII case-insensitive; other bytes must be equal.
bool equals_folded(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return fold(x) == fold(y); });
}

bool contains_folded(std::span<const std::string_view> list, std::string_view word) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view entry) { return equals_folded(word, entry); });
}

class Tokens {
public:
  explicit Tokens(std::string_view text) : text_(text), tokens_(tokenize(text)) {}

  std::size_t size() const { return tokens_.size(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  std::string_view str(std::size_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool word(std::size_t i) const { return i < size() && tokens_[i].kind == Kind::word; }
  bool number(std::size_t i) const { return i < size() && tokens_[i].kind == Kind::number; }
  bool mark(std::size_t i, char c) const {
    return i < size() && tokens_[i].kind == Kind::mark && tokens_[i].mark == c;
  }
  bool word_is(std::size_t i, std::string_view lower) const {
    return word(i) && equals_folded(str(i), lower);
  }
  bool word_in(std::size_t i, std::span<const std::string_view> list) const {
    return word(i) && contains_folded(list, str(i));
  }
  // No blank between token i-1 and token i.
  bool attached(std::size_t i) const { return i < size() && !tokens_[i].space_before; }
  // A number token with neither thousands separators nor a fraction.
  bool plain_integer(std::size_t i) const {
    if (!number(i)) {
      return false;
    }
    const std::string_view s = str(i);
    return std::all_of(s.begin(), s.end(), is_digit);
  }

  // Matches the words of `phrase` (letter runs; '&' stands for itself; anything else only
  // separates) against the tokens from i on, letting the marks in `skippable` sit between
  // words. Returns the index after the last token matched.
  std::optional<std::size_t> match_phrase(std::size_t i, std::string_view phrase,
                                          std::string_view skippable) const {
    std::size_t p = 0;
    std::size_t j = i;
    bool first = true;
    while (true) {
      while (p < phrase.size() && phrase[p] != '&' &&
             !is_ascii_alpha(static_cast<unsigned char>(phrase[p])) &&
             static_cast<unsigned char>(phrase[p]) < 0x80) {
        ++p;
      }
      if (p == phrase.size()) {
        return first ? std::nullopt : std::optional<std::size_t>(j);
      }
      std::size_t q = p + 1;
      if (phrase[p] != '&') {
        while (q < phrase.size() && (is_ascii_alpha(static_cast<unsigned char>(phrase[q])) ||
                                     static_cast<unsigned char>(phrase[q]) >= 0x80)) {
          ++q;
        }
      }
      const std::string_view part = phrase.substr(p, q - p);
      if (!first) {
        while (j < size() && tokens_[j].kind == Kind::mark &&
               skippable.find(tokens_[j].mark) != std::string_view::npos) {
          ++j;
        }
      }
      const bool matched = part == "&" ? mark(j, '&') : word(j) && equals_folded(str(j), part);
      if (!matched) {
        return std::nullopt;
      }
      ++j;
      p = q;
      first = false;
    }
  }

private:
  std::string_view text_;
  std::vector<Token> tokens_;
};

// ---------------------------------------------------------------------------------------------
// Word tables, one per language. Adding a language is adding a Lexicon (and its number words in
// number_words.cpp and names in jurisdiction_names.cpp).

struct UnitWord {
  std::string_view word;
  char designator; // ISO 8601: D, W, M, Y; or H, M, S after the T
  bool time;
};

struct MonthName {
  std::string_view word;
  int month;
  bool abbreviation;
};

struct CurrencyName {
  std::string_view phrase;
  std::string_view code;
};

struct ScaleWord {
  std::string_view word;
  int exponent;
  bool attached_only; // "5m" and "5bn", never "5 m" (metres?)
};

struct Multiplier {
  std::string_view word;
  int value;
};

// "annual", "annually", "monthly": a period of one unit when the words around them say so.
struct PeriodicWord {
  std::string_view word;
  char designator;
  bool adjective; // "annual periods"
  bool adverb;    // "renewed annually"
};

struct Lexicon {
  std::span<const UnitWord> units;
  std::span<const std::string_view> business_qualifiers;
  std::span<const std::string_view> neutral_qualifiers;
  std::span<const std::string_view> perpetual_phrases;
  std::span<const std::string_view> shared_unit_joiners;
  std::span<const std::string_view> rhythm_joiners;
  std::span<const std::string_view> rhythm_period_joiners;
  std::span<const PeriodicWord> periodic_words;
  std::span<const std::string_view> period_nouns;
  std::span<const std::string_view> renewal_nouns;
  std::span<const std::string_view> renewal_words;
  std::span<const std::string_view> renewal_verbs;
  std::span<const std::string_view> non_period_nouns;
  std::string_view basis_word;
  std::string_view half_word;
  std::span<const std::string_view> noun_followers;
  std::span<const std::string_view> articles;
  std::span<const std::string_view> rate_words;
  std::span<const std::string_view> ordinal_suffixes;
  std::string_view day_of; // "the 1st day of January"
  std::span<const MonthName> months;
  bool month_first_numeric_dates;
  std::span<const std::string_view> percent_phrases;
  std::span<const CurrencyName> currency_phrases;
  std::span<const CurrencyName> dollar_prefixes;
  std::span<const ScaleWord> scales;
  std::span<const std::string_view> cap_bases;
  std::span<const std::string_view> cap_paid;
  std::span<const std::string_view> cap_modifiers;
  std::span<const std::string_view> times_words;
  std::span<const Multiplier> multipliers;
  std::string_view of_word;
};

namespace en {
constexpr std::array units{
    UnitWord{"day", 'D', false},    UnitWord{"days", 'D', false},   UnitWord{"week", 'W', false},
    UnitWord{"weeks", 'W', false},  UnitWord{"month", 'M', false},  UnitWord{"months", 'M', false},
    UnitWord{"year", 'Y', false},   UnitWord{"years", 'Y', false},  UnitWord{"yr", 'Y', false},
    UnitWord{"yrs", 'Y', false},    UnitWord{"hour", 'H', true},    UnitWord{"hours", 'H', true},
    UnitWord{"hr", 'H', true},      UnitWord{"hrs", 'H', true},     UnitWord{"minute", 'M', true},
    UnitWord{"minutes", 'M', true}, UnitWord{"seconds", 'S', true},
};
constexpr auto business_qualifiers =
    std::to_array<std::string_view>({"business", "working", "banking"});
constexpr auto neutral_qualifiers = std::to_array<std::string_view>(
    {"calendar", "consecutive", "full", "additional", "successive", "further", "complete", "more"});
constexpr auto perpetual_phrases = std::to_array<std::string_view>(
    {"in perpetuity", "perpetuity", "perpetual", "perpetually", "indefinitely", "indefinite period",
     "indefinite term", "indefinite duration", "unlimited period", "unlimited duration",
     "unlimited term", "until terminated", "until it is terminated"});
constexpr auto shared_unit_joiners = std::to_array<std::string_view>({"or"});
constexpr auto rhythm_joiners = std::to_array<std::string_view>({"to", "by", "for"});
// "from year to year", "month-to-month": one unit at a time. Not "by" ("a month-by-month
// forecast", "Year by Year" targets) and never days ("day-to-day", "day-for-day").
constexpr auto rhythm_period_joiners = std::to_array<std::string_view>({"to"});
constexpr std::array periodic_words{
    PeriodicWord{"annual", 'Y', true, false},
    PeriodicWord{"annually", 'Y', false, true},
    PeriodicWord{"yearly", 'Y', true, true},
    PeriodicWord{"monthly", 'M', true, true},
};
constexpr auto period_nouns = std::to_array<std::string_view>(
    {"period", "periods", "term", "terms", "increment", "increments"});
constexpr auto renewal_nouns =
    std::to_array<std::string_view>({"renewal", "renewals", "extension", "extensions"});
constexpr auto renewal_words = std::to_array<std::string_view>(
    {"renew", "renews", "renewed", "renewing", "renewal", "renewals", "renewable", "extend",
     "extends", "extended", "extending", "extension", "extensions"});
// After "annually" only a verb will do: "yearly renewal fees" are fees.
constexpr auto renewal_verbs = std::to_array<std::string_view>(
    {"renew", "renews", "renewed", "renewing", "extend", "extends", "extended", "extending"});
// "an annual renewal fee", "the renewal fee payable annually": money or paperwork, not a term.
constexpr auto non_period_nouns = std::to_array<std::string_view>(
    {"fee",      "fees",     "charge",  "charges", "price",    "prices", "pricing",
     "payment",  "payments", "cost",    "costs",   "rate",     "rates",  "premium",
     "premiums", "amount",   "amounts", "invoice", "invoices", "date",   "dates",
     "notice",   "notices",  "report",  "reports", "license",  "licence"});
constexpr auto noun_followers =
    std::to_array<std::string_view>({"on", "which", "that", "when", "where", "other"});
constexpr auto articles = std::to_array<std::string_view>({"a", "an"});
// "24 hours a day, 7 days a week": after these, "a day" is a rate, not a duration.
constexpr auto rate_words =
    std::to_array<std::string_view>({"once", "twice", "thrice", "times", "per", "each", "every"});
constexpr auto ordinal_suffixes = std::to_array<std::string_view>({"st", "nd", "rd", "th"});
constexpr std::array months{
    MonthName{"january", 1, false},   MonthName{"jan", 1, true},
    MonthName{"february", 2, false},  MonthName{"feb", 2, true},
    MonthName{"march", 3, false},     MonthName{"mar", 3, true},
    MonthName{"april", 4, false},     MonthName{"apr", 4, true},
    MonthName{"may", 5, false},       MonthName{"june", 6, false},
    MonthName{"jun", 6, true},        MonthName{"july", 7, false},
    MonthName{"jul", 7, true},        MonthName{"august", 8, false},
    MonthName{"aug", 8, true},        MonthName{"september", 9, false},
    MonthName{"sep", 9, true},        MonthName{"sept", 9, true},
    MonthName{"october", 10, false},  MonthName{"oct", 10, true},
    MonthName{"november", 11, false}, MonthName{"nov", 11, true},
    MonthName{"december", 12, false}, MonthName{"dec", 12, true},
};
constexpr auto percent_phrases =
    std::to_array<std::string_view>({"per centum", "per cent", "percent", "pct", "%"});
// Longest first: the first phrase that matches wins. Bare "pounds" is left out on purpose:
// supply contracts weigh goods in pounds; sterling is "£", "GBP" or "pounds sterling".
constexpr std::array currency_phrases{
    CurrencyName{"United States dollars", "USD"},
    CurrencyName{"U.S. dollars", "USD"},
    CurrencyName{"US dollars", "USD"},
    CurrencyName{"Canadian dollars", "CAD"},
    CurrencyName{"Australian dollars", "AUD"},
    CurrencyName{"Hong Kong dollars", "HKD"},
    CurrencyName{"Singapore dollars", "SGD"},
    CurrencyName{"New Zealand dollars", "NZD"},
    CurrencyName{"Swiss francs", "CHF"},
    CurrencyName{"pounds sterling", "GBP"},
    CurrencyName{"pound sterling", "GBP"},
    CurrencyName{"British pounds", "GBP"},
    CurrencyName{"Indian rupees", "INR"},
    CurrencyName{"Japanese yen", "JPY"},
    CurrencyName{"Chinese yuan", "CNY"},
    CurrencyName{"dollars", "USD"},
    CurrencyName{"dollar", "USD"},
    CurrencyName{"sterling", "GBP"},
    CurrencyName{"euros", "EUR"},
    CurrencyName{"euro", "EUR"},
    CurrencyName{"yen", "JPY"},
    CurrencyName{"renminbi", "CNY"},
    CurrencyName{"yuan", "CNY"},
    CurrencyName{"rupees", "INR"},
};
// Letters written right before "$".
constexpr std::array dollar_prefixes{
    CurrencyName{"US", "USD"}, CurrencyName{"USD", "USD"}, CurrencyName{"C", "CAD"},
    CurrencyName{"CA", "CAD"}, CurrencyName{"CAD", "CAD"}, CurrencyName{"Cdn", "CAD"},
    CurrencyName{"A", "AUD"},  CurrencyName{"AU", "AUD"},  CurrencyName{"AUD", "AUD"},
    CurrencyName{"HK", "HKD"}, CurrencyName{"S", "SGD"},   CurrencyName{"SG", "SGD"},
    CurrencyName{"NZ", "NZD"}, CurrencyName{"NT", "TWD"},
};
constexpr std::array scales{
    ScaleWord{"thousand", 3, false}, ScaleWord{"million", 6, false}, ScaleWord{"billion", 9, false},
    ScaleWord{"k", 3, true},         ScaleWord{"m", 6, true},        ScaleWord{"mm", 6, true},
    ScaleWord{"mn", 6, true},        ScaleWord{"bn", 9, true},
};
constexpr auto cap_bases = std::to_array<std::string_view>(
    {"fees", "fee", "charges", "amounts", "amount", "sums", "monies", "moneys", "payments",
     "compensation", "consideration"});
constexpr auto cap_paid = std::to_array<std::string_view>({"paid", "payable", "received"});
constexpr auto cap_modifiers = std::to_array<std::string_view>(
    {"the",        "total",   "aggregate", "annual",  "all",     "any",      "actual",
     "cumulative", "net",     "recurring", "such",    "service", "services", "subscription",
     "license",    "licence", "contract",  "monthly", "yearly",  "average",  "equal"});
constexpr auto times_words = std::to_array<std::string_view>({"times"});
constexpr std::array multipliers{
    Multiplier{"twice", 2},
    Multiplier{"double", 2},
    Multiplier{"thrice", 3},
    Multiplier{"triple", 3},
};

constexpr Lexicon lexicon{
    .units = units,
    .business_qualifiers = business_qualifiers,
    .neutral_qualifiers = neutral_qualifiers,
    .perpetual_phrases = perpetual_phrases,
    .shared_unit_joiners = shared_unit_joiners,
    .rhythm_joiners = rhythm_joiners,
    .rhythm_period_joiners = rhythm_period_joiners,
    .periodic_words = periodic_words,
    .period_nouns = period_nouns,
    .renewal_nouns = renewal_nouns,
    .renewal_words = renewal_words,
    .renewal_verbs = renewal_verbs,
    .non_period_nouns = non_period_nouns,
    .basis_word = "basis",
    .half_word = "half",
    .noun_followers = noun_followers,
    .articles = articles,
    .rate_words = rate_words,
    .ordinal_suffixes = ordinal_suffixes,
    .day_of = "day of",
    .months = months,
    .month_first_numeric_dates = true,
    .percent_phrases = percent_phrases,
    .currency_phrases = currency_phrases,
    .dollar_prefixes = dollar_prefixes,
    .scales = scales,
    .cap_bases = cap_bases,
    .cap_paid = cap_paid,
    .cap_modifiers = cap_modifiers,
    .times_words = times_words,
    .multipliers = multipliers,
    .of_word = "of",
};
} // namespace en

const Lexicon* lexicon_for(std::string_view language) {
  if (language == "en") {
    return &en::lexicon;
  }
  return nullptr;
}

// Codes written before or after an amount ("USD 5,000", "5,000 EUR"), in every language.
constexpr auto iso_currencies = std::to_array<std::string_view>(
    {"USD", "EUR", "GBP", "CHF", "JPY", "CNY", "HKD", "SGD", "INR", "AUD",
     "CAD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ILS", "MXN",
     "BRL", "ZAR", "KRW", "PHP", "TWD", "AED", "SAR", "RON", "ISK", "RUB"});

std::optional<std::string_view> iso_currency(const Tokens& t, std::size_t i) {
  if (!t.word(i)) {
    return std::nullopt;
  }
  if (t.word_is(i, "rmb")) {
    return "CNY";
  }
  for (const std::string_view code : iso_currencies) {
    if (equals_folded(t.str(i), code)) {
      return code;
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Decimal strings, built from the digits of the text so no binary floating point ever rounds
// an amount.

// A number of the text split at its decimal point; `integer` may hold thousands separators.
struct Digits {
  std::string_view integer;
  std::string_view fraction;
};

Digits split_digits(std::string_view token) {
  const std::size_t point = token.find('.');
  if (point == std::string_view::npos) {
    return {token, {}};
  }
  return {token.substr(0, point), token.substr(point + 1)};
}

// The number with its point moved `shift` places to the right, as integer and fraction digits
// without leading zeros in the integer (which is "0" rather than empty).
std::pair<std::string, std::string> shifted(Digits digits, int shift) {
  std::string all;
  all.reserve(digits.integer.size() + digits.fraction.size() + 12);
  for (const char c : digits.integer) {
    if (is_digit(c)) {
      all += c;
    }
  }
  long long point = static_cast<long long>(all.size()) + shift;
  all.append(digits.fraction);
  if (point < 0) {
    all.insert(0, static_cast<std::size_t>(-point), '0');
    point = 0;
  }
  if (static_cast<std::size_t>(point) > all.size()) {
    all.append(static_cast<std::size_t>(point) - all.size(), '0');
  }
  std::string integer = all.substr(0, static_cast<std::size_t>(point));
  std::string fraction = all.substr(static_cast<std::size_t>(point));
  const std::size_t nonzero = integer.find_first_not_of('0');
  integer.erase(0, nonzero == std::string::npos ? integer.size() : nonzero);
  if (integer.empty()) {
    integer = "0";
  }
  return {std::move(integer), std::move(fraction)};
}

// "1.50" -> "1.5", "100" -> "100", "0.120" -> "0.12".
std::string plain_decimal(Digits digits, int shift) {
  auto [integer, fraction] = shifted(digits, shift);
  while (!fraction.empty() && fraction.back() == '0') {
    fraction.pop_back();
  }
  return fraction.empty() ? integer : integer + "." + fraction;
}

// Exactly two fraction digits, a third and later ones rounding half up.
std::string money_decimal(Digits digits, int shift) {
  auto [integer, fraction] = shifted(digits, shift);
  const bool round_up = fraction.size() > 2 && fraction[2] >= '5';
  fraction.resize(2, '0');
  std::string all = integer + fraction;
  if (round_up) {
    std::size_t k = all.size();
    while (k > 0) {
      --k;
      if (all[k] == '9') {
        all[k] = '0';
        continue;
      }
      ++all[k];
      break;
    }
    if (k == 0 && all[0] == '0') {
      all.insert(0, 1, '1');
    }
  }
  return all.substr(0, all.size() - 2) + "." + all.substr(all.size() - 2);
}

// The value of a digits-only integer token, refusing what would not fit comfortably.
std::optional<long long> integer_value(std::string_view digits) {
  long long value = 0;
  std::size_t count = 0;
  for (const char c : digits) {
    if (c == ',') {
      continue;
    }
    if (!is_digit(c) || ++count > 15) {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return count == 0 ? std::nullopt : std::optional<long long>(value);
}

// ---------------------------------------------------------------------------------------------
// Quantities: "30", "thirty", "thirty (30)", "30 (thirty)", "(30)", "12.5" — the number a
// duration, percentage, amount or count starts with.

struct Quantity {
  long long whole = 0;
  Digits digits; // when the value came from digits: the text's digits (fraction included)
  bool from_digits = false;
  bool percent_inside = false; // "(95%)": the parentheses held a percent sign
  std::size_t next = 0;        // token after the quantity
};

constexpr std::size_t max_number_words = 12;

// Number words from token i on, separated by blanks or hyphens only.
std::optional<std::pair<NumberWordsMatch, std::size_t>>
number_words_at(const Tokens& t, std::size_t i, std::string_view language) {
  if (!t.word(i) || !is_number_word(t.str(i), language)) {
    return std::nullopt;
  }
  std::array<std::string_view, max_number_words> words{};
  std::array<std::size_t, max_number_words> at{};
  std::size_t count = 0;
  std::size_t j = i;
  while (count < max_number_words && t.word(j)) {
    words[count] = t.str(j);
    at[count] = j;
    ++count;
    if (t.mark(j + 1, '-') && t.word(j + 2)) {
      j += 2;
    } else if (t.word(j + 1)) {
      j += 1;
    } else {
      break;
    }
  }
  const std::optional<NumberWordsMatch> match =
      parse_number_words(std::span<const std::string_view>(words.data(), count), language);
  if (!match) {
    return std::nullopt;
  }
  // The index after the last number word: a hyphen after it ("thirty-day") is the caller's.
  return std::pair{*match, at[match->words - 1] + 1};
}

bool ordinal_follows(const Tokens& t, std::size_t i, const Lexicon& lex) {
  return t.attached(i) && t.word_in(i, lex.ordinal_suffixes);
}

// "(30)" or "(30%)" at i: the digits and the index after ")".
std::optional<std::pair<std::size_t, std::size_t>>
parenthesised_number(const Tokens& t, std::size_t i, bool* percent) {
  if (!t.mark(i, '(') || !t.number(i + 1)) {
    return std::nullopt;
  }
  std::size_t close = i + 2;
  bool has_percent = false;
  if (t.mark(close, '%')) {
    has_percent = true;
    ++close;
  }
  if (!t.mark(close, ')')) {
    return std::nullopt;
  }
  if (percent != nullptr) {
    *percent = has_percent;
  }
  return std::pair{i + 1, close + 1};
}

std::optional<Quantity> quantity_at(const Tokens& t, std::size_t i, const Lexicon& lex,
                                    std::string_view language, bool allow_fraction) {
  Quantity q;
  std::size_t digits_token = t.size();
  if (t.number(i)) {
    // A number glued to a letter or a slash is part of something else: "1st", "3/4", "A1".
    if (ordinal_follows(t, i + 1, lex) || (t.attached(i + 1) && t.mark(i + 1, '/')) ||
        (t.attached(i) && i > 0 && (t.word(i - 1) || t.mark(i - 1, '/') || t.mark(i - 1, '.')))) {
      return std::nullopt;
    }
    digits_token = i;
    q.next = i + 1;
    // "30 (thirty)": the words only repeat the digits.
    if (t.mark(q.next, '(')) {
      if (const auto words = number_words_at(t, q.next + 1, language);
          words && t.mark(words->second, ')')) {
        q.next = words->second + 1;
      }
    }
  } else if (const auto words = number_words_at(t, i, language)) {
    q.whole = words->first.value;
    q.next = words->second;
    bool percent = false;
    if (const auto inner = parenthesised_number(t, q.next, &percent)) {
      digits_token = inner->first;
      q.percent_inside = percent;
      q.next = inner->second;
    }
  } else if (const auto inner = parenthesised_number(t, i, nullptr)) {
    // "[***] (30) days": only the digits are left.
    digits_token = inner->first;
    q.next = inner->second;
  } else {
    return std::nullopt;
  }
  if (digits_token != t.size()) {
    q.digits = split_digits(t.str(digits_token));
    if (!q.digits.fraction.empty() && !allow_fraction) {
      return std::nullopt;
    }
    const std::optional<long long> whole = integer_value(q.digits.integer);
    if (!whole) {
      return std::nullopt;
    }
    q.whole = *whole;
    q.from_digits = true;
  }
  return q;
}

std::string quantity_text(const Quantity& q) {
  return q.from_digits ? plain_decimal(q.digits, 0) : std::to_string(q.whole);
}

Digits quantity_digits(const Quantity& q, std::string& storage) {
  if (q.from_digits) {
    return q.digits;
  }
  storage = std::to_string(q.whole);
  return Digits{storage, {}};
}

FoundValue found(const Tokens& t, std::size_t first, std::size_t next, std::string value) {
  return FoundValue{std::move(value), false, t[first].begin, t[next - 1].end};
}

// ---------------------------------------------------------------------------------------------
// Durations

std::optional<std::size_t> perpetual_at(const Tokens& t, std::size_t i, const Lexicon& lex) {
  std::optional<std::size_t> best;
  for (const std::string_view phrase : lex.perpetual_phrases) {
    if (const auto end = t.match_phrase(i, phrase, "-"); end && (!best || *end > *best)) {
      best = end;
    }
  }
  return best;
}

const UnitWord* unit_at(const Tokens& t, std::size_t i, const Lexicon& lex) {
  if (!t.word(i)) {
    return nullptr;
  }
  for (const UnitWord& unit : lex.units) {
    if (equals_folded(t.str(i), unit.word)) {
      return &unit;
    }
  }
  return nullptr;
}

bool rate_context(const Tokens& t, std::size_t i, const Lexicon& lex) {
  return i > 0 &&
         (t.word_in(i - 1, lex.rate_words) || unit_at(t, i - 1, lex) != nullptr || t.number(i - 1));
}

// The unit after a quantity, with the qualifiers that may sit between them ("30 calendar days",
// "10 business days", "30-day"): the unit, whether business days were said, the unit's index.
struct UnitMatch {
  const UnitWord* unit = nullptr;
  bool business = false;
  std::size_t at = 0;
};

std::optional<UnitMatch> unit_after(const Tokens& t, std::size_t j, const Lexicon& lex) {
  if (t.mark(j, '-')) {
    ++j;
  }
  bool business = false;
  for (int k = 0; k < 2; ++k) {
    if (t.word_in(j, lex.business_qualifiers)) {
      business = true;
    } else if (!t.word_in(j, lex.neutral_qualifiers)) {
      break;
    }
    ++j;
    if (t.mark(j, '-')) {
      ++j;
    }
  }
  const UnitWord* const unit = unit_at(t, j, lex);
  if (unit == nullptr) {
    return std::nullopt;
  }
  // "year-to-year", "month to month": a renewal rhythm, not a length.
  std::size_t k = j + 1;
  if (t.mark(k, '-')) {
    ++k;
  }
  if (t.word_in(k, lex.rhythm_joiners)) {
    ++k;
    if (t.mark(k, '-')) {
      ++k;
    }
    if (unit_at(t, k, lex) != nullptr) {
      return std::nullopt;
    }
  }
  return UnitMatch{unit, business, j};
}

// A duration starting at token i and the index after it.
std::optional<std::pair<FoundValue, std::size_t>>
duration_at(const Tokens& t, std::size_t i, const Lexicon& lex, std::string_view language) {
  long long value = 0;
  bool from_digits = false;
  std::size_t j = 0;
  if (t.word_is(i, lex.half_word) && t.word_in(i + 1, lex.articles)) {
    // "half a year" is six months and "half an hour" thirty minutes; halves of other units
    // have no whole number in their own unit.
    const UnitWord* const unit = unit_at(t, i + 2, lex);
    if (unit == nullptr || (unit->designator != 'Y' && !(unit->time && unit->designator == 'H'))) {
      return std::nullopt;
    }
    FoundValue result = found(t, i, i + 3, unit->time ? "PT30M" : "P6M");
    return std::pair{std::move(result), i + 3};
  }
  if (t.word_in(i, lex.articles)) {
    if (i > 0 && t.word_is(i - 1, lex.half_word)) {
      return std::nullopt; // "half a day", "half a week"
    }
    // "a day on which banks are open" names a day; "a day other than a Saturday" too.
    if (rate_context(t, i, lex) || t.word_in(i + 2, lex.noun_followers)) {
      return std::nullopt;
    }
    value = 1;
    j = i + 1;
  } else if (const std::optional<Quantity> q = quantity_at(t, i, lex, language, false)) {
    value = q->whole;
    from_digits = q->from_digits;
    j = q->next;
  } else {
    return std::nullopt;
  }
  std::optional<UnitMatch> unit = unit_after(t, j, lex);
  std::size_t next = 0;
  if (unit) {
    next = unit->at + 1;
  } else if (!t.word_in(i, lex.articles) && t.word_in(j, lex.shared_unit_joiners)) {
    // "thirty (30) or sixty (60) day period": the first number borrows the second's unit and
    // the scan goes on at "or" to find the second.
    const std::optional<Quantity> second = quantity_at(t, j + 1, lex, language, false);
    if (second) {
      unit = unit_after(t, second->next, lex);
    }
    if (!unit) {
      return std::nullopt;
    }
    next = j;
  } else {
    return std::nullopt;
  }
  // "the 2001 year end" is a year, not two thousand years.
  if (unit->unit->designator == 'Y' && !unit->unit->time && from_digits && value >= 1000) {
    return std::nullopt;
  }
  std::string canonical = unit->unit->time ? "PT" : "P";
  canonical += std::to_string(value);
  canonical += unit->unit->designator;
  FoundValue result = found(t, i, next, std::move(canonical));
  result.business_days = unit->business && unit->unit->designator == 'D' && !unit->unit->time;
  return std::pair{std::move(result), next};
}

// "year to year", "year-to-year", "month to month" at i: one unit, and the index after.
std::optional<std::pair<std::string, std::size_t>> rhythm_at(const Tokens& t, std::size_t i,
                                                             const Lexicon& lex) {
  const UnitWord* const unit = unit_at(t, i, lex);
  if (unit == nullptr || unit->time || unit->designator == 'D') {
    return std::nullopt;
  }
  std::size_t j = i + 1;
  if (t.mark(j, '-')) {
    ++j;
  }
  if (!t.word_in(j, lex.rhythm_period_joiners)) {
    return std::nullopt;
  }
  ++j;
  if (t.mark(j, '-')) {
    ++j;
  }
  const UnitWord* const again = unit_at(t, j, lex);
  if (again == nullptr || again->time || again->designator != unit->designator) {
    return std::nullopt;
  }
  return std::pair{std::string("P1") + unit->designator, j + 1};
}

// A word of renewal ("renew", "renewed", "extension") among the `count` words before token i,
// or a verb of renewal ("renewed") among those after it (`forward`), with only words in between
// that are not money or paperwork.
bool renewal_near(const Tokens& t, std::size_t i, const Lexicon& lex, std::size_t count,
                  bool forward) {
  std::size_t j = i;
  for (std::size_t seen = 0; seen < count; ++seen) {
    if (forward) {
      ++j;
      if (t.mark(j, '-')) {
        ++j;
      }
    } else {
      if (j == 0) {
        return false;
      }
      --j;
      if (t.mark(j, '-') && j > 0) {
        --j;
      }
    }
    if (!t.word(j) || t.word_in(j, lex.non_period_nouns)) {
      return false;
    }
    if (t.word_in(j, forward ? lex.renewal_verbs : lex.renewal_words)) {
      return true;
    }
  }
  return false;
}

// "successive annual periods", "an annual renewal", "renewed annually", "renew on an annual
// basis", "monthly renewal terms": one year (or month) at i, and the index after. "annual
// fees", "annually review prices" and "semi-annual periods" are not.
std::optional<std::pair<std::string, std::size_t>> periodic_at(const Tokens& t, std::size_t i,
                                                               const Lexicon& lex) {
  if (!t.word(i) || (i > 0 && t.attached(i) && t.mark(i - 1, '-'))) {
    return std::nullopt;
  }
  const auto word = std::find_if(lex.periodic_words.begin(), lex.periodic_words.end(),
                                 [&](const PeriodicWord& w) { return t.word_is(i, w.word); });
  if (word == lex.periodic_words.end()) {
    return std::nullopt;
  }
  std::string value = std::string("P1") + word->designator;
  if (word->adjective) {
    std::size_t j = i + 1;
    if (t.word_in(j, lex.renewal_nouns)) {
      ++j;
      if (!t.word_in(j, lex.period_nouns) && !t.word_in(j, lex.non_period_nouns)) {
        return std::pair{std::move(value), j};
      }
    }
    if (t.word_in(j, lex.period_nouns)) {
      return std::pair{std::move(value), j + 1};
    }
    if (t.word_is(i + 1, lex.basis_word) && renewal_near(t, i, lex, 4, false)) {
      return std::pair{std::move(value), i + 2};
    }
  }
  if (word->adverb && (renewal_near(t, i, lex, 3, false) || renewal_near(t, i, lex, 2, true))) {
    return std::pair{std::move(value), i + 1};
  }
  return std::nullopt;
}

std::vector<FoundValue> durations(const Tokens& t, const Lexicon& lex, std::string_view language,
                                  std::size_t from, std::size_t to, bool with_phrases,
                                  bool first_only) {
  std::vector<FoundValue> out;
  std::size_t i = from;
  while (i < to) {
    if (with_phrases) {
      if (const auto end = perpetual_at(t, i, lex)) {
        out.push_back(found(t, i, *end, "perpetual"));
        if (first_only) {
          return out;
        }
        i = *end;
        continue;
      }
      auto rhythm = rhythm_at(t, i, lex);
      if (!rhythm) {
        rhythm = periodic_at(t, i, lex);
      }
      if (rhythm && rhythm->second <= to) {
        out.push_back(found(t, i, rhythm->second, std::move(rhythm->first)));
        if (first_only) {
          return out;
        }
        i = rhythm->second;
        continue;
      }
    }
    if (auto d = duration_at(t, i, lex, language); d && d->second <= to) {
      out.push_back(std::move(d->first));
      if (first_only) {
        return out;
      }
      i = d->second;
      continue;
    }
    ++i;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Percentages

std::optional<std::size_t> percent_sign_at(const Tokens& t, std::size_t i, const Lexicon& lex) {
  for (const std::string_view phrase : lex.percent_phrases) {
    if (phrase == "%") {
      if (t.mark(i, '%')) {
        return i + 1;
      }
    } else if (const auto end = t.match_phrase(i, phrase, "-")) {
      return end;
    }
  }
  return std::nullopt;
}

struct PercentMatch {
  std::string value;
  std::size_t next;
};

std::optional<PercentMatch> percent_at(const Tokens& t, std::size_t i, const Lexicon& lex,
                                       std::string_view language) {
  const std::optional<Quantity> q = quantity_at(t, i, lex, language, true);
  if (!q) {
    return std::nullopt;
  }
  std::size_t j = q->next;
  bool signed_ = q->percent_inside;
  if (const auto end = percent_sign_at(t, j, lex)) {
    signed_ = true;
    j = *end;
  }
  if (!signed_) {
    return std::nullopt;
  }
  Quantity value = *q;
  // "ninety-five percent (95%)" and "95% (ninety-five percent)": one value; digits win.
  bool percent_inside = false;
  if (const auto inner = parenthesised_number(t, j, &percent_inside)) {
    if (const std::optional<Quantity> digits = quantity_at(t, inner->first, lex, language, true)) {
      value = *digits;
      j = inner->second;
      if (!percent_inside) {
        if (const auto end = percent_sign_at(t, j, lex)) {
          j = *end;
        }
      }
    }
  } else if (t.mark(j, '(')) {
    if (const auto words = number_words_at(t, j + 1, language)) {
      if (const auto end = percent_sign_at(t, words->second, lex); end && t.mark(*end, ')')) {
        j = *end + 1;
      }
    }
  }
  std::string storage;
  return PercentMatch{plain_decimal(quantity_digits(value, storage), -2), j};
}

// ---------------------------------------------------------------------------------------------
// Money

struct MoneyMatch {
  std::string value;
  std::size_t next;
};

std::optional<std::pair<std::string_view, std::size_t>>
currency_phrase_at(const Tokens& t, std::size_t i, const Lexicon& lex) {
  if (const auto code = iso_currency(t, i)) {
    return std::pair{*code, i + 1};
  }
  for (const CurrencyName& name : lex.currency_phrases) {
    if (const auto end = t.match_phrase(i, name.phrase, ".")) {
      return std::pair{name.code, *end};
    }
  }
  return std::nullopt;
}

// A currency written before the amount: "$", "€", "£", "US$", "U.S.$", "USD", "C$".
std::optional<std::pair<std::string_view, std::size_t>>
currency_prefix_at(const Tokens& t, std::size_t i, const Lexicon& lex) {
  if (t.mark(i, '$')) {
    return std::pair{std::string_view("USD"), i + 1};
  }
  if (t.mark(i, euro_mark)) {
    return std::pair{std::string_view("EUR"), i + 1};
  }
  if (t.mark(i, pound_mark)) {
    return std::pair{std::string_view("GBP"), i + 1};
  }
  if (t.mark(i, yen_mark)) {
    return std::pair{std::string_view("JPY"), i + 1};
  }
  if (!t.word(i)) {
    return std::nullopt;
  }
  if (t.mark(i + 1, '$') && t.attached(i + 1)) {
    for (const CurrencyName& prefix : lex.dollar_prefixes) {
      if (equals_folded(t.str(i), prefix.phrase)) {
        return std::pair{prefix.code, i + 2};
      }
    }
  }
  // "U.S.$" and "U.S. $".
  if (t.word_is(i, "u") && t.mark(i + 1, '.') && t.word_is(i + 2, "s") && t.mark(i + 3, '.') &&
      t.mark(i + 4, '$')) {
    return std::pair{std::string_view("USD"), i + 5};
  }
  if (const auto code = iso_currency(t, i)) {
    return std::pair{*code, i + 1};
  }
  return std::nullopt;
}

// "million", "m" (glued), "bn" (glued): the power of ten and the index after it.
std::optional<std::pair<int, std::size_t>> scale_at(const Tokens& t, std::size_t i,
                                                    const Lexicon& lex) {
  if (!t.word(i)) {
    return std::nullopt;
  }
  for (const ScaleWord& scale : lex.scales) {
    if (equals_folded(t.str(i), scale.word) && (!scale.attached_only || t.attached(i))) {
      return std::pair{scale.exponent, i + 1};
    }
  }
  return std::nullopt;
}

// Digits with a currency before or after them: "$5,000,000", "USD 250,000.00", "GBP 1.5m",
// "5 million euros".
std::optional<MoneyMatch> digit_money_at(const Tokens& t, std::size_t i, const Lexicon& lex) {
  std::optional<std::string_view> code;
  std::size_t j = i;
  if (const auto prefix = currency_prefix_at(t, i, lex)) {
    code = prefix->first;
    j = prefix->second;
  }
  if (!t.number(j) || (t.attached(j + 1) && t.mark(j + 1, '/'))) {
    return std::nullopt;
  }
  if (!code && j > 0 && t.attached(j) && (t.word(j - 1) || t.mark(j - 1, '.'))) {
    return std::nullopt;
  }
  const Digits digits = split_digits(t.str(j));
  if (!integer_value(digits.integer)) {
    return std::nullopt;
  }
  ++j;
  int exponent = 0;
  if (const auto scale = scale_at(t, j, lex)) {
    exponent = scale->first;
    j = scale->second;
  }
  if (!code) {
    const auto suffix = currency_phrase_at(t, j, lex);
    if (!suffix) {
      return std::nullopt;
    }
    code = suffix->first;
    j = suffix->second;
  }
  std::string value(*code);
  value += ' ';
  value += money_decimal(digits, exponent);
  return MoneyMatch{std::move(value), j};
}

// "five hundred thousand dollars ($500,000)", "Five Million U.S. Dollars (US$5,000,000)",
// "one million (1,000,000) dollars".
std::optional<MoneyMatch> word_money_at(const Tokens& t, std::size_t i, const Lexicon& lex,
                                        std::string_view language) {
  if (t.number(i)) {
    return std::nullopt;
  }
  const std::optional<Quantity> q = quantity_at(t, i, lex, language, true);
  if (!q) {
    return std::nullopt;
  }
  std::size_t j = q->next;
  std::optional<std::string_view> code;
  if (const auto suffix = currency_phrase_at(t, j, lex)) {
    code = suffix->first;
    j = suffix->second;
  }
  if (t.mark(j, '(')) {
    if (const auto inner = digit_money_at(t, j + 1, lex); inner && t.mark(inner->next, ')')) {
      std::size_t end = inner->next + 1;
      if (!code) {
        if (const auto suffix = currency_phrase_at(t, end, lex)) {
          end = suffix->second;
        }
      }
      return MoneyMatch{inner->value, end};
    }
  }
  if (!code) {
    return std::nullopt;
  }
  std::string storage;
  std::string value(*code);
  value += ' ';
  value += money_decimal(quantity_digits(*q, storage), 0);
  return MoneyMatch{std::move(value), j};
}

std::optional<MoneyMatch> money_at(const Tokens& t, std::size_t i, const Lexicon& lex,
                                   std::string_view language) {
  if (auto words = word_money_at(t, i, lex, language)) {
    return words;
  }
  std::optional<MoneyMatch> digits = digit_money_at(t, i, lex);
  if (!digits) {
    return std::nullopt;
  }
  // "$500,000 (five hundred thousand dollars)": the words only repeat the amount.
  if (t.mark(digits->next, '(')) {
    if (const auto words = number_words_at(t, digits->next + 1, language)) {
      std::size_t j = words->second;
      if (const auto suffix = currency_phrase_at(t, j, lex)) {
        j = suffix->second;
      }
      if (t.mark(j, ')')) {
        digits->next = j + 1;
      }
    }
  }
  return digits;
}

std::vector<FoundValue> money(const Tokens& t, const Lexicon& lex, std::string_view language,
                              bool first_only) {
  std::vector<FoundValue> out;
  std::size_t i = 0;
  while (i < t.size()) {
    if (auto m = money_at(t, i, lex, language)) {
      out.push_back(found(t, i, m->next, std::move(m->value)));
      if (first_only) {
        break;
      }
      i = m->next;
      continue;
    }
    ++i;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

bool leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool valid_date(int year, int month, int day) {
  constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const int last = days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap_year(year));
  return day <= last;
}

std::string iso_date(int year, int month, int day) {
  std::string out(10, '0');
  out[0] = static_cast<char>('0' + year / 1000);
  out[1] = static_cast<char>('0' + year / 100 % 10);
  out[2] = static_cast<char>('0' + year / 10 % 10);
  out[3] = static_cast<char>('0' + year % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

// A plain integer token of `min_len`..`max_len` digits.
std::optional<int> small_number(const Tokens& t, std::size_t i, std::size_t min_len,
                                std::size_t max_len) {
  if (!t.plain_integer(i) || t.str(i).size() < min_len || t.str(i).size() > max_len) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : t.str(i)) {
    value = value * 10 + (c - '0');
  }
  return value;
}

// A month name at i (abbreviations may carry a period) and the index after it.
std::optional<std::pair<int, std::size_t>> month_at(const Tokens& t, std::size_t i,
                                                    const Lexicon& lex) {
  if (!t.word(i)) {
    return std::nullopt;
  }
  for (const MonthName& name : lex.months) {
    if (equals_folded(t.str(i), name.word)) {
      std::size_t next = i + 1;
      if (name.abbreviation && t.mark(next, '.') && t.attached(next)) {
        ++next;
      }
      return std::pair{name.month, next};
    }
  }
  return std::nullopt;
}

// A day of the month with its optional ordinal suffix ("1", "1st").
std::optional<std::pair<int, std::size_t>> day_at(const Tokens& t, std::size_t i,
                                                  const Lexicon& lex) {
  const std::optional<int> day = small_number(t, i, 1, 2);
  if (!day) {
    return std::nullopt;
  }
  std::size_t next = i + 1;
  if (ordinal_follows(t, next, lex)) {
    ++next;
  }
  return std::pair{*day, next};
}

std::optional<std::pair<int, std::size_t>> year_at(const Tokens& t, std::size_t i) {
  if (t.mark(i, ',')) {
    ++i;
  }
  const std::optional<int> year = small_number(t, i, 4, 4);
  if (!year || *year < 1000) {
    return std::nullopt;
  }
  return std::pair{*year, i + 1};
}

// Not the tail of a longer run of numbers ("1/2/3/2020", "10-2020-01-15").
bool numeric_start(const Tokens& t, std::size_t i) {
  return i == 0 || !t.attached(i) ||
         !(t.number(i - 1) || t.mark(i - 1, '/') || t.mark(i - 1, '-') || t.mark(i - 1, '.'));
}

struct DateMatch {
  std::string value;
  std::size_t next;
};

std::optional<DateMatch> date_at(const Tokens& t, std::size_t i, const Lexicon& lex) {
  int year = 0;
  int month = 0;
  int day = 0;
  std::size_t next = 0;
  if (const auto m = month_at(t, i, lex)) {
    // January 1, 2020
    const auto d = day_at(t, m->second, lex);
    const auto y = d ? year_at(t, d->second) : std::nullopt;
    if (!y) {
      return std::nullopt;
    }
    month = m->first;
    day = d->first;
    year = y->first;
    next = y->second;
  } else if (const auto d = day_at(t, i, lex)) {
    std::size_t j = d->second;
    if (const auto after = t.match_phrase(j, lex.day_of, "")) {
      j = *after;
    } else if (t.word_is(j, lex.of_word)) {
      ++j;
    }
    if (const auto m = month_at(t, j, lex)) {
      // 1 January 2020, the 1st day of January, 2020
      const auto y = year_at(t, m->second);
      if (!y) {
        return std::nullopt;
      }
      month = m->first;
      day = d->first;
      year = y->first;
      next = y->second;
    } else if (numeric_start(t, i) && t.mark(i + 1, '/') && t.attached(i + 1) &&
               t.attached(i + 2) && t.mark(i + 3, '/') && t.attached(i + 3) && t.attached(i + 4)) {
      // 01/15/2020 (month first in English), 15/01/2020 elsewhere.
      const auto second = small_number(t, i + 2, 1, 2);
      const auto y = small_number(t, i + 4, 4, 4);
      if (!second || !y || (t.attached(i + 5) && (t.number(i + 5) || t.mark(i + 5, '/')))) {
        return std::nullopt;
      }
      month = lex.month_first_numeric_dates ? d->first : *second;
      day = lex.month_first_numeric_dates ? *second : d->first;
      year = *y;
      next = i + 5;
    } else {
      return std::nullopt;
    }
  } else if (const auto y = small_number(t, i, 4, 4)) {
    // 2020-01-15
    if (!numeric_start(t, i) || !(t.mark(i + 1, '-') && t.attached(i + 1) && t.attached(i + 2) &&
                                  t.mark(i + 3, '-') && t.attached(i + 3) && t.attached(i + 4))) {
      return std::nullopt;
    }
    const auto m = small_number(t, i + 2, 2, 2);
    const auto d = small_number(t, i + 4, 2, 2);
    if (!m || !d) {
      return std::nullopt;
    }
    year = *y;
    month = *m;
    day = *d;
    next = i + 5;
  } else {
    return std::nullopt;
  }
  if (!valid_date(year, month, day)) {
    return std::nullopt;
  }
  return DateMatch{iso_date(year, month, day), next};
}

// ---------------------------------------------------------------------------------------------
// Liability caps

constexpr std::size_t paid_window = 6;
constexpr std::size_t period_window = 30;
constexpr std::size_t multiple_window = 8;

bool sentence_end(const Tokens& t, std::size_t i) {
  return t.mark(i, ';') || (t.mark(i, '.') && (i + 1 == t.size() || !t.attached(i + 1)));
}

// The multiple written just before token k: "two (2) times", "2x", "twice", "50% of".
std::optional<std::pair<std::string, std::size_t>>
multiple_before(const Tokens& t, std::size_t k, const Lexicon& lex, std::string_view language) {
  if (k == 0) {
    return std::nullopt;
  }
  const std::size_t last = k - 1;
  for (const Multiplier& m : lex.multipliers) {
    if (t.word_is(last, m.word)) {
      return std::pair{std::to_string(m.value), last};
    }
  }
  const std::size_t from = last > multiple_window ? last - multiple_window : 0;
  const bool times =
      t.word_in(last, lex.times_words) || t.mark(last, times_mark) || t.word_is(last, "x");
  const bool of = t.word_is(last, lex.of_word);
  if (!times && !of) {
    return std::nullopt;
  }
  for (std::size_t s = from; s < last; ++s) {
    if (times) {
      if (const auto q = quantity_at(t, s, lex, language, true)) {
        std::size_t next = q->next;
        if (t.mark(next, '-')) {
          ++next;
        }
        if (next == last) {
          return std::pair{quantity_text(*q), s};
        }
      }
    } else if (const auto p = percent_at(t, s, lex, language); p && p->next == last) {
      return std::pair{p->value, s};
    }
  }
  return std::nullopt;
}

std::optional<FoundValue> fee_multiple_at(const Tokens& t, std::size_t basis, const Lexicon& lex,
                                          std::string_view language) {
  if (!t.word_in(basis, lex.cap_bases)) {
    return std::nullopt;
  }
  std::size_t paid = t.size();
  for (std::size_t j = basis + 1; j < t.size() && j <= basis + paid_window; ++j) {
    if (sentence_end(t, j)) {
      break;
    }
    if (t.word_in(j, lex.cap_paid)) {
      paid = j;
      break;
    }
  }
  if (paid == t.size()) {
    return std::nullopt;
  }
  std::size_t start = basis;
  while (start > 0 && t.word_in(start - 1, lex.cap_modifiers)) {
    --start;
  }
  std::string multiple = "1";
  if (auto m = multiple_before(t, start, lex, language)) {
    multiple = std::move(m->first);
    start = m->second;
  } else if (start >= 2 &&
             (t.word_is(start - 1, lex.of_word) || t.word_in(start - 1, lex.times_words))) {
    // "[***] of the fees paid", "[***] times the fees": a multiple the parser cannot read is
    // not one times the fees.
    const std::size_t before = start - 2;
    if (t.mark(before, ']') || t.mark(before, ')') || t.mark(before, '%') || t.number(before) ||
        percent_sign_at(t, before, lex) || t.word_in(start - 1, lex.times_words)) {
      return std::nullopt;
    }
  }
  // Paid or payable "in the twelve (12) months preceding the claim".
  std::size_t end = paid + 1;
  while (t.word(end) && t.word_in(end, lex.cap_paid)) {
    ++end;
  }
  std::size_t stop = end;
  while (stop < t.size() && stop < end + period_window && !sentence_end(t, stop)) {
    ++stop;
  }
  std::string value = multiple + "x fees";
  const std::vector<FoundValue> period = durations(t, lex, language, end, stop, false, true);
  FoundValue result{"", false, t[start].begin, t[paid].end};
  if (!period.empty()) {
    value += ' ';
    value += period.front().value;
    result.end = period.front().end;
  }
  result.value = std::move(value);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Jurisdictions

// "English law", "Swiss substantive law", "the laws of English..." : an adjective of the
// tokens [begin, end) names a jurisdiction only next to the word for law, never in "English
// language" or "Indian rupees".
constexpr auto law_words = std::to_array<std::string_view>({"law", "laws"});
constexpr auto law_qualifiers = std::to_array<std::string_view>(
    {"substantive", "internal", "domestic", "federal", "state", "statutory", "civil", "commercial",
     "contract", "governing", "procedural"});

bool law_context(const Tokens& t, std::size_t begin, std::size_t end) {
  std::size_t j = end;
  if (t.word_in(j, law_qualifiers)) {
    ++j;
  }
  if (t.word_in(j, law_words)) {
    return true;
  }
  std::size_t k = begin;
  if (k > 0 && t.word_is(k - 1, "the")) {
    --k;
  }
  return k >= 2 && t.word_is(k - 1, "of") && t.word_in(k - 2, law_words);
}

} // namespace

std::vector<FoundValue> find_durations(std::string_view text, std::string_view language) {
  const Lexicon* const lex = lexicon_for(language);
  if (lex == nullptr) {
    return {};
  }
  const Tokens tokens(text);
  return durations(tokens, *lex, language, 0, tokens.size(), true, false);
}

std::optional<FoundValue> find_duration(std::string_view text, std::string_view language) {
  const Lexicon* const lex = lexicon_for(language);
  if (lex == nullptr) {
    return std::nullopt;
  }
  const Tokens tokens(text);
  std::vector<FoundValue> all = durations(tokens, *lex, language, 0, tokens.size(), true, true);
  if (all.empty()) {
    return std::nullopt;
  }
  return std::move(all.front());
}

std::optional<FoundValue> find_jurisdiction(std::string_view text, std::string_view language) {
  const std::span<const JurisdictionName> names = jurisdiction_names(language);
  const std::span<const JurisdictionName> adjectives = jurisdiction_adjectives(language);
  if (names.empty()) {
    return std::nullopt;
  }
  const Tokens t(text);
  const bool all_upper =
      std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::optional<FoundValue> first;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t.word(i) || (!all_upper && t.str(i)[0] >= 'a' && t.str(i)[0] <= 'z')) {
      continue;
    }
    std::size_t best_end = 0;
    std::string_view best_code;
    for (const JurisdictionName& name : names) {
      if (const auto end = t.match_phrase(i, name.name, "'.-,"); end && *end > best_end) {
        best_end = *end;
        best_code = name.code;
      }
    }
    for (const JurisdictionName& adjective : adjectives) {
      if (const auto end = t.match_phrase(i, adjective.name, "'.-,");
          end && *end > best_end && law_context(t, i, *end)) {
        best_end = *end;
        best_code = adjective.code;
      }
    }
    if (best_end == 0) {
      continue;
    }
    if (!first) {
      first = found(t, i, best_end, std::string(best_code));
      // A subdivision is as specific as it gets.
      if (best_code.find('-') != std::string_view::npos) {
        return first;
      }
    } else if (best_code.size() > first->value.size() &&
               best_code.substr(0, first->value.size()) == first->value &&
               best_code[first->value.size()] == '-') {
      // "United States ... the State of California": the state says more than the country.
      return found(t, i, best_end, std::string(best_code));
    }
    i = best_end - 1;
  }
  return first;
}

std::vector<FoundValue> find_money(std::string_view text, std::string_view language) {
  const Lexicon* const lex = lexicon_for(language);
  if (lex == nullptr) {
    return {};
  }
  return money(Tokens(text), *lex, language, false);
}

namespace {

// Every value `at(tokens, i)` reads, left to right, each starting after the previous one.
template <typename At>
std::vector<FoundValue> every(std::string_view text, std::string_view language, At at) {
  const Lexicon* const lex = lexicon_for(language);
  if (lex == nullptr) {
    return {};
  }
  const Tokens t(text);
  std::vector<FoundValue> out;
  std::size_t i = 0;
  while (i < t.size()) {
    if (auto v = at(t, i, *lex)) {
      out.push_back(found(t, i, v->next, std::move(v->value)));
      i = v->next;
      continue;
    }
    ++i;
  }
  return out;
}

} // namespace

std::vector<FoundValue> find_percents(std::string_view text, std::string_view language) {
  return every(text, language, [&](const Tokens& t, std::size_t i, const Lexicon& lex) {
    return percent_at(t, i, lex, language);
  });
}

std::vector<FoundValue> find_dates(std::string_view text, std::string_view language) {
  return every(text, language, [](const Tokens& t, std::size_t i, const Lexicon& lex) {
    return date_at(t, i, lex);
  });
}

std::optional<FoundValue> find_liability_cap(std::string_view text, std::string_view language) {
  const Lexicon* const lex = lexicon_for(language);
  if (lex == nullptr) {
    return std::nullopt;
  }
  const Tokens t(text);
  std::optional<FoundValue> fees;
  for (std::size_t i = 0; i < t.size() && !fees; ++i) {
    fees = fee_multiple_at(t, i, *lex, language);
  }
  std::vector<FoundValue> amounts = money(t, *lex, language, true);
  if (!amounts.empty() && (!fees || amounts.front().begin < fees->begin)) {
    return std::move(amounts.front());
  }
  return fees;
}

std::optional<long long> parse_count(std::string_view text, std::string_view language) {
  const Lexicon* const lex = lexicon_for(language);
  if (lex == nullptr) {
    return std::nullopt;
  }
  const Tokens t(text);
  if (t.size() == 0) {
    return std::nullopt;
  }
  const std::optional<Quantity> q = quantity_at(t, 0, *lex, language, false);
  if (!q) {
    return std::nullopt;
  }
  return q->whole;
}

} // namespace pactum::extract
