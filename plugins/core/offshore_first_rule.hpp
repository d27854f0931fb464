#pragma once

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// core-offshore-first: when the service is delivered from a country other than the client's
// (facts.offshore: the client's country against facts.processing_locations) and the client has
// never outsourced it before (facts.prior_outsourcing false), there must be a pilot clause. An
// unknown fact that would decide it makes the outcome undetermined.
//
// C++ rather than YAML only because the rule-pack loader does not accept the derived path
// facts.offshore in conditions, although the condition resolver knows it.
class OffshoreFirstRule final : public Rule {
public:
  static RuleInfo describe();

  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

} // namespace pactum::core
