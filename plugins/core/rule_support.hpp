#pragma once

// Small pieces the core plugin's C++ rules share: outcomes and findings built the same way the
// host builds them for YAML rules, exact decimals for term arithmetic, and term look-ups.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// An outcome with no findings: pass, or not_applicable / undetermined with the reason.
Outcome passed(const RuleInfo& info);
Outcome not_applicable(const RuleInfo& info, std::string reason);
Outcome undetermined(const RuleInfo& info, std::string reason);

// A finding at the rule's severity, beyond the walk-away line, located at `at` (its document,
// section, byte range and line), or at the first document of the Agreement when `at` is null.
Finding finding(const RuleInfo& info, std::string message, std::string suggestion,
                const Agreement& agreement, const ClauseRef* at);

// Fails with the findings given (which must not be empty).
Outcome failed(const RuleInfo& info, std::vector<Finding> findings);

// A decimal number held exactly: value = units / 10^9. Terms carry canonical decimal strings
// ("0.60", "1.50", "GBP 250000.00" after the currency); comparing them through floating point
// would make 0.1 + 0.2 differ from 0.3.
class Decimal {
public:
  static constexpr int scale = 9;

  // "[-]digits[.digits]", at most 9 digits after the point and 9 before it; nullopt otherwise.
  static std::optional<Decimal> parse(std::string_view text);
  static Decimal from_units(std::int64_t units) { return Decimal(units); }

  std::int64_t units() const { return units_; }
  // Shortest exact form: "1.5", "0.12", "2".
  std::string text() const;
  // As a percentage: 0.125 -> "12.5%".
  std::string percent() const;

  // The exact sum, or nullopt if it does not fit.
  friend std::optional<Decimal> add(Decimal a, Decimal b);
  friend auto operator<=>(const Decimal&, const Decimal&) = default;

private:
  explicit Decimal(std::int64_t units) : units_(units) {}
  std::int64_t units_ = 0;
};

// An ISO 8601 duration in canonical form ("P90D", "PT20S").
bool is_duration(std::string_view text);
// A canonical kpi_target with a figure: "<op> <number or duration>", optionally followed by
// " within <duration>" (">= 0.80 within PT20S", "<= PT30S").
bool is_numeric_target(std::string_view value);

// The terms of one name, in Agreement order.
std::vector<const Term*> terms_named(const Agreement& agreement, std::string_view name);

// The qualifiers (KPI ids) of every term whose name is one of `names`, in order of first
// appearance, without duplicates or empty ones.
std::vector<std::string> qualifiers_of(const Agreement& agreement,
                                       const std::vector<std::string_view>& names);

// The clause a term was read from, when the term says so.
std::optional<ClauseRef> clause_of(const Agreement& agreement, const Term& term);

// Compiles an RE2 pattern for a rule (throws pactum::Error naming the rule if it does not
// compile). Every `\s` in it also matches the no-break spaces (U+00A0, U+202F) that generated
// and typeset text puts between a currency code and its amount, so `\s` must not be used inside
// a character class.
std::unique_ptr<RE2> compile_pattern(std::string_view rule_id, std::string_view pattern,
                                     bool case_sensitive = false);

// Text without leading and trailing white space.
std::string_view trimmed(std::string_view text);

} // namespace pactum::core
