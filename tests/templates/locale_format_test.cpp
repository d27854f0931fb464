#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "pactum/error.hpp"
#include "templates/locale_format.hpp"

using namespace pactum::host;

namespace {

// ICU puts a no-break space between a currency code and its amount and before the Danish "%";
// the module keeps it (see locale_format.hpp), so the expected strings spell it out.
const std::string nbsp = "\u00A0";

} // namespace

// --- format_duration ----------------------------------------------------------------------------

TEST(FormatDuration, SpellsDaysInLegalStyleInEnglish) {
  EXPECT_EQ(format_duration("P90D", "en"), "ninety (90) days");
  EXPECT_EQ(format_duration("P1D", "en"), "one (1) day");
  EXPECT_EQ(format_duration("P21D", "en"), "twenty-one (21) days");
}

TEST(FormatDuration, RendersEveryUnitInSingularAndPluralInEnglish) {
  EXPECT_EQ(format_duration("P1M", "en"), "one (1) month");
  EXPECT_EQ(format_duration("P3M", "en"), "three (3) months");
  EXPECT_EQ(format_duration("P1Y", "en"), "one (1) year");
  EXPECT_EQ(format_duration("P3Y", "en"), "three (3) years");
  EXPECT_EQ(format_duration("P1W", "en"), "one (1) week");
  EXPECT_EQ(format_duration("P4W", "en"), "four (4) weeks");
  EXPECT_EQ(format_duration("PT1H", "en"), "one (1) hour");
  EXPECT_EQ(format_duration("PT24H", "en"), "twenty-four (24) hours");
  EXPECT_EQ(format_duration("PT1M", "en"), "one (1) minute");
  EXPECT_EQ(format_duration("PT30M", "en"), "thirty (30) minutes");
  EXPECT_EQ(format_duration("PT1S", "en"), "one (1) second");
  EXPECT_EQ(format_duration("PT20S", "en"), "twenty (20) seconds");
}

TEST(FormatDuration, UsesBritishHundredsAndGroupsTheDigitsInEnglish) {
  EXPECT_EQ(format_duration("P101D", "en"), "one hundred and one (101) days");
  EXPECT_EQ(format_duration("P365D", "en"), "three hundred and sixty-five (365) days");
  EXPECT_EQ(format_duration("P1000D", "en"), "one thousand (1,000) days");
  EXPECT_EQ(format_duration("P0D", "en"), "zero (0) days");
}

TEST(FormatDuration, AgreesNumberAndNounGenderInDanish) {
  EXPECT_EQ(format_duration("P90D", "da"), "halvfems (90) dage");
  EXPECT_EQ(format_duration("P1D", "da"), "en (1) dag");
  EXPECT_EQ(format_duration("P1M", "da"), "en (1) måned");
  EXPECT_EQ(format_duration("P3M", "da"), "tre (3) måneder");
  EXPECT_EQ(format_duration("P1Y", "da"), "et (1) år");
  EXPECT_EQ(format_duration("P3Y", "da"), "tre (3) år");
  EXPECT_EQ(format_duration("P1W", "da"), "en (1) uge");
  EXPECT_EQ(format_duration("P4W", "da"), "fire (4) uger");
  EXPECT_EQ(format_duration("PT1H", "da"), "en (1) time");
  EXPECT_EQ(format_duration("PT24H", "da"), "fireogtyve (24) timer");
  EXPECT_EQ(format_duration("PT1M", "da"), "et (1) minut");
  EXPECT_EQ(format_duration("PT30M", "da"), "tredive (30) minutter");
  EXPECT_EQ(format_duration("PT1S", "da"), "et (1) sekund");
  EXPECT_EQ(format_duration("PT20S", "da"), "tyve (20) sekunder");
  EXPECT_EQ(format_duration("P1000D", "da"), "tusinde (1.000) dage");
}

TEST(FormatDuration, DropsTheSoftHyphensIcuPutsInCompoundNumbers) {
  // ICU's Danish and Italian spell-out return "fire\u00ADog\u00ADtyve", "venti\u00ADquattro".
  EXPECT_EQ(format_duration("PT24H", "da").find("\u00AD"), std::string::npos);
  EXPECT_EQ(format_duration("PT24H", "it"), "ventiquattro (24) ore");
  EXPECT_EQ(format_duration("P365D", "da"), "trehundrede og femogtres (365) dage");
}

TEST(FormatDuration, AgreesNumberAndNounGenderInItalian) {
  EXPECT_EQ(format_duration("P90D", "it"), "novanta (90) giorni");
  EXPECT_EQ(format_duration("P1D", "it"), "un (1) giorno");
  EXPECT_EQ(format_duration("P21D", "it"), "ventun (21) giorni");
  EXPECT_EQ(format_duration("P1M", "it"), "un (1) mese");
  EXPECT_EQ(format_duration("P3M", "it"), "tre (3) mesi");
  EXPECT_EQ(format_duration("P1Y", "it"), "un (1) anno");
  EXPECT_EQ(format_duration("P3Y", "it"), "tre (3) anni");
  EXPECT_EQ(format_duration("P1W", "it"), "una (1) settimana");
  EXPECT_EQ(format_duration("P4W", "it"), "quattro (4) settimane");
  EXPECT_EQ(format_duration("PT1H", "it"), "una (1) ora");
  EXPECT_EQ(format_duration("PT24H", "it"), "ventiquattro (24) ore");
  EXPECT_EQ(format_duration("PT1M", "it"), "un (1) minuto");
  EXPECT_EQ(format_duration("PT30M", "it"), "trenta (30) minuti");
  EXPECT_EQ(format_duration("PT1S", "it"), "un (1) secondo");
  EXPECT_EQ(format_duration("PT20S", "it"), "venti (20) secondi");
  EXPECT_EQ(format_duration("P1000D", "it"), "mille (1.000) giorni");
}

TEST(FormatDuration, UsesFullWidthParenthesesAndMeasureWordsInChinese) {
  EXPECT_EQ(format_duration("P90D", "zh"), "九十（90）日");
  EXPECT_EQ(format_duration("P1D", "zh"), "一（1）日");
  EXPECT_EQ(format_duration("P1M", "zh"), "一（1）个月");
  EXPECT_EQ(format_duration("P3M", "zh"), "三（3）个月");
  EXPECT_EQ(format_duration("P1Y", "zh"), "一（1）年");
  EXPECT_EQ(format_duration("P3Y", "zh"), "三（3）年");
  EXPECT_EQ(format_duration("P4W", "zh"), "四（4）周");
  EXPECT_EQ(format_duration("PT24H", "zh"), "二十四（24）小时");
  EXPECT_EQ(format_duration("PT30M", "zh"), "三十（30）分钟");
  EXPECT_EQ(format_duration("PT20S", "zh"), "二十（20）秒");
  EXPECT_EQ(format_duration("P101D", "zh"), "一百零一（101）日");
  EXPECT_EQ(format_duration("P1000D", "zh"), "一千（1,000）日");
}

TEST(FormatDuration, SaysBusinessDaysInEachLanguage) {
  EXPECT_EQ(format_duration("P10D", "en", true), "ten (10) business days");
  EXPECT_EQ(format_duration("P1D", "en", true), "one (1) business day");
  EXPECT_EQ(format_duration("P10D", "da", true), "ti (10) arbejdsdage");
  EXPECT_EQ(format_duration("P1D", "da", true), "en (1) arbejdsdag");
  EXPECT_EQ(format_duration("P10D", "it", true), "dieci (10) giorni lavorativi");
  EXPECT_EQ(format_duration("P1D", "it", true), "un (1) giorno lavorativo");
  EXPECT_EQ(format_duration("P10D", "zh", true), "十（10）个工作日");
}

TEST(FormatDuration, RefusesBusinessDaysOnUnitsOtherThanDays) {
  EXPECT_THROW(format_duration("P3M", "en", true), pactum::Error);
  EXPECT_THROW(format_duration("P1DT12H", "en", true), pactum::Error);
  EXPECT_EQ(format_duration("perpetual", "en", true), "perpetual");
}

TEST(FormatDuration, SaysPerpetualInEachLanguage) {
  EXPECT_EQ(format_duration("perpetual", "en"), "perpetual");
  EXPECT_EQ(format_duration("perpetual", "da"), "tidsubegrænset");
  EXPECT_EQ(format_duration("perpetual", "it"), "a tempo indeterminato");
  EXPECT_EQ(format_duration("perpetual", "zh"), "无固定期限");
}

TEST(FormatDuration, JoinsTheUnitsOfACombinationAsAList) {
  EXPECT_EQ(format_duration("P1Y6M", "en"), "one (1) year and six (6) months");
  EXPECT_EQ(format_duration("P1Y6M", "da"), "et (1) år og seks (6) måneder");
  EXPECT_EQ(format_duration("P1Y6M", "it"), "un (1) anno e sei (6) mesi");
  EXPECT_EQ(format_duration("P1Y6M", "zh"), "一（1）年六（6）个月");
  EXPECT_EQ(format_duration("P1Y2M3D", "en"), "one (1) year, two (2) months and three (3) days");
  EXPECT_EQ(format_duration("P1DT12H", "da"), "en (1) dag og tolv (12) timer");
  EXPECT_EQ(format_duration("P1DT12H", "zh"), "一（1）日十二（12）小时");
}

TEST(FormatDuration, ReadsLeadingZerosAsTheModelDoes) {
  EXPECT_EQ(format_duration("P090D", "en"), "ninety (90) days");
}

TEST(FormatDuration, FallsBackToEnglishForOtherLanguagesAndReadsThePrimarySubtag) {
  EXPECT_EQ(format_duration("P90D", "fr"), "ninety (90) days");
  EXPECT_EQ(format_duration("P90D", ""), "ninety (90) days");
  EXPECT_EQ(format_duration("P90D", "da-DK"), "halvfems (90) dage");
  EXPECT_EQ(format_duration("P90D", "ZH"), "九十（90）日");
  EXPECT_EQ(format_duration("P90D", "dan"), "ninety (90) days");
}

TEST(FormatDuration, RefusesWhatIsNotADuration) {
  for (const char* bad : {"", "P", "PT", "90D", "P90", "P1.5D", "P10BD", "P1M1Y", "P-1D",
                          "ninety days", "Perpetual", "perpetual ", "P1DT"}) {
    EXPECT_THROW(format_duration(bad, "en"), pactum::Error) << bad;
  }
}

TEST(FormatDuration, KeepsTheErrorMessageOnOneLine) {
  try {
    format_duration("P1\nD", "en");
    FAIL() << "no exception";
  } catch (const pactum::Error& error) {
    EXPECT_EQ(std::string(error.what()).find('\n'), std::string::npos) << error.what();
  }
}

// --- spell_out ----------------------------------------------------------------------------------

TEST(SpellOut, SpellsIntegersInEachLanguage) {
  EXPECT_EQ(spell_out(90, "en"), "ninety");
  EXPECT_EQ(spell_out(90, "da"), "halvfems");
  EXPECT_EQ(spell_out(90, "it"), "novanta");
  EXPECT_EQ(spell_out(90, "zh"), "九十");
  EXPECT_EQ(spell_out(120, "en"), "one hundred and twenty");
  EXPECT_EQ(spell_out(1, "da"), "en");
  EXPECT_EQ(spell_out(1, "it"), "un");
  EXPECT_EQ(spell_out(-7, "en"), "minus seven");
  EXPECT_EQ(spell_out(-7, "zh"), "负七");
}

// --- format_money -------------------------------------------------------------------------------

TEST(FormatMoney, ShowsTheIsoCodeAndGroupsTheAmountInEachLanguage) {
  EXPECT_EQ(format_money("GBP 250000.00", "en"), "GBP" + nbsp + "250,000.00");
  EXPECT_EQ(format_money("GBP 250000.00", "da"), "250.000,00" + nbsp + "GBP");
  EXPECT_EQ(format_money("GBP 250000.00", "it"), "250.000,00" + nbsp + "GBP");
  EXPECT_EQ(format_money("GBP 250000.00", "zh"), "GBP" + nbsp + "250,000.00");
  EXPECT_EQ(format_money("EUR 1000000", "da"), "1.000.000,00" + nbsp + "EUR");
}

TEST(FormatMoney, ShowsTheMinorUnitAndNeverRoundsAwayAGivenDigit) {
  EXPECT_EQ(format_money("JPY 250000", "en"), "JPY" + nbsp + "250,000");
  EXPECT_EQ(format_money("BHD 12.5", "en"), "BHD" + nbsp + "12.500");
  EXPECT_EQ(format_money("GBP 0.125", "en"), "GBP" + nbsp + "0.125");
  EXPECT_EQ(format_money("GBP 0.125", "it"), "0,125" + nbsp + "GBP");
  EXPECT_EQ(format_money("GBP -5.5", "en"), "-GBP" + nbsp + "5.50");
}

TEST(FormatMoney, KeepsDigitsBeyondWhatADoubleHolds) {
  EXPECT_EQ(format_money("GBP 12345678901234567.89", "en"),
            "GBP" + nbsp + "12,345,678,901,234,567.89");
}

TEST(FormatMoney, RefusesAnAmountWithMoreDigitsThanIcuCanShow) {
  EXPECT_THROW(format_money("GBP 0." + std::string(1000, '1'), "en"), pactum::Error);
}

TEST(FormatMoney, RefusesMalformedAmounts) {
  for (const char* bad :
       {"", "GBP", "GBP ", "gbp 1.00", "GBP 1,000.00", "GBP 1e5", "GBP  1.00", "GBP 1.", "GBP .5",
        "GBP NaN", "250000.00 GBP", "GBP 1.00 ", "ABC 1.00", "GB 1.00", "GBPX 1.00", "£ 1.00"}) {
    EXPECT_THROW(format_money(bad, "en"), pactum::Error) << bad;
  }
}

// --- format_percent -----------------------------------------------------------------------------

TEST(FormatPercent, FormatsFractionsAsPercentagesInEachLanguage) {
  EXPECT_EQ(format_percent("0.15", "en"), "15%");
  EXPECT_EQ(format_percent("0.125", "en"), "12.5%");
  EXPECT_EQ(format_percent("0.15", "da"), "15" + nbsp + "%");
  EXPECT_EQ(format_percent("0.125", "da"), "12,5" + nbsp + "%");
  EXPECT_EQ(format_percent("0.15", "it"), "15%");
  EXPECT_EQ(format_percent("0.125", "it"), "12,5%");
  EXPECT_EQ(format_percent("0.15", "zh"), "15%");
  EXPECT_EQ(format_percent("0.125", "zh"), "12.5%");
}

TEST(FormatPercent, ShowsAtMostTwoFractionDigitsWithoutTrailingZeros) {
  EXPECT_EQ(format_percent("0.5000", "en"), "50%");
  EXPECT_EQ(format_percent("1", "en"), "100%");
  EXPECT_EQ(format_percent("0.0001", "en"), "0.01%");
  EXPECT_EQ(format_percent("0.1250000", "en"), "12.5%");
}

TEST(FormatPercent, RefusesAFractionThatWouldHaveToBeRounded) {
  EXPECT_THROW(format_percent("0.12345", "en"), pactum::Error);
  EXPECT_THROW(format_percent("0.00001", "en"), pactum::Error);
}

TEST(FormatPercent, RefusesWhatIsNotADecimalFraction) {
  for (const char* bad : {"", "15%", "0,15", "1e-2", ".15", "abc", "0.15 ", "-"}) {
    EXPECT_THROW(format_percent(bad, "en"), pactum::Error) << bad;
  }
}

// --- format_date --------------------------------------------------------------------------------

TEST(FormatDate, UsesTheLongStyleOfEachLanguage) {
  EXPECT_EQ(format_date("2027-03-01", "en"), "1 March 2027");
  EXPECT_EQ(format_date("2027-03-01", "da"), "1. marts 2027");
  EXPECT_EQ(format_date("2027-03-01", "it"), "1 marzo 2027");
  EXPECT_EQ(format_date("2027-03-01", "zh"), "2027年3月1日");
}

TEST(FormatDate, KeepsTheDayAtTheEdgesOfTheYear) {
  EXPECT_EQ(format_date("2027-12-31", "en"), "31 December 2027");
  EXPECT_EQ(format_date("2028-01-01", "da"), "1. januar 2028");
  EXPECT_EQ(format_date("2024-02-29", "it"), "29 febbraio 2024");
}

TEST(FormatDate, ReadsDatesAsProlepticGregorianLikeIso8601) {
  // ICU's default calendar is Julian before 15 October 1582 and would move these days.
  EXPECT_EQ(format_date("1582-10-10", "en"), "10 October 1582");
  EXPECT_EQ(format_date("1500-03-01", "en"), "1 March 1500");
  EXPECT_EQ(format_date("0001-01-01", "en"), "1 January 1");
  EXPECT_EQ(format_date("9999-12-31", "zh"), "9999年12月31日");
}

TEST(FormatDate, RefusesDatesThatDoNotExistOrAreNotIso) {
  for (const char* bad : {"2027-02-30", "2023-02-29", "2027-13-01", "2027-00-10", "2027-04-31",
                          "2027-3-1", "01/03/2027", "2027-03-01T00:00", "", "2027-03-+1",
                          "2027_03_01", " 2027-03-1", "0000-01-01", "1900-02-29"}) {
    EXPECT_THROW(format_date(bad, "en"), pactum::Error) << bad;
  }
}

// --- format_number ------------------------------------------------------------------------------

TEST(FormatNumber, GroupsDigitsPerLocale) {
  EXPECT_EQ(format_number("120000", "en"), "120,000");
  EXPECT_EQ(format_number("120000", "da"), "120.000");
  EXPECT_EQ(format_number("120000", "it"), "120.000");
  EXPECT_EQ(format_number("120000", "zh"), "120,000");
  EXPECT_EQ(format_number("999", "en"), "999");
}

TEST(FormatNumber, KeepsEveryFractionDigit) {
  EXPECT_EQ(format_number("1234567.8912345", "en"), "1,234,567.8912345");
  EXPECT_EQ(format_number("1234567.891", "da"), "1.234.567,891");
  EXPECT_EQ(format_number("-42", "it"), "-42");
}

TEST(FormatNumber, RefusesWhatIsNotADecimal) {
  for (const char* bad : {"", "-", "12,000", "1e3", "abc", "1.", "+1", "Infinity"}) {
    EXPECT_THROW(format_number(bad, "en"), pactum::Error) << bad;
  }
}

// --- country_name / is_iso_country
// ----------------------------------------------------------------

TEST(CountryName, NamesCountriesInEachLanguage) {
  EXPECT_EQ(country_name("PH", "en"), "Philippines");
  EXPECT_EQ(country_name("PH", "da"), "Filippinerne");
  EXPECT_EQ(country_name("PH", "it"), "Filippine");
  EXPECT_EQ(country_name("PH", "zh"), "菲律宾");
  EXPECT_EQ(country_name("GB", "en"), "United Kingdom");
  EXPECT_EQ(country_name("DK", "da"), "Danmark");
  EXPECT_EQ(country_name("IT", "it"), "Italia");
  EXPECT_EQ(country_name("CN", "zh"), "中国");
}

TEST(CountryName, RefusesCodesIcuDoesNotList) {
  for (const char* bad : {"", "XX", "ZZ", "ph", "PHL", "P", "UK"}) {
    EXPECT_THROW(country_name(bad, "en"), pactum::Error) << bad;
  }
}

TEST(IsIsoCountry, KnowsUpperCaseAlpha2CodesOnly) {
  EXPECT_TRUE(is_iso_country("PH"));
  EXPECT_TRUE(is_iso_country("DK"));
  EXPECT_FALSE(is_iso_country("ph"));
  EXPECT_FALSE(is_iso_country("UK"));
  EXPECT_FALSE(is_iso_country("PHL"));
  EXPECT_FALSE(is_iso_country(""));
  EXPECT_FALSE(is_iso_country(std::string_view("P\0", 2)));
}

// --- join_list ----------------------------------------------------------------------------------

TEST(JoinList, JoinsOneTwoAndThreeItemsInEachLanguage) {
  const std::vector<std::string> one{"a"};
  const std::vector<std::string> two{"a", "b"};
  const std::vector<std::string> three{"a", "b", "c"};
  EXPECT_EQ(join_list(one, "en"), "a");
  EXPECT_EQ(join_list(two, "en"), "a and b");
  EXPECT_EQ(join_list(three, "en"), "a, b and c");
  EXPECT_EQ(join_list(one, "da"), "a");
  EXPECT_EQ(join_list(two, "da"), "a og b");
  EXPECT_EQ(join_list(three, "da"), "a, b og c");
  EXPECT_EQ(join_list(one, "it"), "a");
  EXPECT_EQ(join_list(two, "it"), "a e b");
  EXPECT_EQ(join_list(three, "it"), "a, b e c");
  EXPECT_EQ(join_list(one, "zh"), "a");
  EXPECT_EQ(join_list(two, "zh"), "a和b");
  EXPECT_EQ(join_list(three, "zh"), "a、b和c");
}

TEST(JoinList, JoinsNothingToNothingAndKeepsItemsAsGiven) {
  EXPECT_EQ(join_list({}, "en"), "");
  EXPECT_EQ(join_list({"Kunde\u00ADservice", "Manila"}, "da"), "Kunde\u00ADservice og Manila");
}

// --- threads ------------------------------------------------------------------------------------

TEST(LocaleFormat, GivesTheSameTextFromSeveralThreadsAtOnce) {
  constexpr int thread_count = 4;
  std::vector<std::string> results(thread_count);
  std::vector<std::thread> threads;
  for (int i = 0; i < thread_count; ++i) {
    threads.emplace_back([&results, i] {
      std::string text;
      for (int round = 0; round < 20; ++round) {
        text = format_duration("P90D", "da") + "|" + format_money("GBP 250000.00", "en") + "|" +
               format_date("2027-03-01", "zh") + "|" + join_list({"a", "b", "c"}, "it");
      }
      results[static_cast<std::size_t>(i)] = text;
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }
  for (const std::string& result : results) {
    EXPECT_EQ(result, "halvfems (90) dage|GBP" + nbsp + "250,000.00|2027年3月1日|a, b e c");
  }
}
