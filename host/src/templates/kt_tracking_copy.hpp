#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "pactum/model/source_span.hpp"
#include "templates/kt_plan.hpp"

namespace pactum::host {

// The statuses a tracked item may have; `waived` takes it out of the count (a removed item
// would silently shrink the plan, so removal is refused and waiving is the way to drop one).
inline constexpr std::string_view kt_statuses[] = {"open", "in_progress", "done", "waived"};

struct KtItemProgress {
  std::string status = "open";
  std::string done_on; // ISO date or ""
  std::string evidence_ref;
  std::string note;
  std::map<std::string, bool, std::less<>> criteria_met; // gate criterion id -> met
  FilePosition where;                                    // the item's `id`
};

// A plan's tracking copy (the YAML `pactum kt generate` writes and teams fill in), read back:
// the header, the scope the plan was made for, the plan as the copy states it and each item's
// progress. Format in docs/kt-plans.md.
struct KtTrackingCopy {
  std::string file;
  std::string checklist;
  std::string version;
  std::string language;
  std::string deal;
  KtScope scope;
  KtPlan plan;
  std::map<std::string, KtItemProgress, std::less<>> progress; // by item id
  FilePosition phases_where;
};

struct KtCopyHeader {
  std::string deal;      // the deal file it was made from
  std::string generated; // "pactum 0.9.0"
};

// The tracking copy of a plan, as YAML with a comment saying how to fill it in.
std::string write_kt_tracking_copy(const KtPlan& plan, const KtScope& scope,
                                   const KtCopyHeader& header);

// Largest tracking copy read; plans are a few hundred kilobytes at most.
inline constexpr std::size_t max_kt_copy_bytes = std::size_t{8} * 1024 * 1024;

// True when YAML text is a tracking copy (a top-level `kt_plan:` key) rather than a deal.
bool is_kt_tracking_copy(std::string_view yaml);

// Reads a tracking copy. A copy may lack an item's owner or due date (pactum check reports
// that), but every value it states must be valid: throws pactum::Error
// "file:line:column: error: …" at the first one that is not.
KtTrackingCopy read_kt_tracking_copy(const std::string& yaml, const std::string& origin);

// The copy as an Agreement for `pactum check`: its parties, the scope as facts and terms, and
// the plan as its one kt_plan Document.
Agreement kt_tracking_agreement(const KtTrackingCopy& copy);

} // namespace pactum::host
