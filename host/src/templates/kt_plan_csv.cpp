#include "templates/kt_plan_csv.hpp"

#include <array>

#include "report/csv_cell.hpp"

namespace pactum::host {
namespace {

template <std::size_t N> void append_row(std::string& out, const std::array<std::string, N>& row) {
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) {
      out += ',';
    }
    append_csv_cell(out, row[i]);
  }
  out += "\r\n";
}

} // namespace

std::string render_kt_plan_csv(const KtPlan& plan, const KtTrackingCopy* progress) {
  std::string out = "\xEF\xBB\xBF";
  append_row<16>(out,
                 {"phase", "no", "id", "kind", "title", "owner", "due", "offset", "from", "covers",
                  "evidence", "acceptance", "status", "done_on", "evidence_ref", "note"});
  for (std::size_t p = 0; p < plan.phases.size(); ++p) {
    const KtPlanPhase& phase = plan.phases[p];
    for (std::size_t i = 0; i < phase.items.size(); ++i) {
      const KtPlanItem& item = phase.items[i];
      const KtItemProgress* state = nullptr;
      if (progress != nullptr) {
        if (const auto found = progress->progress.find(item.id);
            found != progress->progress.end()) {
          state = &found->second;
        }
      }
      std::string acceptance = item.acceptance;
      for (const KtPlanCriterion& criterion : item.criteria) {
        acceptance += "\n- " + criterion.text;
      }
      append_row<16>(
          out, {phase.id, std::to_string(p + 1) + "." + std::to_string(i + 1), item.id, item.kind,
                item.title, item.owner ? std::string(kt_owner_name(*item.owner)) : "", item.due,
                item.offset, item.offset.empty() ? "" : std::string(kt_anchor_name(item.from)),
                item.covers, item.evidence, acceptance, state != nullptr ? state->status : "open",
                state != nullptr ? state->done_on : "", state != nullptr ? state->evidence_ref : "",
                state != nullptr ? state->note : ""});
    }
  }
  return out;
}

} // namespace pactum::host
