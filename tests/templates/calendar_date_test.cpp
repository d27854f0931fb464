// Due dates are counted in calendar days from an event; months are added as contracts count them.
#include <gtest/gtest.h>

#include "templates/calendar_date.hpp"

using namespace pactum::host;

TEST(CalendarDate, AddsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(add_days("2027-03-01", -90), "2026-12-01");
  EXPECT_EQ(add_days("2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(add_days("2027-02-28", 1), "2027-03-01");
  EXPECT_EQ(add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(add_days("2027-03-01", 0), "2027-03-01");
}

TEST(CalendarDate, AddsDurationsAndClampsAMonthToItsLastDay) {
  EXPECT_EQ(add_duration("2027-03-01", "P90D"), "2027-05-30");
  EXPECT_EQ(add_duration("2027-03-01", "P12W"), "2027-05-24");
  EXPECT_EQ(add_duration("2027-01-31", "P1M"), "2027-02-28");
  EXPECT_EQ(add_duration("2028-01-31", "P1M"), "2028-02-29");
  EXPECT_EQ(add_duration("2028-02-29", "P1Y"), "2029-02-28");
  EXPECT_FALSE(add_duration("2027-03-01", "PT24H"));
  EXPECT_FALSE(add_duration("2027-03-01", "P1Y6M"));
  EXPECT_FALSE(add_duration("2027-03-01", "90D"));
}

TEST(CalendarDate, RefusesTextThatIsNotARealDay) {
  EXPECT_FALSE(add_days("2027-02-30", 1));
  EXPECT_FALSE(add_days("2027-3-1", 1));
  EXPECT_FALSE(add_days("1 March 2027", 1));
  EXPECT_FALSE(days_between("2027-13-01", "2027-01-01"));
  EXPECT_FALSE(add_days("9999-12-31", 1)); // past the four-digit years an ISO date can hold
}

TEST(CalendarDate, CountsDaysBetweenTwoDatesWithTheirSign) {
  EXPECT_EQ(days_between("2027-01-01", "2027-03-01"), 59);
  EXPECT_EQ(days_between("2027-03-01", "2027-01-01"), -59);
  EXPECT_EQ(days_between("2028-01-01", "2028-03-01"), 60);
}
