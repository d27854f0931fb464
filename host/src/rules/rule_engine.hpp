#pragma once

#include <span>
#include <string>
#include <vector>

#include "pactum/model/agreement.hpp"
#include "pactum/plugin/rule.hpp"
#include "plugin_host/registry.hpp"
#include "report/check_report.hpp"
#include "rules/playbook.hpp"

namespace pactum::host {

// One Agreement to check, with the waivers its own files carry (a deal's `waivers:`).
struct CheckSubject {
  const Agreement* agreement = nullptr;
  std::vector<std::string> files;
  std::vector<Waiver> waivers;
};

// Runs every enabled rule on every Agreement. Rules are created per worker thread from their
// factories; the registry is only read. An outcome is produced for every (Agreement, rule)
// pair; a rule that throws turns into an error of that Agreement naming the rule and plugin.
class RuleEngine {
public:
  RuleEngine(const Registry& registry, const Playbook& playbook, RuleContext context);

  // The rules that will run (after the playbook), in id order, with their effective severity.
  const std::vector<ReportedRule>& rules() const { return rules_; }

  std::vector<AgreementReport> check(std::span<const CheckSubject> subjects, unsigned jobs) const;

  // For callers that run their own workers (a streaming batch): one RuleInstances per worker
  // thread, made empty here and filled from the factories as rules are first needed.
  using RuleInstances = std::vector<std::unique_ptr<Rule>>;
  RuleInstances new_instances() const { return RuleInstances(entries_.size()); }
  AgreementReport check_one(const CheckSubject& subject, RuleInstances& instances) const;

private:
  const Registry& registry_;
  const Playbook& playbook_;
  RuleContext context_;
  std::vector<const RuleEntry*> entries_;
  std::vector<ReportedRule> rules_;
};

// Whether the Agreement has an unwaived finding at or above `fail_on`.
bool fails_at(const AgreementReport& agreement, Severity fail_on);

// Exit status for a report: 2 if any Agreement or file had an error, else 1 if any unwaived
// finding is at or above `fail_on`, else 0.
int exit_status_of(const CheckReport& report);

} // namespace pactum::host
