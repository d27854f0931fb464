// The value parsers: contract wording to canonical term values (DESIGN.md, "The model").
// Phrases marked CUAD are copied from contracts of the CUAD corpus.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/value_parsers.hpp"

using pactum::extract::find_dates;
using pactum::extract::find_duration;
using pactum::extract::find_durations;
using pactum::extract::find_jurisdiction;
using pactum::extract::find_liability_cap;
using pactum::extract::find_money;
using pactum::extract::find_percents;
using pactum::extract::FoundValue;
using pactum::extract::parse_count;

namespace {

constexpr std::string_view none = "<none>";

std::vector<std::string> values(const std::vector<FoundValue>& found) {
  std::vector<std::string> out;
  out.reserve(found.size());
  for (const FoundValue& value : found) {
    out.push_back(value.value);
  }
  return out;
}

std::string value_or_none(const std::optional<FoundValue>& found) {
  return found ? found->value : std::string(none);
}

std::string duration(std::string_view text) {
  return value_or_none(find_duration(text, "en"));
}
std::vector<std::string> durations(std::string_view text) {
  return values(find_durations(text, "en"));
}
std::string jurisdiction(std::string_view text) {
  return value_or_none(find_jurisdiction(text, "en"));
}
std::vector<std::string> money(std::string_view text) {
  return values(find_money(text, "en"));
}
std::vector<std::string> percents(std::string_view text) {
  return values(find_percents(text, "en"));
}
std::vector<std::string> dates(std::string_view text) {
  return values(find_dates(text, "en"));
}
std::string cap(std::string_view text) {
  return value_or_none(find_liability_cap(text, "en"));
}

using Strings = std::vector<std::string>;

// The substring a FoundValue's byte range covers.
std::string_view span_of(std::string_view text, const FoundValue& found) {
  return text.substr(found.begin, found.end - found.begin);
}

// ---------------------------------------------------------------------------------------------
// Durations

TEST(FindDurations, WordsAndDigitsInEveryUnit) {
  EXPECT_EQ(duration("within thirty (30) days of receipt"), "P30D");
  EXPECT_EQ(duration("for six months"), "P6M");
  EXPECT_EQ(duration("for one year"), "P1Y");
  EXPECT_EQ(duration("for one (1) year"), "P1Y");
  EXPECT_EQ(duration("two weeks"), "P2W");
  EXPECT_EQ(duration("within 48 hours"), "PT48H");
  EXPECT_EQ(duration("answered within 20 seconds"), "PT20S");
  EXPECT_EQ(duration("within 15 minutes"), "PT15M");
  EXPECT_EQ(duration("for 3 years"), "P3Y");
}

TEST(FindDurations, KeepsTheUnitWrittenRatherThanConverting) {
  EXPECT_EQ(duration("a 12 month term"), "P12M");
  EXPECT_EQ(duration("a twelve-month term"), "P12M");
  EXPECT_EQ(duration("24 months"), "P24M");
  EXPECT_EQ(duration("52 weeks"), "P52W");
}

TEST(FindDurations, HyphenatedAdjectivesCount) {
  EXPECT_EQ(duration("a 1-year term"), "P1Y");
  EXPECT_EQ(duration("a thirty (30) day cure period"), "P30D");
  EXPECT_EQ(duration("a thirty (30)-day cure period"), "P30D");
  EXPECT_EQ(duration("a 30-day period"), "P30D");
  EXPECT_EQ(duration("a thirty-day period"), "P30D");
  EXPECT_EQ(duration("a 30\xE2\x80\x93"
                     "day period"),
            "P30D"); // en dash
}

TEST(FindDurations, DigitsWinOverWordsWhenTheyDisagree) {
  EXPECT_EQ(duration("thirty (60) days"), "P60D");
  EXPECT_EQ(duration("sixty (60) days"), "P60D");
  EXPECT_EQ(duration("30 (thirty) days"), "P30D");
  EXPECT_EQ(duration("30 (sixty) days"), "P30D");
}

TEST(FindDurations, BusinessAndWorkingDaysAreFlaggedCalendarDaysAreNot) {
  const std::optional<FoundValue> business = find_duration("ten (10) business days", "en");
  ASSERT_TRUE(business.has_value());
  EXPECT_EQ(business->value, "P10D");
  EXPECT_TRUE(business->business_days);
  const std::optional<FoundValue> working = find_duration("5 Working Days", "en");
  ASSERT_TRUE(working.has_value());
  EXPECT_EQ(working->value, "P5D");
  EXPECT_TRUE(working->business_days);
  const std::optional<FoundValue> calendar = find_duration("ninety (90) calendar days", "en");
  ASSERT_TRUE(calendar.has_value());
  EXPECT_EQ(calendar->value, "P90D");
  EXPECT_FALSE(calendar->business_days);
}

TEST(FindDurations, NumbersInWordsUpToTheHundreds) {
  EXPECT_EQ(duration("one hundred and eighty days"), "P180D");
  EXPECT_EQ(duration("one hundred eighty (180) days"), "P180D");
  EXPECT_EQ(duration("twenty-four months"), "P24M");
  EXPECT_EQ(duration("twenty four months"), "P24M");
  EXPECT_EQ(duration("nine hundred ninety-nine days"), "P999D");
  EXPECT_EQ(duration("one thousand days"), "P1000D");
}

TEST(FindDurations, ArticleCountsAsOneOnlyDirectlyBeforeTheUnit) {
  EXPECT_EQ(duration("for a year"), "P1Y");
  EXPECT_EQ(duration("an hour"), "PT1H");
  EXPECT_EQ(duration("a period of three years"), "P3Y");
  EXPECT_EQ(duration("for an additional one year"), "P1Y");
  EXPECT_EQ(duration("a day's notice"), "P1D");
}

TEST(FindDurations, HalfAYearIsSixMonthsAndHalfAnHourThirtyMinutes) {
  // CUAD
  EXPECT_EQ(durations("extended for an additional period of half a year unless"), Strings{"P6M"});
  EXPECT_EQ(durations("within half an hour"), Strings{"PT30M"});
  EXPECT_EQ(durations("half a day"), Strings{});
  EXPECT_EQ(durations("half a month"), Strings{});
  const std::string_view text = "for half a year";
  const std::optional<FoundValue> found = find_duration(text, "en");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(span_of(text, *found), "half a year");
}

TEST(FindDurations, ADayNamedRatherThanMeasuredIsNotADuration) {
  EXPECT_EQ(durations("any day other than a Saturday, Sunday or a day on which banks in New York "
                      "are closed"),
            Strings{});
  EXPECT_EQ(durations("excused on a day-to-day basis"), Strings{});
  EXPECT_EQ(durations("extended on a day-for-day basis"), Strings{});
}

TEST(FindDurations, YearToYearAndMonthToMonthAreOneUnit) {
  EXPECT_EQ(durations("shall renew from year to year"), Strings{"P1Y"});
  EXPECT_EQ(durations("on a year-to-year basis"), Strings{"P1Y"});
  EXPECT_EQ(durations("on a year to year basis"), Strings{"P1Y"});
  EXPECT_EQ(durations("YEAR TO YEAR"), Strings{"P1Y"});
  EXPECT_EQ(durations("month-to-month"), Strings{"P1M"});
  EXPECT_EQ(durations("continue on a month to month basis"), Strings{"P1M"});
  EXPECT_EQ(durations("on a month\xE2\x80\x93to\xE2\x80\x93month basis"),
            Strings{"P1M"}); // en dashes
  const std::string_view text = "renew from year-to-year thereafter";
  const std::optional<FoundValue> found = find_duration(text, "en");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(span_of(text, *found), "year-to-year");
}

TEST(FindDurations, RhythmsOfDaysOrByOrMixedUnitsAreNotDurations) {
  EXPECT_EQ(durations("on a day-to-day basis"), Strings{});
  EXPECT_EQ(durations("a rolling month-by-month forecast"), Strings{});
  EXPECT_EQ(durations("performance Year by Year"), Strings{});
  EXPECT_EQ(durations("from month to year"), Strings{});
  EXPECT_EQ(durations("hour to hour"), Strings{});
}

TEST(FindDurations, AnnualAndMonthlyPeriodsAndRenewalsAreOneUnit) {
  EXPECT_EQ(durations("shall continue automatically for successive annual periods"),
            Strings{"P1Y"});
  EXPECT_EQ(durations("for one or more annual periods"), Strings{"P1Y"});
  EXPECT_EQ(durations("for successive annual renewal terms"), Strings{"P1Y"});
  EXPECT_EQ(durations("for an annual term"), Strings{"P1Y"});
  EXPECT_EQ(durations("the end of the term of each annual renewal of this Agreement"),
            Strings{"P1Y"});
  EXPECT_EQ(durations("subject to annual renewal"), Strings{"P1Y"});
  EXPECT_EQ(durations("shall renew annually"), Strings{"P1Y"});
  EXPECT_EQ(durations("shall be automatically renewed annually"), Strings{"P1Y"});
  EXPECT_EQ(durations("shall renew automatically annually unless"), Strings{"P1Y"});
  EXPECT_EQ(durations("shall be annually renewed"), Strings{"P1Y"});
  EXPECT_EQ(durations("shall be renewed on an annual basis"), Strings{"P1Y"});
  EXPECT_EQ(durations("shall be renewed on a yearly basis"), Strings{"P1Y"});
  EXPECT_EQ(durations("for successive monthly periods"), Strings{"P1M"});
  EXPECT_EQ(durations("renewed monthly"), Strings{"P1M"});
  EXPECT_EQ(durations("extended on a monthly basis"), Strings{"P1M"});
  const std::string_view text = "renew for successive annual periods unless";
  const std::optional<FoundValue> found = find_duration(text, "en");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(span_of(text, *found), "annual periods");
}

TEST(FindDurations, AnnualFeesReportsAndReviewsAreNotDurations) {
  EXPECT_EQ(durations("the annual fee"), Strings{});
  EXPECT_EQ(durations("an annual report"), Strings{});
  EXPECT_EQ(durations("the parties shall annually review prices"), Strings{});
  EXPECT_EQ(durations("Supplier may annually review the prices"), Strings{});
  EXPECT_EQ(durations("the annual renewal fee"), Strings{});
  EXPECT_EQ(durations("the renewal fee payable annually"), Strings{});
  EXPECT_EQ(durations("yearly renewal fees"), Strings{});
  EXPECT_EQ(durations("monthly renewal charges"), Strings{});
  EXPECT_EQ(durations("royalties payable on an annual basis"), Strings{});
  EXPECT_EQ(durations("invoiced on a monthly basis"), Strings{});
  EXPECT_EQ(durations("reported monthly"), Strings{});
  EXPECT_EQ(durations("during such semi-annual period"), Strings{});
  EXPECT_EQ(durations("on a semi-annual basis after renewal"), Strings{});
  EXPECT_EQ(durations("the Annual Meeting"), Strings{});
}

TEST(FindDurations, RhythmsAreNotPeriodsOfALiabilityCap) {
  EXPECT_EQ(cap("the fees paid on an annual basis for renewal"), "1x fees");
}

TEST(FindDurations, TwoNumbersSharingOneUnitAreBothFound) {
  EXPECT_EQ(durations("the thirty (30) or sixty (60) day period"), (Strings{"P30D", "P60D"}));
  EXPECT_EQ(durations("three or four business days"), (Strings{"P3D", "P4D"}));
}

TEST(FindDurations, RatesAreNotDurations) {
  EXPECT_EQ(durations("available 24 hours a day, 7 days a week"), (Strings{"PT24H", "P7D"}));
  EXPECT_EQ(durations("twice a year"), Strings{});
  EXPECT_EQ(durations("once a month"), Strings{});
}

TEST(FindDurations, PerpetualWordings) {
  EXPECT_EQ(duration("a perpetual, irrevocable licence"), "perpetual");
  EXPECT_EQ(duration("shall survive in perpetuity"), "perpetual");
  EXPECT_EQ(duration("shall continue indefinitely"), "perpetual");
  EXPECT_EQ(duration("for an indefinite period"), "perpetual");
  EXPECT_EQ(duration("shall remain in force until terminated by either party"), "perpetual");
  EXPECT_EQ(duration("IN PERPETUITY"), "perpetual");
}

TEST(FindDurations, UpperCaseText) {
  EXPECT_EQ(duration("THIRTY (30) DAYS"), "P30D");
  EXPECT_EQ(duration("WITHIN TEN (10) BUSINESS DAYS"), "P10D");
}

TEST(FindDurations, NonBreakingSpacesAndLineBreaksInsideTheValue) {
  EXPECT_EQ(duration("thirty\xC2\xA0(30)\xC2\xA0"
                     "days"),
            "P30D");
  EXPECT_EQ(duration("thirty\xE2\x80\xAF(30) days"), "P30D");
  EXPECT_EQ(duration("thirty\n   (30)\r\n days"), "P30D");
}

TEST(FindDurations, AllInOrderOfAppearance) {
  EXPECT_EQ(durations("an initial term of three (3) years, renewing for successive one (1) year "
                      "periods unless notice is given ninety (90) days before"),
            (Strings{"P3Y", "P1Y", "P90D"}));
}

TEST(FindDurations, ByteRangeCoversTheWholeExpression) {
  const std::string_view text = "within thirty (30) days of receipt";
  const std::optional<FoundValue> found = find_duration(text, "en");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(span_of(text, *found), "thirty (30) days");
  const std::string_view curly = "the \xE2\x80\x9C"
                                 "Term\xE2\x80\x9D of 2\xC2\xA0years";
  const std::optional<FoundValue> second = find_duration(curly, "en");
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(span_of(curly, *second), "2\xC2\xA0years");
}

TEST(FindDurations, NearMissesAreNotDurations) {
  EXPECT_EQ(duration("Section 30"), none);
  EXPECT_EQ(duration("shall promptly notify"), none);
  EXPECT_EQ(duration("three parties"), none);
  EXPECT_EQ(duration("on the 30th day after"), none);
  EXPECT_EQ(duration("for 1.5 years"), none);
  EXPECT_EQ(duration("the days of the week"), none);
  EXPECT_EQ(duration("the fiscal 2001 year"), none);
  EXPECT_EQ(duration("a party"), none);
}

TEST(FindDurations, WordsMustBeWholeTokens) {
  EXPECT_EQ(duration("someone yearly"), none);
  EXPECT_EQ(duration("Section12 days"), none);
  EXPECT_EQ(duration("tenants"), none);
  EXPECT_EQ(duration("oneyear"), none);
}

TEST(FindDurations, UnknownLanguageFindsNothing) {
  EXPECT_TRUE(find_durations("thirty (30) days", "xx").empty());
  EXPECT_FALSE(find_duration("thirty (30) days", "").has_value());
}

TEST(FindDurations, CuadRenewalAndNoticePhrases) {
  // CUAD
  EXPECT_EQ(durations("this Agreement can be renewed by mutual written agreement of the parties "
                      "for successive one (1) year periods"),
            Strings{"P1Y"});
  EXPECT_EQ(durations("unless terminated by Reseller within sixty (60) days prior to the "
                      "expiration of the Initial Term"),
            Strings{"P60D"});
  EXPECT_EQ(durations("shall automatically be renewed for an additional term of three (3) years"),
            Strings{"P3Y"});
  EXPECT_EQ(durations("This Agreement shall automatically extend for an additional two (2) years "
                      "on the same terms herein"),
            Strings{"P2Y"});
  EXPECT_EQ(durations("at least 30 days prior to the end of the Initial Term"), Strings{"P30D"});
  EXPECT_EQ(durations("the expiration of the initial five (5) year term or any one (1) year "
                      "renewal thereof"),
            (Strings{"P5Y", "P1Y"}));
  EXPECT_EQ(durations("not less than fifteen (15) days before the end of the respective initial "
                      "or renewal term"),
            Strings{"P15D"});
  EXPECT_EQ(durations("renew the Franchise granted hereunder for 2 additional terms of 10 years "
                      "each"),
            Strings{"P10Y"});
  EXPECT_EQ(durations("such breach has not been cured prior to the expiration of such 10-day "
                      "period"),
            Strings{"P10D"});
  EXPECT_EQ(durations("at least one hundred twenty (120) days prior to the expiration of the "
                      "then-current term"),
            Strings{"P120D"});
  EXPECT_EQ(durations("prior to the expiration of the thirty (30) or sixty (60) day period"),
            (Strings{"P30D", "P60D"}));
  EXPECT_EQ(durations("upon providing 180 days prior written notice"), Strings{"P180D"});
  EXPECT_EQ(durations("prior to the expiration of the ten (10) day evaluation period"),
            Strings{"P10D"});
  EXPECT_EQ(durations("written notice at least [***] days prior to the cancellation"), Strings{});
  EXPECT_EQ(durations("on a year to year basis (each, a \"Renewal Term\")"), Strings{"P1Y"});
  EXPECT_EQ(durations("this agreement will renew automatically from year to year unless cancelled "
                      "in writing by either Party"),
            Strings{"P1Y"});
  EXPECT_EQ(durations("may offer to extend the term of this Agreement on a month-to-month basis "
                      "following the expiration"),
            Strings{"P1M"});
  EXPECT_EQ(durations("will automatically renew for one or more annual periods after the Initial "
                      "Term"),
            Strings{"P1Y"});
}

TEST(FindDurations, CuadRenewalTermsAndNoticePeriodsWithNumbers) {
  // CUAD
  EXPECT_EQ(duration("for successive one (1) year renewal terms"), "P1Y");
  EXPECT_EQ(duration("for additional successive periods of one (1) year"), "P1Y");
  EXPECT_EQ(duration("for an additional twelve (12) month period"), "P12M");
  EXPECT_EQ(duration("for successive two-year periods"), "P2Y");
  EXPECT_EQ(duration("for successive periods of one year each"), "P1Y");
  EXPECT_EQ(duration("at least ninety (90) days prior to the end of the then-current term"),
            "P90D");
  EXPECT_EQ(duration("not less than three (3) months before"), "P3M");
  EXPECT_EQ(duration("sixty (60) days written notice"), "P60D");
  EXPECT_EQ(duration("(60) days"), "P60D");
  EXPECT_EQ(duration("upon 30-day notice"), "P30D");
  EXPECT_EQ(duration("30-day"), "P30D");
  EXPECT_EQ(duration("one hundred twenty (120) days"), "P120D");
}

TEST(FindDuration, IsTheFirstOfFindDurations) {
  EXPECT_EQ(duration("three (3) years, then one (1) year"), "P3Y");
  EXPECT_EQ(duration("nothing here"), none);
  EXPECT_EQ(duration(""), none);
}

// ---------------------------------------------------------------------------------------------
// Jurisdictions

TEST(FindJurisdiction, UsStatesByNameWithOrWithoutStateOf) {
  EXPECT_EQ(jurisdiction("the laws of the State of New York"), "US-NY");
  EXPECT_EQ(jurisdiction("the laws of New York"), "US-NY");
  EXPECT_EQ(jurisdiction("the laws of Delaware"), "US-DE");
  EXPECT_EQ(jurisdiction("the Commonwealth of Massachusetts"), "US-MA");
  EXPECT_EQ(jurisdiction("the State of Texas"), "US-TX");
}

TEST(FindJurisdiction, NamesSharingWordsAreTellApart) {
  EXPECT_EQ(jurisdiction("the laws of New Jersey"), "US-NJ");
  EXPECT_EQ(jurisdiction("the laws of West Virginia"), "US-WV");
  EXPECT_EQ(jurisdiction("the laws of Virginia"), "US-VA");
  EXPECT_EQ(jurisdiction("the laws of New Mexico"), "US-NM");
  EXPECT_EQ(jurisdiction("the laws of Mexico"), "MX");
  EXPECT_EQ(jurisdiction("the laws of Northern Ireland"), "GB-NIR");
  EXPECT_EQ(jurisdiction("the laws of Ireland"), "IE");
  EXPECT_EQ(jurisdiction("the laws of New South Wales"), "AU-NSW");
  EXPECT_EQ(jurisdiction("the laws of Wales"), "GB-WLS");
  EXPECT_EQ(jurisdiction("the laws of Jersey"), "JE");
}

TEST(FindJurisdiction, GeorgiaIsTheUsStateUnlessTheRepublicIsNamed) {
  EXPECT_EQ(jurisdiction("the laws of the State of Georgia"), "US-GA");
  EXPECT_EQ(jurisdiction("the laws of Georgia"), "US-GA");
  EXPECT_EQ(jurisdiction("the laws of the Republic of Georgia"), "GE");
}

TEST(FindJurisdiction, WashingtonIsTheStateUnlessDcIsWritten) {
  EXPECT_EQ(jurisdiction("the laws of the State of Washington"), "US-WA");
  EXPECT_EQ(jurisdiction("the courts of Washington, D.C."), "US-DC");
  EXPECT_EQ(jurisdiction("the laws of the District of Columbia"), "US-DC");
}

TEST(FindJurisdiction, CountriesAndUnions) {
  EXPECT_EQ(jurisdiction("the laws of the United States"), "US");
  EXPECT_EQ(jurisdiction("the federal laws of the U.S.A."), "US");
  EXPECT_EQ(jurisdiction("the laws of the United Kingdom"), "GB");
  EXPECT_EQ(jurisdiction("the laws of England and Wales"), "GB-ENG");
  EXPECT_EQ(jurisdiction("English law, the courts of England"), "GB-ENG");
  EXPECT_EQ(jurisdiction("Scots law and the courts of Scotland"), "GB-SCT");
  EXPECT_EQ(jurisdiction("Swiss law (Switzerland)"), "CH");
  EXPECT_EQ(jurisdiction("the laws of the People's Republic of China"), "CN");
  EXPECT_EQ(jurisdiction("the laws of the People\xE2\x80\x99s Republic of China"), "CN");
  EXPECT_EQ(jurisdiction("the laws of the PRC"), "CN");
  EXPECT_EQ(jurisdiction("the laws of India"), "IN");
  EXPECT_EQ(jurisdiction("the laws of the Republic of the Philippines"), "PH");
  EXPECT_EQ(jurisdiction("the laws of Singapore"), "SG");
  EXPECT_EQ(jurisdiction("the laws of Japan"), "JP");
  EXPECT_EQ(jurisdiction("the laws of the Republic of Korea"), "KR");
  EXPECT_EQ(jurisdiction("the laws of Israel"), "IL");
  EXPECT_EQ(jurisdiction("the laws of Brazil"), "BR");
  EXPECT_EQ(jurisdiction("the laws of South Africa"), "ZA");
  EXPECT_EQ(jurisdiction("the laws of Bermuda"), "BM");
  EXPECT_EQ(jurisdiction("the laws of the Cayman Islands"), "KY");
  EXPECT_EQ(jurisdiction("the laws of the British Virgin Islands"), "VG");
  EXPECT_EQ(jurisdiction("the laws of the Netherlands"), "NL");
  EXPECT_EQ(jurisdiction("the laws of Germany"), "DE");
  EXPECT_EQ(jurisdiction("the laws of Denmark"), "DK");
  EXPECT_EQ(jurisdiction("the laws of Italy"), "IT");
  EXPECT_EQ(jurisdiction("the laws of Norway"), "NO");
  EXPECT_EQ(jurisdiction("the law of the European Union"), "EU");
  EXPECT_EQ(jurisdiction("the laws of Victoria, Australia"), "AU-VIC");
  EXPECT_EQ(jurisdiction("the laws of Australia"), "AU");
}

TEST(FindJurisdiction, AdjectivesBeforeLawNameTheJurisdiction) {
  EXPECT_EQ(jurisdiction("governed by English law"), "GB-ENG");
  EXPECT_EQ(jurisdiction("governed by Scots law"), "GB-SCT");
  EXPECT_EQ(jurisdiction("governed by Scottish law"), "GB-SCT");
  EXPECT_EQ(jurisdiction("governed by Irish law"), "IE");
  EXPECT_EQ(jurisdiction("governed by Northern Irish law"), "GB-NIR");
  EXPECT_EQ(jurisdiction("governed by German law"), "DE");
  EXPECT_EQ(jurisdiction("governed by French law"), "FR");
  EXPECT_EQ(jurisdiction("governed by Swiss law"), "CH");
  EXPECT_EQ(jurisdiction("governed by Swiss substantive law"), "CH");
  EXPECT_EQ(jurisdiction("governed by Dutch law"), "NL");
  EXPECT_EQ(jurisdiction("governed by Danish law"), "DK");
  EXPECT_EQ(jurisdiction("governed by Italian law"), "IT");
  EXPECT_EQ(jurisdiction("governed by Chinese laws"), "CN");
  EXPECT_EQ(jurisdiction("governed by Indian law"), "IN");
  EXPECT_EQ(jurisdiction("governed by Philippine law"), "PH");
  EXPECT_EQ(jurisdiction("governed by Japanese law"), "JP");
  EXPECT_EQ(jurisdiction("governed by Californian law"), "US-CA");
  EXPECT_EQ(jurisdiction("governed by Brazilian law"), "BR");
  EXPECT_EQ(jurisdiction("governed by Canadian law"), "CA");
  EXPECT_EQ(jurisdiction("governed by English and Welsh law"), "GB-ENG");
  EXPECT_EQ(jurisdiction("GOVERNED BY ENGLISH LAW"), "GB-ENG");
}

TEST(FindJurisdiction, NamesUsedAsAdjectivesBeforeLaw) {
  EXPECT_EQ(jurisdiction("governed by Delaware law"), "US-DE");
  EXPECT_EQ(jurisdiction("governed by New York law"), "US-NY");
  EXPECT_EQ(jurisdiction("governed by California law"), "US-CA");
  EXPECT_EQ(jurisdiction("governed by Hong Kong law"), "HK");
  EXPECT_EQ(jurisdiction("governed by Singapore law"), "SG");
  EXPECT_EQ(jurisdiction("governed by PRC law"), "CN");
  EXPECT_EQ(jurisdiction("will be governed by PRC Laws."), "CN"); // CUAD
  EXPECT_EQ(jurisdiction("governed by the laws of the PRC"), "CN");
}

TEST(FindJurisdiction, AdjectivesElsewhereAreNotJurisdictions) {
  EXPECT_EQ(jurisdiction("written in the English language"), none);
  EXPECT_EQ(jurisdiction("the English version shall prevail"), none);
  EXPECT_EQ(jurisdiction("German engineers and French fries"), none);
  EXPECT_EQ(jurisdiction("paid in Indian rupees"), none);
  EXPECT_EQ(jurisdiction("english law"), none); // adjectives are capitalised like names
}

TEST(FindJurisdiction, AdjectiveRangeCoversTheAdjective) {
  const std::string_view text = "governed by Scots law and";
  const std::optional<FoundValue> found = find_jurisdiction(text, "en");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(span_of(text, *found), "Scots");
  const std::string_view two = "governed by English and Welsh law";
  const std::optional<FoundValue> second = find_jurisdiction(two, "en");
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(span_of(two, *second), "English and Welsh");
}

TEST(FindJurisdiction, LongFormsOfStatesAndRepublics) {
  EXPECT_EQ(jurisdiction("the laws of the People's Republic of China"), "CN");
  EXPECT_EQ(jurisdiction("the laws of the PEOPLE\xE2\x80\x99S REPUBLIC OF CHINA"), "CN");
  EXPECT_EQ(jurisdiction("the laws of the P.R.C."), "CN");
  EXPECT_EQ(jurisdiction("the laws of the Republic of Kazakhstan"), "KZ");
  EXPECT_EQ(jurisdiction("the laws of the Commonwealth of Pennsylvania"), "US-PA");
  EXPECT_EQ(jurisdiction("the laws of the State of Washington"), "US-WA");
  EXPECT_EQ(jurisdiction("the laws of England"), "GB-ENG");
}

TEST(FindJurisdiction, TheMostSpecificNameWins) {
  EXPECT_EQ(jurisdiction("the laws of the State of California, United States"), "US-CA");
  EXPECT_EQ(jurisdiction("the federal laws of the United States and the laws of the State of "
                         "Delaware"),
            "US-DE");
  EXPECT_EQ(jurisdiction("the laws of Canada and the Province of Ontario"), "CA-ON");
  EXPECT_EQ(jurisdiction("the laws of the United Kingdom, in particular England"), "GB-ENG");
}

TEST(FindJurisdiction, UpperCaseTextAndCapitalsInMixedText) {
  EXPECT_EQ(jurisdiction("THE LAWS OF THE STATE OF NEW YORK"), "US-NY");
  EXPECT_EQ(jurisdiction("roast turkey and jersey cows"), none);
  EXPECT_EQ(jurisdiction("governed by the laws of Turkey"), "TR");
}

TEST(FindJurisdiction, ByteRangeCoversTheName) {
  const std::string_view text = "the laws of the State of New York, without regard";
  const std::optional<FoundValue> found = find_jurisdiction(text, "en");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(span_of(text, *found), "New York");
}

TEST(FindJurisdiction, NearMissesAreNotJurisdictions) {
  EXPECT_EQ(jurisdiction("the laws of the jurisdiction where the Customer is located"), none);
  EXPECT_EQ(jurisdiction("Indian rupees"), none);
  EXPECT_EQ(jurisdiction("a New Yorker magazine"), none);
  EXPECT_EQ(jurisdiction("the laws of the [***]"), none);
  EXPECT_EQ(jurisdiction("notify us"), none);
}

TEST(FindJurisdiction, NameInsideALongerProperNounIsStillFoundTheCallerRestrictsTheWindow) {
  // The parser reads names, not contexts: a caller wanting the governing law hands over the
  // governing-law sentence only.
  EXPECT_EQ(jurisdiction("listed on the New York Stock Exchange"), "US-NY");
}

TEST(FindJurisdiction, UnknownLanguageFindsNothing) {
  EXPECT_FALSE(find_jurisdiction("the laws of New York", "zz").has_value());
}

TEST(FindJurisdiction, CuadGoverningLawPhrases) {
  // CUAD
  EXPECT_EQ(jurisdiction("governed by, and construed in accordance with, the laws of the State of "
                         "California without reference to its choice of law rules"),
            "US-CA");
  EXPECT_EQ(jurisdiction("governed by the law of the State of New York without regard to "
                         "principles of conflicts of laws"),
            "US-NY");
  EXPECT_EQ(jurisdiction("governed by and construed under the laws of Hong Kong without regard "
                         "to choice of laws principles"),
            "HK");
  EXPECT_EQ(jurisdiction("governed by and construed in accordance with the laws of the State of "
                         "California, USA"),
            "US-CA");
  EXPECT_EQ(jurisdiction("governed by and in accordance with the laws in the State of Washington"),
            "US-WA");
  EXPECT_EQ(jurisdiction("governed by and be                --------- ----       construed in "
                         "accordance with the laws of the Province of Ontario, Canada"),
            "CA-ON");
  EXPECT_EQ(jurisdiction("governed by the laws of the State of Delaware, its rules of conflict of "
                         "laws notwithstanding"),
            "US-DE");
  EXPECT_EQ(jurisdiction("governed by the law of California, U"), "US-CA");
  EXPECT_EQ(jurisdiction("governed by and construed and enforced in accordance with the internal "
                         "laws of the [***] applicable to agreements made"),
            none);
}

// ---------------------------------------------------------------------------------------------
// Money

TEST(FindMoney, SymbolsAndCodesBeforeTheAmount) {
  EXPECT_EQ(money("$5,000,000"), Strings{"USD 5000000.00"});
  EXPECT_EQ(money("US$ 5 million"), Strings{"USD 5000000.00"});
  EXPECT_EQ(money("USD 250,000.00"), Strings{"USD 250000.00"});
  EXPECT_EQ(money("GBP 1.5m"), Strings{"GBP 1500000.00"});
  EXPECT_EQ(money("\xE2\x82\xAC"
                  "10,000"),
            Strings{"EUR 10000.00"});
  EXPECT_EQ(money("\xC2\xA3"
                  "250,000"),
            Strings{"GBP 250000.00"});
  EXPECT_EQ(money("U.S.$1,000"), Strings{"USD 1000.00"});
  EXPECT_EQ(money("C$2,500"), Strings{"CAD 2500.00"});
  EXPECT_EQ(money("EUR10.5bn"), Strings{"EUR 10500000000.00"});
  EXPECT_EQ(money("$ 12.5"), Strings{"USD 12.50"});
}

TEST(FindMoney, CurrencyAfterTheAmount) {
  EXPECT_EQ(money("250,000 USD"), Strings{"USD 250000.00"});
  EXPECT_EQ(money("5 million euros"), Strings{"EUR 5000000.00"});
  EXPECT_EQ(money("10,000 U.S. dollars"), Strings{"USD 10000.00"});
  EXPECT_EQ(money("100 pounds sterling"), Strings{"GBP 100.00"});
}

TEST(FindMoney, WordsWithDigitsInParenthesesAreOneAmountAndDigitsWin) {
  const std::string_view text = "five hundred thousand dollars ($500,000)";
  const std::vector<FoundValue> found = find_money(text, "en");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].value, "USD 500000.00");
  EXPECT_EQ(span_of(text, found[0]), text);
  EXPECT_EQ(money("Five Million U.S. Dollars (US$5,000,000)"), Strings{"USD 5000000.00"});
  EXPECT_EQ(money("five hundred dollars ($600)"), Strings{"USD 600.00"});
  EXPECT_EQ(money("one million (1,000,000) dollars"), Strings{"USD 1000000.00"});
  EXPECT_EQ(money("$500,000 (five hundred thousand dollars)"), Strings{"USD 500000.00"});
  EXPECT_EQ(money("ten thousand euros"), Strings{"EUR 10000.00"});
}

TEST(FindMoney, DecimalsAreBuiltFromDigitsNotFloatingPoint) {
  EXPECT_EQ(money("$0.10"), Strings{"USD 0.10"});
  EXPECT_EQ(money("$1.1"), Strings{"USD 1.10"});
  EXPECT_EQ(money("$123,456,789,012.34"), Strings{"USD 123456789012.34"});
  EXPECT_EQ(money("$0.125 per share"), Strings{"USD 0.13"});
  EXPECT_EQ(money("$9.995"), Strings{"USD 10.00"});
  EXPECT_EQ(money("USD 2.675"), Strings{"USD 2.68"}); // 2.67499999... as a double
  EXPECT_EQ(money("$0.1m"), Strings{"USD 100000.00"});
}

TEST(FindMoney, AllAmountsInOrder) {
  EXPECT_EQ(money("a fee of $100 per month, up to \xC2\xA3"
                  "1,000 a year"),
            (Strings{"USD 100.00", "GBP 1000.00"}));
}

TEST(FindMoney, NearMissesAreNotMoney) {
  EXPECT_EQ(money("Section 5,000"), Strings{});
  EXPECT_EQ(money("five hundred thousand units"), Strings{});
  EXPECT_EQ(money("50 pounds of product"), Strings{});
  EXPECT_EQ(money("$[***]"), Strings{});
  EXPECT_EQ(money("30 days"), Strings{});
}

TEST(FindMoney, UnknownLanguageFindsNothing) {
  EXPECT_TRUE(find_money("$5", "it").empty());
}

// ---------------------------------------------------------------------------------------------
// Percentages

TEST(FindPercents, SignAndWords) {
  EXPECT_EQ(percents("12%"), Strings{"0.12"});
  EXPECT_EQ(percents("12 %"), Strings{"0.12"});
  EXPECT_EQ(percents("12 percent"), Strings{"0.12"});
  EXPECT_EQ(percents("12.5 per cent"), Strings{"0.125"});
  EXPECT_EQ(percents("5 PER CENT"), Strings{"0.05"});
  EXPECT_EQ(percents("0.5%"), Strings{"0.005"});
}

TEST(FindPercents, NoNeedlessZerosAndOneForAHundred) {
  EXPECT_EQ(percents("100%"), Strings{"1"});
  EXPECT_EQ(percents("150%"), Strings{"1.5"});
  EXPECT_EQ(percents("10.50%"), Strings{"0.105"});
  EXPECT_EQ(percents("0%"), Strings{"0"});
}

TEST(FindPercents, WordsAndDigitsAreOneValueAndDigitsWin) {
  const std::string_view text = "ninety-five percent (95%) of calls";
  const std::vector<FoundValue> found = find_percents(text, "en");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].value, "0.95");
  EXPECT_EQ(span_of(text, found[0]), "ninety-five percent (95%)");
  EXPECT_EQ(percents("ninety percent (95%)"), Strings{"0.95"});
  EXPECT_EQ(percents("fifty (50%) percent"), Strings{"0.5"});
  EXPECT_EQ(percents("50% (fifty percent)"), Strings{"0.5"});
  EXPECT_EQ(percents("twenty-five percent"), Strings{"0.25"});
}

TEST(FindPercents, NearMissesAreNotPercentages) {
  EXPECT_EQ(percents("[***]%"), Strings{});
  EXPECT_EQ(percents("1-1/2% per month"), Strings{});
  EXPECT_EQ(percents("12 parts"), Strings{});
  EXPECT_EQ(percents("percentage"), Strings{});
}

TEST(FindPercents, CuadPhrases) {
  // CUAD
  EXPECT_EQ(percents("If the appraisals differ by more than ten percent (10%), then"),
            Strings{"0.1"});
  EXPECT_EQ(percents("the transfer of at least twenty-five percent (25%) of the equity interest"),
            Strings{"0.25"});
  EXPECT_EQ(percents("delivery is between 95% and up to 105% of its scheduled Capacity"),
            (Strings{"0.95", "1.05"}));
}

// ---------------------------------------------------------------------------------------------
// Dates

TEST(FindDates, EnglishWritings) {
  EXPECT_EQ(dates("January 1, 2020"), Strings{"2020-01-01"});
  EXPECT_EQ(dates("1 January 2020"), Strings{"2020-01-01"});
  EXPECT_EQ(dates("the 1st day of January, 2020"), Strings{"2020-01-01"});
  EXPECT_EQ(dates("01/15/2020"), Strings{"2020-01-15"});
  EXPECT_EQ(dates("2020-01-15"), Strings{"2020-01-15"});
  EXPECT_EQ(dates("Jan. 1, 2020"), Strings{"2020-01-01"});
  EXPECT_EQ(dates("December 31st, 2020"), Strings{"2020-12-31"});
  EXPECT_EQ(dates("SEPT 9 2021"), Strings{"2021-09-09"});
  EXPECT_EQ(dates("1st of March, 2021"), Strings{"2021-03-01"});
}

TEST(FindDates, InvalidDatesAreNotDates) {
  EXPECT_EQ(dates("February 30, 2020"), Strings{});
  EXPECT_EQ(dates("February 29, 2021"), Strings{});
  EXPECT_EQ(dates("February 29, 2020"), Strings{"2020-02-29"});
  EXPECT_EQ(dates("13/01/2020"), Strings{});
  EXPECT_EQ(dates("2020-13-01"), Strings{});
  EXPECT_EQ(dates("April 31, 2020"), Strings{});
}

TEST(FindDates, NearMissesAreNotDates) {
  EXPECT_EQ(dates("January 2020"), Strings{});
  EXPECT_EQ(dates("you may 1 day"), Strings{});
  EXPECT_EQ(dates("1/15/20"), Strings{});
  EXPECT_EQ(dates("the 7th day of each month"), Strings{});
  EXPECT_EQ(dates("1/2/3/2020"), Strings{});
}

TEST(FindDates, CuadPhrasesWithByteRanges) {
  // CUAD
  const std::string_view text =
      "(the \"Agreement\") dated as of March 20, 2020 (the \"Effective Date\") is entered";
  const std::vector<FoundValue> found = find_dates(text, "en");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].value, "2020-03-20");
  EXPECT_EQ(span_of(text, found[0]), "March 20, 2020");
  EXPECT_EQ(dates("made and entered into this 30th day of June 2017,"), Strings{"2017-06-30"});
  EXPECT_EQ(dates("Distribution Agreement dated May 1, 2012 (the  \"Underwriting Agreement"),
            Strings{"2012-05-01"});
}

// ---------------------------------------------------------------------------------------------
// Liability caps

TEST(FindLiabilityCap, FeesPaidOverAPeriod) {
  EXPECT_EQ(cap("shall not exceed the total fees paid in the twelve (12) months preceding the "
                "claim"),
            "1x fees P12M");
  EXPECT_EQ(cap("limited to the fees paid or payable during the 6 months before the event"),
            "1x fees P6M");
}

TEST(FindLiabilityCap, MultiplesOfFees) {
  EXPECT_EQ(cap("two times the fees paid hereunder"), "2x fees");
  EXPECT_EQ(cap("two (2) times the annual fees paid"), "2x fees");
  EXPECT_EQ(cap("2x the fees paid"), "2x fees");
  EXPECT_EQ(cap("1.5 times the charges paid in the preceding 12 months"), "1.5x fees P12M");
  EXPECT_EQ(cap("twice the amounts paid"), "2x fees");
  EXPECT_EQ(cap("150% of the fees paid"), "1.5x fees");
}

TEST(FindLiabilityCap, AmountsPaidOrPayableAreOneTimesFees) {
  EXPECT_EQ(cap("the amounts paid or payable under this Agreement"), "1x fees");
}

TEST(FindLiabilityCap, MoneyCaps) {
  EXPECT_EQ(cap("shall not exceed $1,000,000"), "USD 1000000.00");
  EXPECT_EQ(cap("the greater of $500,000 and the fees paid in the prior year"), "USD 500000.00");
  EXPECT_EQ(cap("the greater of the fees paid in the last 12 months and $500,000"), "1x fees P12M");
}

TEST(FindLiabilityCap, ByteRangeStartsAtTheMultiple) {
  const std::string_view text = "shall not exceed two times the fees paid hereunder";
  const std::optional<FoundValue> found = find_liability_cap(text, "en");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(span_of(text, *found), "two times the fees paid");
}

TEST(FindLiabilityCap, NearMissesAreNotCaps) {
  EXPECT_EQ(cap("Customer shall pay the fees set out in Schedule 2"), none);
  EXPECT_EQ(cap("in no event shall either party be liable for consequential damages"), none);
  EXPECT_EQ(cap("SHALL NOT EXCEED [***]"), none);
  EXPECT_EQ(cap("shall not exceed [***] of the fees paid"), none);
  EXPECT_EQ(cap("shall not exceed [***] times the fees paid"), none);
}

TEST(FindLiabilityCap, CuadPhrases) {
  // CUAD
  EXPECT_EQ(cap("IN NO EVENT SHALL EITHER PARTY'S LIABILITY ARISING OUT OF OR RELATED TO THIS "
                "AGREEMENT OR THE USE OR PERFORMANCE OF THE SOFTWARE EXCEED THE TOTAL AMOUNT "
                "ACTUALLY PAID BY CORIO HEREUNDER FOR THE TRANSACTION WHICH THE LIABILITY "
                "RELATES TO DURING THE TWELVE (12) MONTHS IMMEDIATELY PRIOR TO THE CAUSE OF "
                "ACTION"),
            "1x fees P12M");
  EXPECT_EQ(cap("to the intellectual property indemnity set forth in the Enterprise License "
                "shall not exceed 50% (fifty percent) of the monies paid by Nortel thereunder"),
            "0.5x fees");
  EXPECT_EQ(cap("shall not exceed an amount equal to the average annual aggregate amount paid or "
                "to be paid by XENCOR to BII hereunder"),
            "1x fees");
}

TEST(FindLiabilityCap, UnknownLanguageFindsNothing) {
  EXPECT_FALSE(find_liability_cap("shall not exceed $1,000,000", "da").has_value());
}

// ---------------------------------------------------------------------------------------------
// Counts

TEST(ParseCount, WordsDigitsAndBoth) {
  EXPECT_EQ(parse_count("three (3) consecutive months", "en"), 3);
  EXPECT_EQ(parse_count("twelve", "en"), 12);
  EXPECT_EQ(parse_count("4", "en"), 4);
  EXPECT_EQ(parse_count("  Twenty-One times", "en"), 21);
  EXPECT_EQ(parse_count("three (4)", "en"), 4);
  EXPECT_EQ(parse_count("1,000 units", "en"), 1000);
}

TEST(ParseCount, NothingWhenTheTextDoesNotStartWithANumber) {
  EXPECT_FALSE(parse_count("consecutive three months", "en").has_value());
  EXPECT_FALSE(parse_count("", "en").has_value());
  EXPECT_FALSE(parse_count("1.5 months", "en").has_value());
  EXPECT_FALSE(parse_count("1st month", "en").has_value());
  EXPECT_FALSE(parse_count("three", "zh").has_value());
}

// ---------------------------------------------------------------------------------------------
// Any input

TEST(ValueParsers, ArbitraryBytesNeverThrowAndRangesStayInside) {
  std::string noise;
  for (int i = 0; i < 4096; ++i) {
    noise += static_cast<char>((i * 7919 + 13) % 256);
    if (i % 97 == 0) {
      noise += " thirty (30) days $5m 12% January 1, 2020 New York ";
    }
  }
  for (const std::string_view text :
       {std::string_view(noise), std::string_view("\xE2\x82"), std::string_view("(("),
        std::string_view("$"), std::string_view("one hundred and"),
        std::string_view("99999999999999999999 days"), std::string_view("thirty (")}) {
    for (const auto& found : {find_durations(text, "en"), find_money(text, "en"),
                              find_percents(text, "en"), find_dates(text, "en")}) {
      for (const FoundValue& value : found) {
        EXPECT_LE(value.begin, value.end);
        EXPECT_LE(value.end, text.size());
      }
    }
    (void)find_jurisdiction(text, "en");
    (void)find_liability_cap(text, "en");
    (void)parse_count(text, "en");
  }
}

} // namespace
