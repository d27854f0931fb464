// The core playbook for customer-service outsourcing (rule catalog: docs/rules/core-*.md).
// Most rules are the YAML pack rules/core.yaml; the ones YAML cannot express are C++ here.
#include <memory>
#include <string>

#include "core_data.hpp"
#include "kpi_credit_arithmetic_rule.hpp"
#include "kpi_unmeasurable_rule.hpp"
#include "kt_plan_rules.hpp"
#include "liability_cap_rule.hpp"
#include "offshore_first_rule.hpp"
#include "optout_fee_rule.hpp"
#include "pactum/plugin/plugin.hpp"
#include "pactum/version.hpp"
#include "pilot_exit_criteria_rule.hpp"

namespace {

template <typename R> void add(pactum::Registrar& registrar) {
  registrar.add_rule(R::describe(), [] { return std::make_unique<R>(); });
}

void register_core(pactum::Registrar& registrar) {
  // Generic data-processing terms for any template with a `dp_terms` slot; the jurisdiction
  // plugins add the named-law terms on top.
  registrar.add_clause_library({std::string(dp_terms_origin), std::string(dp_terms_yaml)});
  registrar.add_rule_pack({std::string(core_origin), std::string(core_yaml)});
  // Detection patterns for the core clause kinds, so the rules work on agreements read from files.
  registrar.add_pattern_pack({std::string(en_origin), std::string(en_yaml)});
  add<pactum::core::PilotExitCriteriaRule>(registrar);
  add<pactum::core::OffshoreFirstRule>(registrar);
  add<pactum::core::OptoutFeeRule>(registrar);
  add<pactum::core::KpiUnmeasurableRule>(registrar);
  add<pactum::core::KpiCreditArithmeticRule>(registrar);
  add<pactum::core::LiabilityCapRule>(registrar);
  add<pactum::core::KtplanGateMissingRule>(registrar);
  add<pactum::core::KtplanReverseMissingRule>(registrar);
  add<pactum::core::KtplanCoverageRule>(registrar);
  add<pactum::core::KtplanDpTrainingRule>(registrar);
  add<pactum::core::KtplanOwnerDueRule>(registrar);
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
