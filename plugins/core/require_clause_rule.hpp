#pragma once

#include <string>

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// Fails when an Agreement has no clause of one kind at or above the run's confidence threshold.
// With `judged_by_side`, only clauses for the judging side (or mutual, or of unknown party)
// count: a convenience right that only the provider holds is no way out for the client.
class RequireClauseRule final : public Rule {
public:
  RequireClauseRule(RuleInfo info, std::string kind, std::string what, bool judged_by_side)
      : info_(std::move(info)), kind_(std::move(kind)), what_(std::move(what)),
        judged_by_side_(judged_by_side) {}

  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_;
  std::string kind_;
  std::string what_; // "governing-law clause"
  bool judged_by_side_;
};

} // namespace pactum::core
