#include <gtest/gtest.h>

#include "templates/scalar_types.hpp"

using namespace pactum::host;

namespace {

std::string canonical(ParamType type, std::string_view input) {
  ParamSpec spec;
  spec.type = type;
  const auto value = canonicalize(spec, input);
  return value ? value->value : "<refused>";
}

} // namespace

TEST(Canonicalize, PercentagesBecomeDecimalFractions) {
  EXPECT_EQ(canonical(ParamType::percent, "15%"), "0.15");
  EXPECT_EQ(canonical(ParamType::percent, "12.5 %"), "0.125");
  EXPECT_EQ(canonical(ParamType::percent, "0.12"), "0.12");
  EXPECT_EQ(canonical(ParamType::percent, "150%"), "1.50");
  EXPECT_EQ(canonical(ParamType::percent, "fifteen"), "<refused>");
}

TEST(Canonicalize, MoneyKeepsItsCurrencyAndTwoDecimalsNeverFloatingPoint) {
  EXPECT_EQ(canonical(ParamType::money, "GBP 250000"), "GBP 250000.00");
  EXPECT_EQ(canonical(ParamType::money, "GBP 250,000.00"), "GBP 250000.00");
  EXPECT_EQ(canonical(ParamType::money, "EUR 14.10"), "EUR 14.10");
  EXPECT_EQ(canonical(ParamType::money, "250000"), "<refused>");
  EXPECT_EQ(canonical(ParamType::money, "XYZ 10"), "<refused>");
  EXPECT_EQ(canonical(ParamType::money, "GBP 10.005"), "<refused>");
}

TEST(Canonicalize, DurationsInWordsBecomeIso8601) {
  EXPECT_EQ(canonical(ParamType::duration, "90 days"), "P90D");
  EXPECT_EQ(canonical(ParamType::duration, "3 months"), "P3M");
  EXPECT_EQ(canonical(ParamType::duration, "1 year"), "P1Y");
  EXPECT_EQ(canonical(ParamType::duration, "24 hours"), "PT24H");
  EXPECT_EQ(canonical(ParamType::duration, "P090D"), "P90D");
  EXPECT_EQ(canonical(ParamType::duration, "ninety days"), "<refused>");
  ParamSpec spec;
  spec.type = ParamType::duration;
  const auto business = canonicalize(spec, "10 business days");
  ASSERT_TRUE(business);
  EXPECT_EQ(business->value, "P10D");
  EXPECT_TRUE(business->business_days);
}

TEST(Canonicalize, KpiTargetsNameOperatorValueAndWindow) {
  EXPECT_EQ(canonical(ParamType::kpi_target, "80% in 20 s"), ">= 0.80 within PT20S");
  EXPECT_EQ(canonical(ParamType::kpi_target, ">= 72%"), ">= 0.72");
  EXPECT_EQ(canonical(ParamType::kpi_target, "<= 5%"), "<= 0.05");
  EXPECT_EQ(canonical(ParamType::kpi_target, "<= 30 s"), "<= PT30S");
  EXPECT_EQ(canonical(ParamType::kpi_target, "at least 85%"), ">= 0.85");
  EXPECT_EQ(canonical(ParamType::kpi_target, "good"), "<refused>");
  EXPECT_EQ(canonical(ParamType::kpi_target, "80"), "<refused>");
}

TEST(Canonicalize, CodesAreCheckedAgainstIsoLists) {
  EXPECT_EQ(canonical(ParamType::country, "PH"), "PH");
  EXPECT_EQ(canonical(ParamType::country, "UK"), "<refused>");
  EXPECT_EQ(canonical(ParamType::jurisdiction, "GB-ENG"), "GB-ENG");
  EXPECT_EQ(canonical(ParamType::jurisdiction, "US-NY"), "US-NY");
  EXPECT_EQ(canonical(ParamType::jurisdiction, "EU"), "EU");
  EXPECT_EQ(canonical(ParamType::jurisdiction, "England"), "<refused>");
  EXPECT_EQ(canonical(ParamType::currency, "DKK"), "DKK");
  EXPECT_EQ(canonical(ParamType::currency, "ABC"), "<refused>");
  EXPECT_EQ(canonical(ParamType::date, "2027-02-29"), "<refused>");
  EXPECT_EQ(canonical(ParamType::date, "2028-02-29"), "2028-02-29");
  EXPECT_EQ(canonical(ParamType::boolean, "yes"), "<refused>");
}

TEST(CompareCanonical, DurationsCompareAtThirtyDayMonths) {
  EXPECT_EQ(compare_canonical(ParamType::duration, "P3M", "P90D"), std::strong_ordering::equal);
  EXPECT_EQ(compare_canonical(ParamType::duration, "P1Y", "P12M"), std::strong_ordering::greater);
  EXPECT_EQ(compare_canonical(ParamType::percent, "0.125", "0.12"), std::strong_ordering::greater);
  EXPECT_FALSE(compare_canonical(ParamType::money, "GBP 1.00", "EUR 1.00").has_value());
}
