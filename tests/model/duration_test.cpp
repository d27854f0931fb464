#include <gtest/gtest.h>

#include "pactum/model/duration.hpp"

using pactum::Duration;

TEST(Duration, ParsesSingleUnitsToCanonicalForm) {
  EXPECT_EQ(Duration::parse("P90D")->canonical(), "P90D");
  EXPECT_EQ(Duration::parse("P090D")->canonical(), "P90D");
  EXPECT_EQ(Duration::parse("P3M")->seconds(), 3 * 30 * 86400);
  EXPECT_EQ(Duration::parse("P1Y")->seconds(), 365 * 86400);
  EXPECT_EQ(Duration::parse("P4W")->seconds(), 28 * 86400);
  EXPECT_EQ(Duration::parse("PT20S")->seconds(), 20);
  EXPECT_EQ(Duration::parse("PT24H")->seconds(), 24 * 3600);
}

TEST(Duration, ComparesMonthsAsThirtyDaysAndYearsAs365) {
  EXPECT_EQ(*Duration::parse("P3M"), *Duration::parse("P90D"));
  EXPECT_EQ(*Duration::parse("P1Y"), *Duration::parse("P365D"));
  EXPECT_LT(*Duration::parse("P6M"), *Duration::parse("P1Y"));
  EXPECT_GT(*Duration::parse("P181D"), *Duration::parse("P6M"));
}

TEST(Duration, PerpetualIsLongerThanAnyLength) {
  EXPECT_GT(Duration::perpetual(), *Duration::parse("P1000000Y"));
  EXPECT_TRUE(Duration::parse("perpetual")->is_perpetual());
}

TEST(Duration, AcceptsOrderedCombinations) {
  EXPECT_EQ(Duration::parse("P1Y6M")->seconds(), (365 + 180) * 86400);
  EXPECT_EQ(Duration::parse("P1DT12H")->seconds(), 86400 + 12 * 3600);
}

TEST(Duration, RefusesWhatIsNotIso8601) {
  for (const char* bad : {"", "P", "PT", "90D", "P10BD", "P1DT", "P1M1Y", "P1D1D", "P-1D", "P1.5D",
                          "P99999999999999999999D", "P1", "PTD"}) {
    EXPECT_FALSE(Duration::parse(bad).has_value()) << bad;
  }
}
