#include "templates/decimal.hpp"

#include <algorithm>

namespace pactum::host {
namespace {

constexpr int max_integer_digits = 12;

// Twelve integer digits at up to eight fraction digits (percentages add two to money's six)
// need more than 64 bits once two values are brought to one scale.
__extension__ using Wide = __int128;

Wide scaled(std::int64_t units, int from, int to) {
  Wide value = units;
  for (int i = from; i < to; ++i) {
    value *= 10;
  }
  return value;
}

} // namespace

std::optional<Decimal> Decimal::parse(std::string_view text, bool allow_grouping) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::int64_t units = 0;
  int scale = 0;
  int integer_digits = 0;
  bool in_fraction = false;
  bool any_digit = false;
  char previous = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      if (in_fraction) {
        if (++scale > 6) {
          return std::nullopt;
        }
      } else if (++integer_digits > max_integer_digits) {
        return std::nullopt;
      }
      units = units * 10 + (c - '0');
      any_digit = true;
    } else if (c == '.' && !in_fraction && any_digit) {
      in_fraction = true;
    } else if (c == ',' && allow_grouping && !in_fraction && previous >= '0' && previous <= '9') {
      // grouping separator: accepted between digits only
    } else {
      return std::nullopt;
    }
    previous = c;
  }
  if (!any_digit || previous == '.' || previous == ',') {
    return std::nullopt;
  }
  return Decimal(negative ? -units : units, scale);
}

std::optional<std::string> Decimal::with_scale(int scale) const {
  if (scale < scale_) {
    // Only trailing zeros may be dropped.
    std::int64_t units = units_;
    for (int i = scale; i < scale_; ++i) {
      if (units % 10 != 0) {
        return std::nullopt;
      }
      units /= 10;
    }
    return Decimal(units, scale).to_string(scale);
  }
  return Decimal(static_cast<std::int64_t>(scaled(units_, scale_, scale)), scale).to_string(scale);
}

std::string Decimal::to_string(int min_scale) const {
  std::int64_t units = units_;
  int scale = scale_;
  while (scale > min_scale && units % 10 == 0) {
    units /= 10;
    --scale;
  }
  const bool negative = units < 0;
  const std::string digits = std::to_string(negative ? -units : units);
  const auto fraction_digits = static_cast<std::size_t>(scale);
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about inserting into the middle.
  std::string out = negative ? "-" : "";
  if (digits.size() <= fraction_digits) {
    out += "0.";
    out.append(fraction_digits - digits.size(), '0');
    out += digits;
    return out;
  }
  out.append(digits, 0, digits.size() - fraction_digits);
  if (fraction_digits > 0) {
    out += '.';
    out.append(digits, digits.size() - fraction_digits, fraction_digits);
  }
  return out;
}

bool Decimal::is_integer() const {
  std::int64_t units = units_;
  for (int i = 0; i < scale_; ++i) {
    if (units % 10 != 0) {
      return false;
    }
    units /= 10;
  }
  return true;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  const int scale = std::max({a.scale_, b.scale_, 0});
  const Wide left = scaled(a.units_, a.scale_, scale);
  const Wide right = scaled(b.units_, b.scale_, scale);
  return left < right
             ? std::strong_ordering::less
             : (left > right ? std::strong_ordering::greater : std::strong_ordering::equal);
}

} // namespace pactum::host
