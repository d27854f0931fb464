#include "kpi_credit_arithmetic_rule.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "rule_support.hpp"

namespace pactum::core {
namespace {

// The playbook's band for the at-risk amount, as shares of the monthly charges.
constexpr std::string_view at_risk_low = "0.05";
constexpr std::string_view at_risk_high = "0.20";

std::optional<ClauseRef> location(const Agreement& agreement, const Term* term,
                                  const std::vector<ClauseRef>& credits) {
  if (term != nullptr) {
    if (auto at = clause_of(agreement, *term)) {
      return at;
    }
  }
  if (!credits.empty()) {
    return credits.front();
  }
  return std::nullopt;
}

} // namespace

RuleInfo KpiCreditArithmeticRule::describe() {
  return {.id = "core-kpi-credit-arithmetic",
          .title = "Service-credit figures add up",
          .severity = Severity::warning,
          .summary = "Fires when the critical KPIs' allocations do not add up to the stated pool, "
                     "or the at-risk amount is not stated or lies outside 5-20% of monthly "
                     "charges.",
          .source = "Pactum playbook (core): service-credit allocations add up to the stated "
                    "pool, and the at-risk amount is stated and lies between 5% and 20% of the "
                    "monthly charges.",
          .requirement = "core-kpi-credit-arithmetic",
          .clause_kinds = {"kpi.service_credits"},
          .terms = {"service_credits.at_risk", "service_credits.pool", "kpi.allocation",
                    "kpi.critical"}};
}

Outcome KpiCreditArithmeticRule::evaluate(const Agreement& agreement, const RuleContext& context) {
  const std::vector<ClauseRef> credits =
      agreement.clauses("kpi.service_credits", context.min_confidence);
  const Term* at_risk = agreement.term("service_credits.at_risk");
  const Term* pool = agreement.term("service_credits.pool");
  const std::vector<const Term*> allocations = terms_named(agreement, "kpi.allocation");
  const std::vector<const Term*> critical_flags = terms_named(agreement, "kpi.critical");
  if (at_risk == nullptr && pool == nullptr && allocations.empty()) {
    if (credits.empty()) {
      return not_applicable(info_, "the agreement has no service credits");
    }
    return undetermined(info_, "the kpi.service_credits clauses carry no service_credits.at_risk, "
                               "service_credits.pool or kpi.allocation terms (values not "
                               "extracted from the text), so the figures cannot be added up");
  }

  std::vector<Finding> findings;
  const auto add_finding = [&](const Term* near, std::string message, std::string suggestion) {
    const auto at = location(agreement, near, credits);
    findings.push_back(
        finding(info_, std::move(message), std::move(suggestion), agreement, at ? &*at : nullptr));
  };

  // The at-risk amount: stated, readable, within the band.
  const std::string band_suggestion =
      "The At-Risk Amount for a month is 12% of the Charges for that month.";
  if (at_risk == nullptr) {
    add_finding(nullptr,
                "The at-risk amount is not stated (no service_credits.at_risk), so the "
                "service credits have no measure.",
                band_suggestion);
  } else if (const auto value = Decimal::parse(at_risk->value); !value) {
    add_finding(at_risk,
                "The at-risk amount '" + at_risk->value +
                    "' is not a decimal share of the charges.",
                band_suggestion);
  } else if (*value < *Decimal::parse(at_risk_low) || *value > *Decimal::parse(at_risk_high)) {
    add_finding(at_risk,
                "The at-risk amount is " + value->percent() +
                    " of the monthly charges, outside the playbook's band of " +
                    Decimal::parse(at_risk_low)->percent() + " to " +
                    Decimal::parse(at_risk_high)->percent() + ".",
                band_suggestion);
  }

  const std::string pool_suggestion =
      "Allocate the service-credit pool over the Critical KPIs so that their allocations add up "
      "exactly to the pool stated in the KPI schedule.";
  // The allocations of the critical KPIs against the pool. When no KPI says whether it is
  // critical, every allocation counts.
  const bool any_flag = !critical_flags.empty();
  std::vector<std::string> counted;
  std::vector<std::string> parts;
  std::optional<Decimal> sum = Decimal::from_units(0);
  bool unreadable = false;
  for (const Term* allocation : allocations) {
    if (any_flag) {
      const Term* critical = agreement.term("kpi.critical", allocation->qualifier);
      if (critical == nullptr || critical->value != "true") {
        continue;
      }
    }
    const auto value = Decimal::parse(allocation->value);
    if (!value) {
      add_finding(allocation,
                  "The allocation of KPI '" + allocation->qualifier + "' ('" + allocation->value +
                      "') is not a decimal share, so the allocations cannot be added up.",
                  pool_suggestion);
      unreadable = true;
      continue;
    }
    counted.push_back(allocation->qualifier);
    parts.push_back(allocation->qualifier + " " + value->percent());
    if (sum) {
      sum = add(*sum, *value);
    }
  }
  // Critical KPIs without an allocation take no share of the pool; say so.
  for (const Term* critical : critical_flags) {
    if (critical->value == "true" && !critical->qualifier.empty() &&
        std::ranges::find(counted, critical->qualifier) == counted.end() &&
        agreement.term("kpi.allocation", critical->qualifier) == nullptr) {
      parts.push_back(critical->qualifier + " no allocation");
    }
  }
  std::string listed;
  for (const std::string& part : parts) {
    listed += (listed.empty() ? "" : ", ") + part;
  }
  const std::string scope = any_flag ? "critical KPIs" : "KPIs (none is marked critical or not)";
  if (!unreadable && !sum) {
    add_finding(nullptr, "The allocations of the " + scope + " are too large to add up.",
                pool_suggestion);
  } else if (!unreadable) {
    const std::string total = sum->percent() + (listed.empty() ? "" : " (" + listed + ")");
    if (pool == nullptr) {
      if (!parts.empty()) {
        add_finding(nullptr,
                    "The allocations of the " + scope + " add up to " + total +
                        ", but no service-credit pool is stated (no service_credits.pool).",
                    pool_suggestion);
      }
    } else if (const auto pool_value = Decimal::parse(pool->value); !pool_value) {
      add_finding(pool, "The service-credit pool '" + pool->value + "' is not a decimal share.",
                  pool_suggestion);
    } else if (*pool_value != *sum) {
      add_finding(pool,
                  "The allocations of the " + scope + " add up to " + total +
                      ", not to the stated pool of " + pool_value->percent() + ".",
                  pool_suggestion);
    }
  }
  return findings.empty() ? passed(info_) : failed(info_, std::move(findings));
}

} // namespace pactum::core
