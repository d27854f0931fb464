#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pactum/model/agreement.hpp"

namespace pactum::core {

// One item of a KT plan Document as the core-ktplan-* rules read it: its clause and the kt.*
// terms that point at that clause (qualified by the item's id). Waived items are left out: a
// tracked plan that waives its only gate has no gate.
struct KtItemView {
  ClauseRef at;
  std::string id;
  std::string kind;
  std::string owner;            // kt.item.owner, "" when none
  std::string due;              // kt.item.due (ISO date), "" when none
  std::string offset;           // kt.item.offset ("-P30D"), "" when none
  std::string from;             // kt.item.from, "" when none
  std::string covers;           // kt.item.covers, "" when none
  std::optional<long> criteria; // kt.gate.criteria
  std::string status;           // kt.item.status of a tracked plan, "" in a generated one
};

struct KtPlanView {
  std::size_t documents = 0; // Documents of type kt_plan
  bool itemised = false;     // some item carries kt.* terms (not a plan read from text)
  std::vector<KtItemView> items;

  // Where a finding about the plan as a whole points: its first or last item, if any is left.
  const ClauseRef* first() const { return items.empty() ? nullptr : &items.front().at; }
  const ClauseRef* last() const { return items.empty() ? nullptr : &items.back().at; }
};

KtPlanView kt_plan_view(const Agreement& agreement);

// A signed ISO 8601 offset in days or weeks ("-P30D", "P2W") in days; nullopt otherwise.
std::optional<long> kt_offset_days(std::string_view offset);

// Days from go-live when that is known: from the item's due date and the agreement's
// term.go_live (a tracked plan's teams may move a date), else from the offset of an item counted
// from go-live. nullopt when neither says.
std::optional<long> kt_days_from_go_live(const KtItemView& item, const Agreement& agreement);

} // namespace pactum::core
