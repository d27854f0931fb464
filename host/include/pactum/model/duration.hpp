#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pactum/export.hpp"

namespace pactum {

// A contractual duration in canonical ISO 8601 form: P<n>Y, P<n>M, P<n>W, P<n>D, PT<n>H,
// PT<n>M, PT<n>S (one unit; combinations like P1Y6M are accepted and kept), or "perpetual".
// Durations compare at 1M = 30D and 1Y = 365D, as the playbook does.
class Duration {
public:
  PACTUM_EXPORT static std::optional<Duration> parse(std::string_view text);
  PACTUM_EXPORT static Duration perpetual() noexcept;
  PACTUM_EXPORT static Duration days(std::int64_t n) noexcept;

  bool is_perpetual() const noexcept { return perpetual_; }
  // Length in seconds at the comparison rates; perpetual compares greater than any length.
  std::int64_t seconds() const noexcept { return seconds_; }
  const std::string& canonical() const noexcept { return canonical_; }

  friend bool operator==(const Duration& a, const Duration& b) noexcept {
    return a.perpetual_ == b.perpetual_ && a.seconds_ == b.seconds_;
  }
  PACTUM_EXPORT friend std::strong_ordering operator<=>(const Duration& a,
                                                        const Duration& b) noexcept;

private:
  Duration() = default;
  bool perpetual_ = false;
  std::int64_t seconds_ = 0;
  std::string canonical_;
};

} // namespace pactum
