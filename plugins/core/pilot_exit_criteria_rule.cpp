#include "pilot_exit_criteria_rule.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "rule_support.hpp"

namespace pactum::core {
namespace {

constexpr std::string_view criteria_suggestion =
    "The Pilot succeeds only if each Exit Criterion is met: the service level KPI at or above "
    "80% and the first-contact resolution KPI at or above 70%, each for four consecutive weeks. "
    "Whether or not they are met, the Client may decide not to proceed, and this Agreement then "
    "ends without any penalty or termination fee.";

} // namespace

RuleInfo PilotExitCriteriaRule::describe() {
  return {.id = "core-pilot-exit-criteria",
          .title = "The pilot has measurable exit criteria and a free exit",
          .severity = Severity::error,
          .summary = "Fires when a pilot has no measurable go/no-go criteria (KPI, threshold and "
                     "period) or the client may not stop after it without penalty.",
          .source = "Pactum playbook (core): a pilot is judged against measurable go/no-go "
                    "criteria (a KPI, a threshold and a period), and the client may stop after "
                    "it without penalty.",
          .requirement = "core-pilot-exit-criteria",
          .clause_kinds = {"pilot", "pilot.exit_criteria"},
          .terms = {"pilot.criterion", "pilot.criterion_period", "pilot.exit_without_penalty",
                    "kpi.target", "kpi.window", "kpi.source"}};
}

PilotExitCriteriaRule::PilotExitCriteriaRule()
    : stop_(compile_pattern(info_.id,
                            R"(\b(?:terminat\w*|ends?|ending|stop\w*|no-go|withdraw\w*|cancel\w*|)"
                            R"(not\s+(?:to\s+)?proceed)\b)")),
      penalty_free_(compile_pattern(
          info_.id,
          R"(\bwithout\s+(?:any\s+|paying\s+(?:any\s+)?)?(?:penalty|penalties|termination\s+fee|)"
          R"(fee|compensation|charge|liability)\b|)"
          R"(\b(?:pays?|paying|owes?)\s+no\s+(?:penalty|termination\s+fee|fee|compensation)\b|)"
          R"(\bno\s+(?:penalty|termination\s+fee|fee|compensation)\b[^.;]{0,80}\b(?:is\s+|are\s+|)"
          R"(shall\s+be\s+)?(?:payable|due|owed)\b|)"
          R"(\bfree\s+of\s+(?:any\s+)?(?:penalty|charge)\b)")),
      negated_(
          compile_pattern(info_.id, R"(\b(?:not|never|cannot)\s+(?:[\w'-]+\s+){0,5}without\b)")) {}

bool PilotExitCriteriaRule::penalty_free_stop(std::string_view text) const {
  return RE2::PartialMatch(text, *stop_) && RE2::PartialMatch(text, *penalty_free_) &&
         !RE2::PartialMatch(text, *negated_);
}

Outcome PilotExitCriteriaRule::evaluate(const Agreement& agreement, const RuleContext& context) {
  const std::vector<ClauseRef> pilots = agreement.clauses("pilot", context.min_confidence);
  const std::vector<ClauseRef> criteria_clauses =
      agreement.clauses("pilot.exit_criteria", context.min_confidence);
  if (pilots.empty() && criteria_clauses.empty()) {
    return not_applicable(info_, "the agreement has no pilot");
  }
  const ClauseRef* at = !criteria_clauses.empty() ? &criteria_clauses.front() : &pilots.front();
  const std::string suggestion(criteria_suggestion);
  std::vector<Finding> findings;
  const auto add_finding = [&](std::string message) {
    findings.push_back(finding(info_, std::move(message), suggestion, agreement, at));
  };
  if (criteria_clauses.empty()) {
    add_finding("The pilot has no exit-criteria clause (pilot.exit_criteria): nothing says how "
                "it is judged or that the client may stop after it.");
  }

  const std::vector<const Term*> criteria = terms_named(agreement, "pilot.criterion");
  const Term* without_penalty = agreement.term("pilot.exit_without_penalty");
  const bool has_terms = !criteria.empty() || without_penalty != nullptr ||
                         agreement.term("pilot.criterion_period") != nullptr;

  if (has_terms) {
    const std::vector<std::string> kpis =
        qualifiers_of(agreement, {"kpi.target", "kpi.window", "kpi.source"});
    if (criteria.empty()) {
      add_finding("The pilot has no measurable go/no-go criterion (no pilot.criterion term "
                  "giving a KPI and a threshold).");
    }
    for (const Term* criterion : criteria) {
      const std::string& kpi = criterion->qualifier;
      if (kpi.empty()) {
        add_finding("A pilot criterion ('" + criterion->value + "') names no KPI.");
        continue;
      }
      std::vector<std::string> missing;
      if (!Decimal::parse(criterion->value) && !is_numeric_target(criterion->value)) {
        missing.push_back("its threshold '" + criterion->value + "' is not a number");
      }
      const Term* period = agreement.term("pilot.criterion_period", kpi);
      if (period == nullptr || !is_duration(period->value)) {
        missing.emplace_back("it states no period over which the threshold must hold");
      }
      if (!kpis.empty() && std::ranges::find(kpis, kpi) == kpis.end()) {
        missing.emplace_back("the KPI schedule defines no such KPI");
      }
      for (const std::string& problem : missing) {
        add_finding("The pilot criterion for KPI '" + kpi + "' is not measurable: " + problem +
                    ".");
      }
    }
    if (without_penalty == nullptr) {
      add_finding("The agreement does not say that the client may stop after the pilot without "
                  "penalty (no pilot.exit_without_penalty).");
    } else if (without_penalty->value != "true") {
      add_finding("The client may not stop after the pilot without penalty "
                  "(pilot.exit_without_penalty is " +
                  without_penalty->value + ").");
    }
  } else if (!criteria_clauses.empty()) {
    // Text only: an English exit-criteria clause must give a penalty-free way to stop.
    bool english = false;
    bool stop_found = false;
    std::string languages;
    for (const ClauseRef& ref : criteria_clauses) {
      if (ref.document->language != "en") {
        if (languages.find(ref.document->language) == std::string::npos) {
          languages += (languages.empty() ? "" : ", ") + ref.document->language;
        }
        continue;
      }
      english = true;
      stop_found = stop_found || penalty_free_stop(ref.document->text_of(*ref.clause));
    }
    if (!english) {
      return undetermined(info_, "the pilot.exit_criteria clauses are in " + languages +
                                     " and carry no pilot.* terms; this rule reads their text in "
                                     "English only");
    }
    if (!stop_found) {
      add_finding("No exit-criteria clause says that the client may stop or terminate after the "
                  "pilot without penalty.");
    }
  }
  return findings.empty() ? passed(info_) : failed(info_, std::move(findings));
}

} // namespace pactum::core
