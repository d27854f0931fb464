#include "kt_plan_items.hpp"
#include "kt_plan_rules.hpp"
#include "rule_support.hpp"

namespace pactum::core {

RuleInfo KtplanGateMissingRule::describe() {
  return {.id = "core-ktplan-gate-missing",
          .title = "The KT plan has a go/no-go gate with criteria before go-live",
          .severity = Severity::error,
          .summary = "Fires when a KT plan has no gate item (kt.gate) due before go-live that "
                     "states at least one criterion.",
          .source = "Pactum playbook (core): no live contact reaches "
                    "the provider before a go/no-go gate with criteria is passed (practice: "
                    "ITIL service transition, eSCM-SP service transfer).",
          .requirement = "core-ktplan-gate-missing",
          .clause_kinds = {"kt.gate"},
          .terms = {"kt.item.due", "kt.item.offset", "kt.item.from", "kt.gate.criteria",
                    "term.go_live"}};
}

Outcome KtplanGateMissingRule::evaluate(const Agreement& agreement,
                                        const RuleContext& /*context*/) {
  const KtPlanView plan = kt_plan_view(agreement);
  if (plan.documents == 0) {
    return not_applicable(info_, "the agreement has no KT plan document");
  }
  if (!plan.itemised) {
    return undetermined(info_, "the KT plan's items were not read (a plan in text form)");
  }
  const std::string suggestion =
      "Add a go-live gate due before the Go-Live Date (for example `due: -P2D` from go_live) "
      "whose criteria say what must be true before live Contacts are routed: agents certified, "
      "systems access tested, knowledge base signed off, the Client's written approval.";
  const KtItemView* gate_before = nullptr;
  const KtItemView* any_gate = nullptr;
  bool undecided = false;
  for (const KtItemView& item : plan.items) {
    if (item.kind != "kt.gate") {
      continue;
    }
    any_gate = any_gate != nullptr ? any_gate : &item;
    const auto days = kt_days_from_go_live(item, agreement);
    if (!days) {
      undecided = true;
      continue;
    }
    if (*days < 0) {
      if (item.criteria.value_or(0) > 0) {
        return passed(info_);
      }
      gate_before = &item;
    }
  }
  if (gate_before != nullptr) {
    return failed(info_, {finding(info_,
                                  "The gate '" + gate_before->id +
                                      "' before go-live states no criteria, so nothing says "
                                      "what must be met to pass it.",
                                  suggestion, agreement, &gate_before->at)});
  }
  if (undecided) {
    return undetermined(info_, "a gate's date cannot be placed against the Go-Live Date");
  }
  if (any_gate != nullptr) {
    return failed(
        info_,
        {finding(info_,
                 "The KT plan's gates all fall on or after go-live (first: '" + any_gate->id +
                     "'): live Contacts could reach the provider before any go/no-go "
                     "decision.",
                 suggestion, agreement, &any_gate->at)});
  }
  return failed(info_, {finding(info_, "The KT plan has no go/no-go gate (kt.gate) before go-live.",
                                suggestion, agreement, plan.first())});
}

} // namespace pactum::core
