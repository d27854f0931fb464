#pragma once

#include <memory>
#include <string_view>

#include <re2/re2.h>

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// core-optout-fee: termination for convenience carries no fee, or a fee that is fixed or
// capped. Passes on a termination.convenience.fee or .fee_cap term. Otherwise it reads the
// English termination.convenience clauses: each clause that mentions a fee, penalty,
// compensation or costs must state an amount (or a formula in months of charges or a
// percentage), unless it says that no fee is payable; and at least one clause must either say
// that no fee is payable or state such an amount. A convenience right that says nothing about
// money leaves the question open and fails too.
class OptoutFeeRule final : public Rule {
public:
  static RuleInfo describe();

  OptoutFeeRule();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  enum class Reading { silent, no_fee, quantified, unquantified };
  Reading read(std::string_view text) const;

  RuleInfo info_ = describe();
  // Per rule object, so per worker thread.
  std::unique_ptr<RE2> no_fee_;
  std::unique_ptr<RE2> negated_;
  std::unique_ptr<RE2> fee_;
  std::unique_ptr<RE2> amount_;
};

} // namespace pactum::core
