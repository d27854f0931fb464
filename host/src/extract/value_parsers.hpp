#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Value parsers: contract wording to the canonical term values of DESIGN.md ("The model",
// Term). Each takes the UTF-8 text of a sentence or of a window of a few hundred bytes around a
// hit and a language code; only "en" has word tables so far, and any other language finds
// nothing. They never throw, allocate per call rather than per byte, and are safe to call from
// many threads at once.
//
// They read what the text says and nothing else: they do not know which clause the window came
// from, so a caller that wants the governing law must hand over the governing-law sentence, not
// the party block where "a Delaware corporation" lives; "the New York Stock Exchange" in the
// window still yields US-NY.
namespace pactum::extract {

// A value found in a piece of text: [begin, end) are byte offsets into the text given.
struct FoundValue {
  std::string value; // canonical form (see each function)
  bool business_days = false;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Durations in order of appearance, as ISO 8601 with the unit the text wrote: "thirty (30)
// days" P30D, "six months" P6M, "one (1) year" / "1-year" P1Y, "twelve-month" P12M, "two
// weeks" P2W, "48 hours" PT48H, "ten (10) business days" P10D with business_days. When words
// and digits disagree ("thirty (60) days") the digits win. "a"/"an" counts as one only right
// before the unit ("a year"), and not in rates ("24 hours a day"); "half a year" is P6M and
// "half an hour" PT30M. "perpetual", "in perpetuity", "indefinitely", "indefinite period",
// "until terminated" give "perpetual".
// Renewal rhythms without a number are one unit: "from year to year" / "year-to-year basis"
// P1Y, "month-to-month" P1M (never "day-to-day"); "annual" / "yearly" / "monthly" only as a
// period ("successive annual periods", "an annual renewal", "monthly renewal terms") or next to
// a renewal ("renewed annually", "renew on an annual basis"), never in "annual fee", "annual
// report", "annually review prices" or "semi-annual". Decimals ("1.5 years"), ordinals ("the
// 30th day") and ranges' lower ends ("2-3 days" gives P3D only) are not durations.
std::vector<FoundValue> find_durations(std::string_view text, std::string_view language);
// The first duration in the text, or nullopt.
std::optional<FoundValue> find_duration(std::string_view text, std::string_view language);

// The governing-law jurisdiction: the first jurisdiction named, as ISO 3166 ("US-NY", "GB-ENG",
// "CA-ON", "CN") or "EU"/"EEA". A country named first gives way to a subdivision of it named
// later ("California, United States" and "United States ... State of California" both give
// US-CA). Names must start with a capital letter (or be in upper-case text): "turkey" is food.
// Adjectives count before "law(s)" ("English law" GB-ENG, "Swiss substantive law" CH,
// "Californian law" US-CA) or after "laws of", never elsewhere ("English language"); the range
// then covers the adjective.
std::optional<FoundValue> find_jurisdiction(std::string_view text, std::string_view language);

// Money as "<ISO 4217 code> <decimal with two fraction digits>": "$5,000,000", "US$ 5 million",
// "GBP 1.5m", "€10,000", "five hundred thousand dollars ($500,000)" (digits win over words).
// "$" alone is USD. Built from the digits, never through binary floating point; a third
// fraction digit rounds half up.
std::vector<FoundValue> find_money(std::string_view text, std::string_view language);

// Percentages as decimals without needless zeros: "12%" 0.12, "12.5 per cent" 0.125,
// "ninety-five percent (95%)" 0.95, "100%" 1.
std::vector<FoundValue> find_percents(std::string_view text, std::string_view language);

// Calendar dates as YYYY-MM-DD: "January 1, 2020", "Jan. 1, 2020", "1 January 2020", "the 1st
// day of January, 2020", "2020-01-15", and for English "01/15/2020" read month first. Only
// four-digit years; impossible dates (February 30) are skipped.
std::vector<FoundValue> find_dates(std::string_view text, std::string_view language);

// The first liability cap in the text: a multiple of fees ("the fees paid in the twelve (12)
// months preceding the claim" "1x fees P12M", "two times the fees paid" "2x fees", "50% of the
// monies paid" "0.5x fees") or money ("shall not exceed $1,000,000" "USD 1000000.00"),
// whichever the text names first.
std::optional<FoundValue> find_liability_cap(std::string_view text, std::string_view language);

// The integer the text starts with (after blanks), in words or digits: "three (3)" 3,
// "twelve" 12, "4" 4; digits win when both are given.
std::optional<long long> parse_count(std::string_view text, std::string_view language);

} // namespace pactum::extract
