#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "templates/kt_checklist.hpp"

namespace pactum::host {

struct Deal;

// A pilot go/no-go criterion as a plan's gate states it.
struct KtPilotCriterion {
  std::string kpi;       // KPI id
  std::string name;      // KPI display name
  std::string threshold; // canonical decimal ("0.80")
  std::string held_for;  // ISO 8601 duration ("P4W")
};

// Everything about a deal that decides which items a KT plan holds and when they fall due. A
// tracking copy records it, so the plan the copy should hold can be derived again from the copy.
struct KtScope {
  std::string client;
  std::string client_country; // ISO 3166-1 alpha-2
  std::string provider;
  std::string go_live;               // ISO date: live customer contacts first reach provider agents
  std::string pilot;                 // the pilot's length (ISO 8601), empty when there is no pilot
  std::string exit_notice;           // ISO date the exit notice was given; empty until then
  std::vector<std::string> channels; // canonical: voice, chat, …
  std::vector<std::string> languages;      // as the deal names them: English, Danish, …
  std::vector<std::string> contact_types;  // as the deal names them
  std::vector<std::string> offshore_sites; // countries of sites outside the client's country
  bool personal_data = false;
  bool payment_card_data = false;
  bool health_data = false;
  bool prior_outsourcing = false;
  std::string attrition_risk = "medium"; // low, medium, high
  std::vector<KtPilotCriterion> pilot_criteria;

  // The anchor's date, or "" when it is not known (no pilot; no exit notice yet).
  std::string anchor_date(KtAnchor anchor) const;
};

struct KtPlanCriterion {
  std::string id;
  std::string text;
};

struct KtPlanItem {
  std::string id;          // the checklist item's id, with "-<value>" for `each` items
  std::string template_id; // the checklist item's id
  std::string kind;
  std::string title;
  std::string evidence;
  std::string acceptance;
  // Always set in a generated plan; a tracking copy given to `pactum check` may lack them.
  std::optional<KtOwner> owner;
  std::string offset; // "-P30D"
  long offset_days = 0;
  KtAnchor from = KtAnchor::go_live;
  std::string due; // ISO date; empty while the anchor's date is unknown
  std::vector<std::string> tags;
  std::string covers; // "channel:voice", "language:English", "contact_type:billing", "site:PH"
  bool gate = false;
  std::vector<std::string> requires_phases;
  std::vector<KtPlanCriterion> criteria;
};

struct KtPlanPhase {
  std::string id;
  std::string title;
  std::vector<KtPlanItem> items;
};

// A deal's knowledge-transfer plan in one language: the checklist's items whose conditions the
// scope meets, `each` items expanded, texts filled in and due dates worked out.
struct KtPlan {
  std::string checklist; // checklist id
  std::string version;   // checklist version
  std::string language;
  std::string title;
  std::string intro;
  std::vector<KtPlanPhase> phases;

  const KtPlanItem* item(std::string_view id) const;
};

// Throws pactum::Error when the checklist has no text in `language`.
KtPlan build_kt_plan(const KtChecklist& checklist, const KtScope& scope, std::string_view language);

// The scope of a generated Agreement: its parties, facts and terms, and the KPI names of the
// deal (for the pilot criteria the pilot exit gate states).
KtScope kt_scope_of(const Agreement& agreement, const Deal* deal);

// The id an `each` item gets for one value: "capture-contact-type-billing-enquiries"; values
// with no ASCII letters or digits (订单查询) are numbered instead ("…-3").
std::string kt_each_item_id(std::string_view template_id, std::string_view value,
                            std::size_t position);

} // namespace pactum::host
