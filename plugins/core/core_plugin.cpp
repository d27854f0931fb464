// The core playbook for customer-service outsourcing (rule catalog: docs/rules/core-*.md).
#include <memory>

#include "core_data.hpp"
#include "pactum/plugin/plugin.hpp"
#include "pactum/version.hpp"
#include "require_clause_rule.hpp"

namespace {

struct Requirement {
  const char* id;
  const char* title;
  pactum::Severity severity;
  const char* kind;
  const char* what;
  const char* summary;
  bool judged_by_side;
};

constexpr Requirement requirements[] = {
    {"core-governing-law-missing", "Governing law is stated", pactum::Severity::error,
     "governing_law", "governing-law clause",
     "Fires when the agreement does not say which law governs it.", false},
    {"core-optout-missing", "The client can leave for convenience", pactum::Severity::error,
     "termination.convenience", "termination-for-convenience clause",
     "Fires when the judging side has no right to terminate for convenience.", true},
    {"core-audit-missing", "The client may audit the provider", pactum::Severity::error,
     "audit.rights", "audit-rights clause",
     "Fires when the agreement gives no right to audit the provider.", false},
};

void register_core(pactum::Registrar& registrar) {
  // Generic data-processing terms for any template with a `dp_terms` slot; the jurisdiction
  // plugins add the named-law terms on top.
  registrar.add_clause_library({std::string(dp_terms_origin), std::string(dp_terms_yaml)});
  for (const Requirement& r : requirements) {
    pactum::RuleInfo info{.id = r.id,
                          .title = r.title,
                          .severity = r.severity,
                          .summary = r.summary,
                          .source = "Pactum playbook (PLAYBOOK.md, core)",
                          .requirement = r.id,
                          .clause_kinds = {r.kind},
                          .terms = {}};
    registrar.add_rule(info, [info, r] {
      return std::make_unique<pactum::core::RequireClauseRule>(info, r.kind, r.what,
                                                               r.judged_by_side);
    });
  }
}

constexpr const char* core_prefixes[] = {"core", nullptr};

} // namespace

PACTUM_PLUGIN({.name = "core",
               .version = PACTUM_VERSION,
               .description = "Playbook rules for customer-service outsourcing: pilots, exits, "
                              "KPIs, pricing, personnel, knowledge transfer",
               .license = "Apache-2.0",
               .prefixes = core_prefixes,
               .register_plugin = &register_core})
