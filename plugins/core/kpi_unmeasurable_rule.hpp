#pragma once

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// core-kpi-unmeasurable: every KPI (the terms kpi.target, kpi.window and kpi.source, with the
// KPI id as qualifier) needs a numeric target, a measurement window and a data source. One
// finding per KPI that lacks any of them. A KPI schedule with no kpi.* terms at all (a text
// agreement whose values were not extracted) is undetermined.
class KpiUnmeasurableRule final : public Rule {
public:
  static RuleInfo describe();

  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

} // namespace pactum::core
