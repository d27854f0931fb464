// The smallest useful Pactum plugin: it adds one clause kind under its own prefix and one rule
// that asks for it. Build it with examples/plugin-hello/CMakeLists.txt against an installed SDK.
#include <memory>

#include "pactum/plugin/plugin.hpp"

namespace {

// Rules judge an Agreement and return one Outcome; findings are data, never exceptions.
class GreetingMissing final : public pactum::Rule {
public:
  pactum::Outcome evaluate(const pactum::Agreement& agreement,
                           const pactum::RuleContext& context) override {
    pactum::Outcome outcome{.rule_id = "hello-greeting-missing"};
    if (agreement.has_clause("hello.greeting", context.min_confidence)) {
      outcome.status = pactum::OutcomeStatus::pass;
      return outcome;
    }
    outcome.status = pactum::OutcomeStatus::fail;
    pactum::Finding finding;
    finding.rule_id = outcome.rule_id;
    finding.severity = pactum::Severity::info;
    finding.message = "The parties never greet each other";
    outcome.findings.push_back(std::move(finding));
    return outcome;
  }
};

void register_hello(pactum::Registrar& registrar) {
  registrar.add_clause_kind({"hello.greeting", "A friendly greeting between the parties"});
  registrar.add_rule({.id = "hello-greeting-missing",
                      .title = "The parties greet each other",
                      .severity = pactum::Severity::info,
                      .summary = "Fires when the agreement has no greeting clause.",
                      .source = "examples/plugin-hello",
                      .requirement = "hello-greeting",
                      .clause_kinds = {"hello.greeting"},
                      .terms = {}},
                     [] { return std::make_unique<GreetingMissing>(); });
}

constexpr const char* hello_prefixes[] = {"hello", nullptr};

} // namespace

PACTUM_PLUGIN({.name = "hello",
               .version = "0.1.0",
               .description = "Example out-of-tree plugin: asks the parties to greet each other",
               .license = "CC0-1.0",
               .prefixes = hello_prefixes,
               .register_plugin = &register_hello})
