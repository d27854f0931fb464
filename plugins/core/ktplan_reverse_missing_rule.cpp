#include <algorithm>

#include "kt_plan_items.hpp"
#include "kt_plan_rules.hpp"
#include "rule_support.hpp"

namespace pactum::core {

RuleInfo KtplanReverseMissingRule::describe() {
  return {.id = "core-ktplan-reverse-missing",
          .title = "The KT plan brings knowledge back at exit",
          .severity = Severity::error,
          .summary = "Fires when a KT plan has no exit / reverse-transfer item "
                     "(kt.reverse_transfer).",
          .source = "Pactum playbook (core): the plan has an exit "
                    "phase that returns materials, mentors the successor and returns data.",
          .requirement = "core-ktplan-reverse-missing",
          .clause_kinds = {"kt.reverse_transfer"},
          .terms = {"kt.item.owner"}};
}

Outcome KtplanReverseMissingRule::evaluate(const Agreement& agreement,
                                           const RuleContext& /*context*/) {
  const KtPlanView plan = kt_plan_view(agreement);
  if (plan.documents == 0) {
    return not_applicable(info_, "the agreement has no KT plan document");
  }
  if (!plan.itemised) {
    return undetermined(info_, "the KT plan's items were not read (a plan in text form)");
  }
  if (std::ranges::any_of(
          plan.items, [](const KtItemView& item) { return item.kind == "kt.reverse_transfer"; })) {
    return passed(info_);
  }
  return failed(
      info_,
      {finding(info_,
               "The KT plan has no exit phase: nothing brings the knowledge, materials and data "
               "back to the Client or a successor when the services end.",
               "Add an exit phase counted from the exit notice: an updated exit plan, hand-over "
               "of all Client materials in open formats, mentoring of the successor's staff, and "
               "return or deletion of Client Personal Data with a certificate.",
               agreement, plan.last())});
}

} // namespace pactum::core
