#include "kt_plan_items.hpp"
#include "kt_plan_rules.hpp"
#include "rule_support.hpp"

namespace pactum::core {

RuleInfo KtplanOwnerDueRule::describe() {
  return {.id = "core-ktplan-owner-due",
          .title = "Every KT plan item has an owner and a due date",
          .severity = Severity::warning,
          .summary = "Fires for each KT plan item with no owner (client, provider or both) or no "
                     "due date (neither a date nor an offset from an anchor).",
          .source = "Pactum playbook (core): each task of the plan has "
                    "one accountable party and a date.",
          .requirement = "core-ktplan-owner-due",
          .clause_kinds = {"kt.*"},
          .terms = {"kt.item.owner", "kt.item.due", "kt.item.offset", "kt.item.from"}};
}

Outcome KtplanOwnerDueRule::evaluate(const Agreement& agreement, const RuleContext& /*context*/) {
  const KtPlanView plan = kt_plan_view(agreement);
  if (plan.documents == 0) {
    return not_applicable(info_, "the agreement has no KT plan document");
  }
  if (!plan.itemised) {
    return undetermined(info_, "the KT plan's items were not read (a plan in text form)");
  }
  std::vector<Finding> findings;
  for (const KtItemView& item : plan.items) {
    const bool dated = !item.due.empty() || (!item.offset.empty() && !item.from.empty());
    if (item.owner.empty()) {
      findings.push_back(finding(info_, "KT plan item '" + item.id + "' has no owner.",
                                 "Name who is responsible: `owner: client`, `owner: provider` "
                                 "or `owner: both`.",
                                 agreement, &item.at));
    }
    if (!dated) {
      findings.push_back(finding(info_, "KT plan item '" + item.id + "' has no due date.",
                                 "Give it a date (`due: 2027-02-01`) or an offset from go-live "
                                 "(`offset: -P30D`, `from: go_live`).",
                                 agreement, &item.at));
    }
  }
  return findings.empty() ? passed(info_) : failed(info_, std::move(findings));
}

} // namespace pactum::core
