#pragma once

#include <optional>
#include <string>
#include <vector>

#include "templates/kt_checklist.hpp"
#include "templates/kt_tracking_copy.hpp"

namespace pactum::host {

struct KtCount {
  std::size_t items = 0; // waived items excluded
  std::size_t done = 0;
  std::size_t in_progress = 0;
  std::size_t overdue = 0;
  std::size_t waived = 0;
};

struct KtPhaseStatus {
  std::string id;
  std::string title;
  KtCount count;
};

struct KtOwnerStatus {
  KtOwner owner = KtOwner::both;
  KtCount count;
};

struct KtLateItem {
  std::string id;
  std::string phase;
  std::string title;
  std::string owner; // client, provider, both or ""
  std::string due;
  long days_late = 0;
  std::string status;
};

struct KtCriterionStatus {
  std::string id;
  std::string text;
  bool met = false;
};

// The next gate not yet passed: whether the phases it requires are done and which of its
// criteria are met.
struct KtGateStatus {
  std::string id;
  std::string title;
  std::string due;
  std::optional<long> days_left;
  std::vector<std::string> requires_phases;
  std::vector<std::string> waiting_on; // ids of items in those phases not yet done or waived
  std::vector<KtCriterionStatus> criteria;
  bool ready() const;
};

struct KtStatus {
  std::string as_of;
  std::string title;
  std::string checklist;
  std::string version;
  std::string language;
  std::string go_live;
  KtCount total;
  std::vector<KtPhaseStatus> phases;
  std::vector<KtOwnerStatus> owners;
  std::vector<KtLateItem> overdue;  // most days late first
  std::vector<std::string> undated; // items whose anchor has no date yet (exit before the notice)
  // What the copy says that cannot be right: a gate marked done with criteria unmet, an item
  // with no owner or no date.
  std::vector<std::string> warnings;
  std::optional<KtGateStatus> next_gate;
};

// Checks a tracking copy against the plan its scope calls for (the checklist's items for that
// scope): an id the plan does not have, or an item of the plan missing from the copy, is an
// error. Returns every problem as a one-line "file:line:column: error: …"; empty when none.
std::vector<std::string> kt_copy_problems(const KtTrackingCopy& copy, const KtChecklist& checklist);

// Completion per phase and owner, overdue items and the next gate, on `as_of` (an ISO date).
KtStatus kt_status(const KtTrackingCopy& copy, const std::string& as_of);

std::string render_kt_status_text(const KtStatus& status);
std::string render_kt_status_json(const KtStatus& status);
std::string render_kt_status_html(const KtStatus& status);

} // namespace pactum::host
