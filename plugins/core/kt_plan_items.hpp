#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pactum/model/agreement.hpp"

namespace pactum::core {

// One item of a KT plan Document as the core-ktplan-* rules read it: its clause and the kt.*
// terms that point at that clause (qualified by the item's id).
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
};

struct KtPlanView {
  std::size_t documents = 0; // Documents of type kt_plan
  std::vector<KtItemView> items;
};

KtPlanView kt_plan_view(const Agreement& agreement);

// A signed ISO 8601 offset in days or weeks ("-P30D", "P2W") in days; nullopt otherwise.
std::optional<long> kt_offset_days(std::string_view offset);

// Days from go-live when that is known: from the offset of an item counted from go-live, or
// from its due date and the agreement's term.go_live. nullopt when neither says.
std::optional<long> kt_days_from_go_live(const KtItemView& item, const Agreement& agreement);

} // namespace pactum::core
