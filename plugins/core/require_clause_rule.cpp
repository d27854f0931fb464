#include "require_clause_rule.hpp"

#include <algorithm>
#include <cstdio>

namespace pactum::core {
namespace {

std::string confidence_text(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

} // namespace

Outcome RequireClauseRule::evaluate(const Agreement& agreement, const RuleContext& context) {
  const auto found = agreement.clauses(kind_, context.min_confidence);
  const auto counts = [&](const ClauseRef& ref) {
    const PartyRole party = ref.clause->party;
    return !judged_by_side_ || party == context.side || party == PartyRole::mutual ||
           party == PartyRole::unknown;
  };
  Outcome outcome{.rule_id = info_.id};
  if (std::ranges::any_of(found, counts)) {
    outcome.status = OutcomeStatus::pass;
    return outcome;
  }
  Finding finding;
  finding.rule_id = info_.id;
  finding.severity = info_.severity;
  finding.requirement = info_.requirement;
  finding.position = Position::beyond_walk_away;
  if (!found.empty()) {
    finding.message = "The agreement has a " + what_ + " only for the " +
                      std::string(to_string(found.front().clause->party)) + ", none for the " +
                      std::string(to_string(context.side));
    const Document& document = *found.front().document;
    finding.location = {document.source_file,          document.id,
                        found.front().clause->section, found.front().clause->begin,
                        found.front().clause->end,     0};
  } else {
    finding.message = "The agreement has no " + what_ + " (clause kind " + kind_ +
                      " at confidence " + confidence_text(context.min_confidence) + " or more)";
    if (!agreement.documents.empty()) {
      finding.location.file = agreement.documents.front().source_file;
      finding.location.document = agreement.documents.front().id;
    }
  }
  outcome.status = OutcomeStatus::fail;
  outcome.findings.push_back(std::move(finding));
  return outcome;
}

} // namespace pactum::core
