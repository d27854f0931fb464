#pragma once

#include "pactum/plugin/rule.hpp"

namespace pactum::core {

// The core-ktplan-* rules judge the items of KT plan Documents (type kt_plan: Schedule 4 of a
// generated agreement, or a tracking copy given to `pactum check`), through the kt.item.* terms
// of each item. Without such a Document each is not_applicable: whether the agreement provides
// for a plan at all is core-kt-plan-missing's question. Pages: docs/rules/core-ktplan-*.md.

// core-ktplan-gate-missing: a go/no-go gate with criteria, due before go-live.
class KtplanGateMissingRule final : public Rule {
public:
  static RuleInfo describe();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

// core-ktplan-reverse-missing: an exit / reverse-transfer item.
class KtplanReverseMissingRule final : public Rule {
public:
  static RuleInfo describe();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

// core-ktplan-coverage: a capture or training item for every channel, language and contact
// type of the deal.
class KtplanCoverageRule final : public Rule {
public:
  static RuleInfo describe();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

// core-ktplan-dp-training: with personal data, data-protection training before systems access.
class KtplanDpTrainingRule final : public Rule {
public:
  static RuleInfo describe();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

// core-ktplan-owner-due: every item has an owner and a due date.
class KtplanOwnerDueRule final : public Rule {
public:
  static RuleInfo describe();
  Outcome evaluate(const Agreement& agreement, const RuleContext& context) override;

private:
  RuleInfo info_ = describe();
};

} // namespace pactum::core
