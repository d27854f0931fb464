#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/export.hpp"

namespace pactum {

enum class Severity { info, warning, error };

PACTUM_EXPORT std::string_view to_string(Severity severity) noexcept;
PACTUM_EXPORT std::optional<Severity> parse_severity(std::string_view text) noexcept;

enum class OutcomeStatus { fail, pass, not_applicable, undetermined, waived };

PACTUM_EXPORT std::string_view to_string(OutcomeStatus status) noexcept;

// Which playbook position an agreement meets for a rule that measures one.
enum class Position { none, preferred, fallback, beyond_walk_away };

PACTUM_EXPORT std::string_view to_string(Position position) noexcept;

struct FindingLocation {
  std::string file;
  std::string document; // Document::id
  std::string section;  // "12.3"
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t line = 0; // 1-based, 0 when unknown
};

// A failed (or waived) outcome, as data.
struct Finding {
  std::string rule_id;
  Severity severity = Severity::warning;
  std::string message;
  FindingLocation location;
  Position position = Position::none;
  // The legal requirement behind the finding; two plugins reaching the same requirement (EU and
  // UK Art. 28) use the same key, so reports can show them as one line.
  std::string requirement;
  std::optional<std::string> suggestion; // clause text to insert or replace
  std::optional<std::string> waiver_reason;
};

// The result of one rule on one Agreement. Reports carry all outcomes, not only failures.
struct Outcome {
  std::string rule_id;
  OutcomeStatus status = OutcomeStatus::pass;
  std::vector<Finding> findings; // non-empty for fail and waived
  // For not_applicable and undetermined: why, naming the fact or flag that would decide it.
  std::string reason;
};

} // namespace pactum
