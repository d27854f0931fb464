#include "pactum/model/duration.hpp"

#include <array>
#include <charconv>

namespace pactum {
namespace {

constexpr std::int64_t day = 86'400;
// Large enough for any contract, small enough that the sum of all units cannot overflow.
constexpr std::int64_t max_count = 1'000'000;

struct Unit {
  char letter;
  bool time_part;
  std::int64_t seconds;
};

constexpr std::array<Unit, 7> units{{{'Y', false, 365 * day},
                                     {'M', false, 30 * day},
                                     {'W', false, 7 * day},
                                     {'D', false, day},
                                     {'H', true, 3600},
                                     {'M', true, 60},
                                     {'S', true, 1}}};

} // namespace

Duration Duration::perpetual() noexcept {
  Duration d;
  d.perpetual_ = true;
  d.canonical_ = "perpetual";
  return d;
}

Duration Duration::days(std::int64_t n) noexcept {
  Duration d;
  d.seconds_ = n * day;
  d.canonical_ = "P" + std::to_string(n) + "D";
  return d;
}

std::optional<Duration> Duration::parse(std::string_view text) {
  if (text == "perpetual") {
    return perpetual();
  }
  if (text.size() < 3 || text.front() != 'P') {
    return std::nullopt;
  }
  Duration d;
  d.canonical_ = "P";
  std::size_t pos = 1;
  std::size_t next_unit = 0; // units must appear in order, each at most once
  bool in_time = false;
  bool any = false;
  while (pos < text.size()) {
    if (text[pos] == 'T') {
      if (in_time || pos + 1 >= text.size()) {
        return std::nullopt;
      }
      in_time = true;
      d.canonical_ += 'T';
      ++pos;
      continue;
    }
    std::int64_t count = 0;
    const char* first = text.data() + pos;
    const char* last = text.data() + text.size();
    const auto [end, ec] = std::from_chars(first, last, count);
    if (ec != std::errc{} || end == last || count < 0 || count > max_count) {
      return std::nullopt;
    }
    pos += static_cast<std::size_t>(end - first);
    const char letter = text[pos++];
    bool matched = false;
    for (std::size_t i = next_unit; i < units.size(); ++i) {
      if (units[i].letter == letter && units[i].time_part == in_time) {
        d.seconds_ += count * units[i].seconds;
        d.canonical_ += std::to_string(count);
        d.canonical_ += letter;
        next_unit = i + 1;
        matched = true;
        break;
      }
    }
    if (!matched) {
      return std::nullopt;
    }
    any = true;
  }
  if (!any || d.canonical_.back() == 'T') {
    return std::nullopt;
  }
  return d;
}

std::strong_ordering operator<=>(const Duration& a, const Duration& b) noexcept {
  if (a.perpetual_ != b.perpetual_) {
    return a.perpetual_ ? std::strong_ordering::greater : std::strong_ordering::less;
  }
  return a.seconds_ <=> b.seconds_;
}

} // namespace pactum
