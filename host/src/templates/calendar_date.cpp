#include "templates/calendar_date.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace pactum::host {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

std::optional<year_month_day> parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  const auto number = [&](std::size_t at, std::size_t length, auto& out) {
    const char* first = text.data() + at;
    const auto [end, ec] = std::from_chars(first, first + length, out);
    return ec == std::errc() && end == first + length;
  };
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) {
    return std::nullopt;
  }
  const year_month_day date{year{y}, month{m}, day{d}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

std::optional<std::string> format(const year_month_day& date) {
  const int y = static_cast<int>(date.year());
  if (y < 1 || y > 9999) {
    return std::nullopt;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return std::string(buffer);
}

} // namespace

std::optional<std::string> add_days(std::string_view iso_date, long days) {
  const auto date = parse(iso_date);
  if (!date) {
    return std::nullopt;
  }
  return format(year_month_day{sys_days{*date} + std::chrono::days{days}});
}

std::optional<std::string> add_duration(std::string_view iso_date, std::string_view duration) {
  const auto date = parse(iso_date);
  if (!date || duration.size() < 3 || duration.front() != 'P') {
    return std::nullopt;
  }
  long n = 0;
  const char* first = duration.data() + 1;
  const char* last = duration.data() + duration.size() - 1;
  const auto [end, ec] = std::from_chars(first, last, n);
  if (ec != std::errc() || end != last || n < 0 || n > 100000) {
    return std::nullopt;
  }
  switch (duration.back()) {
  case 'D':
    return add_days(iso_date, n);
  case 'W':
    return add_days(iso_date, n * 7);
  case 'M':
  case 'Y': {
    const long months = duration.back() == 'M' ? n : n * 12;
    year_month_day moved = *date + std::chrono::months{months};
    if (!moved.ok()) {
      moved = year_month_day{moved.year() / moved.month() / std::chrono::last};
    }
    return format(moved);
  }
  default:
    return std::nullopt;
  }
}

std::optional<long> days_between(std::string_view from, std::string_view to) {
  const auto a = parse(from);
  const auto b = parse(to);
  if (!a || !b) {
    return std::nullopt;
  }
  return static_cast<long>((sys_days{*b} - sys_days{*a}).count());
}

} // namespace pactum::host
