#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pactum::host {

// An exact decimal for money, rates and percentages: never binary floating point, so
// "GBP 14.10" stays 14.10. Holds up to 12 integer digits and 6 fraction digits — more than any
// contract amount needs, little enough that comparisons cannot overflow.
class Decimal {
public:
  // Digits with an optional sign and one decimal point: "250000", "14.50", "-0.5". With
  // `allow_grouping`, commas between digit groups are accepted ("250,000.00").
  static std::optional<Decimal> parse(std::string_view text, bool allow_grouping = false);
  static Decimal from_integer(std::int64_t value) { return Decimal(value, 0); }

  // Exactly `scale` fraction digits ("250000.00" for scale 2); refuses to drop digits.
  std::optional<std::string> with_scale(int scale) const;
  // As written, trailing fraction zeros removed down to `min_scale` digits.
  std::string to_string(int min_scale = 0) const;

  Decimal divided_by_100() const { return Decimal(units_, scale_ + 2); }
  bool is_integer() const;
  int scale() const { return scale_; }

  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

private:
  Decimal(std::int64_t units, int scale) : units_(units), scale_(scale) {}
  std::int64_t units_ = 0; // value = units_ / 10^scale_
  int scale_ = 0;
};

} // namespace pactum::host
