#pragma once

#include <memory>

#include <re2/re2.h>

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// core-liability-cap-missing: there is a liability.cap clause, and carve-outs from it
// (liability.uncapped) that cover breaches of data protection and of confidentiality. The
// carve-outs' subjects are read from English text only.
class LiabilityCapRule final : public Rule {
public:
  static RuleInfo describe();

  LiabilityCapRule();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
  // Per rule object, so per worker thread.
  std::unique_ptr<RE2> data_protection_;
  std::unique_ptr<RE2> confidentiality_;
};

} // namespace pactum::core
