#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Turns canonical values (ISO 8601 durations and dates, "GBP 250000.00", decimal fractions,
// ISO 3166 codes) into the words an agreement prints, with ICU's locale data.
//
// `language` is a BCP 47 tag; only its primary subtag is read ("da-DK" is "da"). en, da, it and
// zh are rendered with the conventions of en_GB, da_DK, it_IT and zh_CN; any other language
// falls back to en_GB, so a template in an unsupported language still renders, in English.
//
// Output is UTF-8. Where ICU's data asks for a non-breaking space (between a currency code and
// the amount, before the Danish "%"), the output keeps it as U+00A0: it stops a line break from
// separating "GBP" from its amount. U+202F (narrow no-break space, which newer CLDR data uses in
// some places) is folded into U+00A0 so output does not change with the ICU version. Soft
// hyphens (U+00AD), which ICU's Danish and Italian spell-out puts inside compound numbers, are
// removed: they are invisible when printed but break searching and comparing the text.
//
// Every function throws pactum::Error, with a one-line message, on input that is not in the
// canonical form it takes or when ICU fails. Each thread keeps its own ICU formatters, so the
// functions can be called from several threads at once.
namespace pactum::host {

// A canonical ISO 8601 duration (P90D, P3M, P1Y, P4W, PT24H, PT30M, PT20S, or combinations in
// order such as P1Y6M) or "perpetual", in legal style: "ninety (90) days", "halvfems (90) dage",
// "novanta (90) giorni", "九十（90）日". Parts of a combination are joined as a list ("one (1)
// year and six (6) months"; in Chinese without separator). With business_days the days are
// business days ("ten (10) business days"); business_days on a duration with another unit
// throws, since "business" only qualifies a count of days; "perpetual" ignores it.
std::string format_duration(std::string_view canonical, std::string_view language,
                            bool business_days = false);

// An integer in words, as it stands before a noun of the language's most common gender:
// "ninety", "halvfems", "novanta", "九十". English uses the British form ("one hundred and
// one"), Danish the common gender ("en"), Italian the masculine ("un").
std::string spell_out(std::int64_t value, std::string_view language);

// "GBP 250000.00" (ISO 4217 code, space, decimal amount) with the code rather than a symbol:
// "GBP 250,000.00", "250.000,00 GBP". Shows at least the currency's minor-unit digits and every
// digit given; an amount is never rounded.
std::string format_money(std::string_view canonical, std::string_view language);

// A decimal fraction ("0.125") as a percentage ("12.5%", da "12,5 %"), with at most two
// fraction digits and no trailing zeros. A fraction that would need more digits throws rather
// than being rounded.
std::string format_percent(std::string_view canonical, std::string_view language);

// An ISO date ("2027-03-01") in the locale's long style: "1 March 2027", "1. marts 2027",
// "1 marzo 2027", "2027年3月1日". Throws on a date that does not exist (2027-02-30).
std::string format_date(std::string_view iso_date, std::string_view language);

// A plain decimal ("120000", "-1234.5") grouped per locale: "120,000", "120.000". Every digit
// given is shown.
std::string format_number(std::string_view decimal, std::string_view language);

// The name of an ISO 3166-1 alpha-2 country (upper case, "PH") in the language: "Philippines",
// "Filippinerne", "Filippine", "菲律宾". Throws for a code ICU does not list.
std::string country_name(std::string_view code, std::string_view language);

// Whether ICU lists the code as an ISO 3166-1 alpha-2 country (upper case only; ICU's list also
// has XK, Kosovo).
bool is_iso_country(std::string_view code);

// The name of a language (ISO 639-1 "da") in `language`, as running text uses it: "Danish",
// "dansk", "danese", "丹麦文". Throws pactum::Error when ICU has no name for it.
std::string language_name(std::string_view code, std::string_view language);

// Items joined as a list: "a, b and c", "a, b og c", "a, b e c", "a、b和c". No items is "".
std::string join_list(const std::vector<std::string>& items, std::string_view language);

} // namespace pactum::host
