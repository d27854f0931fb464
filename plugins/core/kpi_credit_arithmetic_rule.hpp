#pragma once

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// core-kpi-credit-arithmetic: the kpi.allocation terms of the critical KPIs add up exactly to
// service_credits.pool, and service_credits.at_risk is stated and lies within 5-20 % of the
// monthly charges. Decimals are compared exactly. Service-credit clauses without any of these
// terms (a text agreement whose values were not extracted) are undetermined.
class KpiCreditArithmeticRule final : public Rule {
public:
  static RuleInfo describe();

  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

} // namespace pactum::core
