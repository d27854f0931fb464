#pragma once

#include <string>

#include "templates/kt_tracking_copy.hpp"

namespace pactum::host {

// A plan as CSV for a spreadsheet (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read
// the accents and Chinese right): one row per item with its phase, number, id, owner, due date,
// evidence, acceptance and progress columns. `progress` may be null (a fresh plan: all open).
std::string render_kt_plan_csv(const KtPlan& plan, const KtTrackingCopy* progress = nullptr);

} // namespace pactum::host
