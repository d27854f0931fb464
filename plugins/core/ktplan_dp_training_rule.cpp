#include <optional>

#include "kt_plan_items.hpp"
#include "kt_plan_rules.hpp"
#include "rule_support.hpp"

namespace pactum::core {
namespace {

// When an item falls due, comparable with another item's: a date, or days from an anchor.
struct When {
  std::string date;
  std::string from;
  std::optional<long> days;
};

When when_of(const KtItemView& item) {
  return {item.due, item.from, kt_offset_days(item.offset)};
}

// True when a is due strictly before b; nullopt when the two cannot be compared.
std::optional<bool> before(const When& a, const When& b) {
  if (!a.date.empty() && !b.date.empty()) {
    return a.date < b.date;
  }
  if (a.days && b.days && !a.from.empty() && a.from == b.from) {
    return *a.days < *b.days;
  }
  return std::nullopt;
}

} // namespace

RuleInfo KtplanDpTrainingRule::describe() {
  return {.id = "core-ktplan-dp-training",
          .title = "Data-protection training comes before access to personal data",
          .severity = Severity::warning,
          .summary = "Fires when personal data is processed and the KT plan has no "
                     "data-protection training item due before agents get systems access (or "
                     "before go-live when no access item is planned).",
          .source = "Pactum playbook (core): data-protection training comes before any access "
                    "to personal data, as GDPR Art. 29 and Art. 32(4) (and the UK GDPR's same "
                    "articles) require a processor to ensure that anyone acting under its "
                    "authority processes personal data only on instructions.",
          .requirement = "core-ktplan-dp-training",
          .clause_kinds = {"kt.training.data_protection", "kt.access"},
          .terms = {"kt.item.due", "kt.item.offset", "kt.item.from"}};
}

Outcome KtplanDpTrainingRule::evaluate(const Agreement& agreement, const RuleContext& /*context*/) {
  const KtPlanView plan = kt_plan_view(agreement);
  if (plan.documents == 0) {
    return not_applicable(info_, "the agreement has no KT plan document");
  }
  if (!plan.itemised) {
    return undetermined(info_, "the KT plan's items were not read (a plan in text form)");
  }
  if (agreement.facts.personal_data == Tri::no) {
    return not_applicable(info_, "no personal data is processed");
  }
  if (agreement.facts.personal_data == Tri::unknown) {
    return undetermined(info_, "whether personal data is processed is not known");
  }
  const std::string suggestion =
      "Schedule data-protection training for every person who will handle Client Personal "
      "Data, due before systems access is granted, with training records and a test as "
      "evidence.";
  const KtItemView* training = nullptr;
  const KtItemView* access = nullptr;
  for (const KtItemView& item : plan.items) {
    if (item.kind == "kt.training.data_protection" &&
        (training == nullptr || before(when_of(item), when_of(*training)).value_or(false))) {
      training = &item;
    }
    if (item.kind == "kt.access" &&
        (access == nullptr || before(when_of(item), when_of(*access)).value_or(false))) {
      access = &item;
    }
  }
  if (training == nullptr) {
    return failed(info_, {finding(info_,
                                  "Personal data is processed, but the KT plan has no "
                                  "data-protection training item.",
                                  suggestion, agreement, plan.first())});
  }
  if (access != nullptr) {
    const auto first = before(when_of(*training), when_of(*access));
    if (!first) {
      return undetermined(info_, "the training item '" + training->id + "' and the access item '" +
                                     access->id + "' have no dates that can be compared");
    }
    if (!*first) {
      return failed(info_,
                    {finding(info_,
                             "Data-protection training ('" + training->id +
                                 "') is not due until on or after systems access ('" + access->id +
                                 "'): agents could reach personal data untrained.",
                             suggestion, agreement, &training->at)});
    }
    return passed(info_);
  }
  const auto days = kt_days_from_go_live(*training, agreement);
  if (!days) {
    return undetermined(info_, "the training item's date cannot be placed against go-live");
  }
  if (*days >= 0) {
    return failed(info_, {finding(info_,
                                  "Data-protection training ('" + training->id +
                                      "') is not due until on or after go-live.",
                                  suggestion, agreement, &training->at)});
  }
  return passed(info_);
}

} // namespace pactum::core
