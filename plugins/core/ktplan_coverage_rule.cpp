#include <algorithm>
#include <string>
#include <vector>

#include "kt_plan_items.hpp"
#include "kt_plan_rules.hpp"
#include "rule_support.hpp"

namespace pactum::core {

RuleInfo KtplanCoverageRule::describe() {
  return {.id = "core-ktplan-coverage",
          .title = "The KT plan covers every channel, language and contact type",
          .severity = Severity::warning,
          .summary = "Fires for each channel, service language or contact type of the deal that "
                     "no knowledge-capture or training item of the KT plan covers.",
          .source = "Pactum playbook (core): knowledge is captured and "
                    "agents trained for every channel, language and contact type in scope.",
          .requirement = "core-ktplan-coverage",
          .clause_kinds = {"kt.capture", "kt.training"},
          .terms = {"kt.item.covers", "services.contact_types"}};
}

Outcome KtplanCoverageRule::evaluate(const Agreement& agreement, const RuleContext& /*context*/) {
  const KtPlanView plan = kt_plan_view(agreement);
  if (plan.documents == 0) {
    return not_applicable(info_, "the agreement has no KT plan document");
  }
  if (!plan.itemised) {
    return undetermined(info_, "the KT plan's items were not read (a plan in text form)");
  }
  std::vector<std::pair<std::string, std::string>> wanted; // covers value, how to say it
  for (const std::string& channel : agreement.facts.channels.values) {
    wanted.emplace_back("channel:" + channel, "the " + channel + " channel");
  }
  for (const std::string& language : agreement.facts.languages.values) {
    wanted.emplace_back("language:" + language, "service in " + language);
  }
  if (const Term* types = agreement.term("services.contact_types")) {
    const std::string& joined = types->value;
    for (std::size_t start = 0; start < joined.size();) {
      const auto end = joined.find("; ", start);
      const std::string type = joined.substr(start, end == std::string::npos ? end : end - start);
      wanted.emplace_back("contact_type:" + type, "the contact type '" + type + "'");
      start = end == std::string::npos ? joined.size() : end + 2;
    }
  }
  if (wanted.empty()) {
    return undetermined(info_, "the agreement names no channels, languages or contact types");
  }
  std::vector<Finding> findings;
  // Not a structured binding: clang 14 cannot capture one in the lambda below.
  for (const auto& entry : wanted) {
    const std::string& covers = entry.first;
    const std::string& said = entry.second;
    const bool covered = std::ranges::any_of(plan.items, [&](const KtItemView& item) {
      return item.covers == covers &&
             (kind_matches(item.kind, "kt.capture") || kind_matches(item.kind, "kt.capture.*") ||
              kind_matches(item.kind, "kt.training") || kind_matches(item.kind, "kt.training.*"));
    });
    if (!covered) {
      findings.push_back(finding(
          info_, "No knowledge-capture or training item of the KT plan covers " + said + ".",
          "Add an item that captures the knowledge for, or trains agents on, " + said +
              ", with an owner, a due date before go-live and its evidence (for example "
              "`covers: " +
              covers + "`).",
          agreement, plan.first()));
    }
  }
  return findings.empty() ? passed(info_) : failed(info_, std::move(findings));
}

} // namespace pactum::core
