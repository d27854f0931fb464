#pragma once

#include <memory>

#include <re2/re2.h>

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// core-pilot-exit-criteria: where there is a pilot, it has a pilot.exit_criteria clause, at
// least one measurable criterion (pilot.criterion: a KPI and a threshold, with a
// pilot.criterion_period) and pilot.exit_without_penalty true. An agreement with no pilot.*
// terms at all (text whose values were not extracted) passes on an English pilot.exit_criteria
// clause that says the client may stop or terminate without penalty.
class PilotExitCriteriaRule final : public Rule {
public:
  static RuleInfo describe();

  PilotExitCriteriaRule();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  bool penalty_free_stop(std::string_view text) const;

  RuleInfo info_ = describe();
  // Per rule object, so per worker thread.
  std::unique_ptr<RE2> stop_;
  std::unique_ptr<RE2> penalty_free_;
  std::unique_ptr<RE2> negated_;
};

} // namespace pactum::core
