#include "kpi_unmeasurable_rule.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "rule_support.hpp"

namespace pactum::core {
namespace {

constexpr std::string_view kpi_terms[] = {"kpi.target", "kpi.window", "kpi.source", "kpi.critical",
                                          "kpi.allocation"};

std::string lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Where to point for one KPI: the clause one of its terms was read from; else the KPI-schedule
// clause that names it (its id, or the id with spaces, as generated tables do); else the first.
std::optional<ClauseRef> kpi_location(const Agreement& agreement, const std::string& id,
                                      const std::vector<ClauseRef>& schedule) {
  for (const Term& term : agreement.terms) {
    if (term.qualifier == id && std::ranges::find(kpi_terms, term.name) != std::end(kpi_terms)) {
      if (auto at = clause_of(agreement, term)) {
        return at;
      }
    }
  }
  std::string spaced = lower(id);
  std::ranges::replace(spaced, '_', ' ');
  for (const ClauseRef& ref : schedule) {
    const std::string text = lower(ref.document->text_of(*ref.clause));
    if (text.find(lower(id)) != std::string::npos || text.find(spaced) != std::string::npos) {
      return ref;
    }
  }
  if (!schedule.empty()) {
    return schedule.front();
  }
  return std::nullopt;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  }
  return out;
}

} // namespace

RuleInfo KpiUnmeasurableRule::describe() {
  return {.id = "core-kpi-unmeasurable",
          .title = "Every KPI can be measured",
          .severity = Severity::error,
          .summary = "Fires for each KPI that lacks a numeric target, a measurement window or a "
                     "data source.",
          .source = "Pactum playbook (core): a KPI is only enforceable if it has a definition, a "
                    "numeric target, a measurement window and a data source.",
          .requirement = "core-kpi-unmeasurable",
          .clause_kinds = {"kpi.schedule"},
          .terms = {"kpi.target", "kpi.window", "kpi.source", "kpi.critical", "kpi.allocation"}};
}

Outcome KpiUnmeasurableRule::evaluate(const Agreement& agreement, const RuleContext& context) {
  const std::vector<ClauseRef> schedule = agreement.clauses("kpi.schedule", context.min_confidence);
  const std::vector<std::string> ids =
      qualifiers_of(agreement, {std::begin(kpi_terms), std::end(kpi_terms)});
  if (ids.empty()) {
    if (schedule.empty()) {
      return not_applicable(info_, "the agreement has no KPI schedule and no kpi.* terms");
    }
    return undetermined(info_, "the kpi.schedule clauses carry no kpi.target, kpi.window or "
                               "kpi.source terms (values not extracted from the text), so the "
                               "KPIs cannot be checked one by one");
  }
  std::vector<Finding> findings;
  for (const std::string& id : ids) {
    std::vector<std::string> missing;
    const Term* target = agreement.term("kpi.target", id);
    if (target == nullptr) {
      missing.emplace_back("no target");
    } else if (!is_numeric_target(target->value)) {
      missing.push_back("a target that is not a number ('" + target->value + "')");
    }
    const Term* window = agreement.term("kpi.window", id);
    if (window == nullptr || trimmed(window->value).empty()) {
      missing.emplace_back("no measurement window");
    }
    const Term* source = agreement.term("kpi.source", id);
    if (source == nullptr || trimmed(source->value).empty()) {
      missing.emplace_back("no data source");
    }
    if (missing.empty()) {
      continue;
    }
    const auto at = kpi_location(agreement, id, schedule);
    findings.push_back(
        finding(info_, "KPI '" + id + "' cannot be measured: it has " + joined(missing) + ".",
                "State for the " + id +
                    " KPI a numeric target (for example at least 80% within 20 seconds), its "
                    "measurement window (monthly) and the system its data comes from.",
                agreement, at ? &*at : nullptr));
  }
  return findings.empty() ? passed(info_) : failed(info_, std::move(findings));
}

} // namespace pactum::core
