#pragma once

#include <cstddef>
#include <vector>

#include "pactum/model/document.hpp"
#include "pactum/model/term.hpp"
#include "templates/kt_plan.hpp"

namespace pactum::host {

struct KtPlanDocument {
  Document document;
  std::vector<Term> terms; // kt.item.* and kt.gate.criteria, qualified by item id
};

// The plan as a Document of type kt_plan: its title, the intro, then per phase a numbered
// heading and a table with one row per item (number, task, owner, due, evidence, acceptance).
// Each row is one Clause of the item's kt.* kind, numbered "phase.item"; its terms point at it
// (origin.document = `document_index`, the index the Document will have in its Agreement).
KtPlanDocument kt_plan_document(const KtPlan& plan, std::size_t document_index);

// What an owner or an anchor reads as in a plan's language ("the Provider", "Leverandøren").
std::string kt_owner_label(KtOwner owner, std::string_view language);

} // namespace pactum::host
