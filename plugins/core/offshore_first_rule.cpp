#include "offshore_first_rule.hpp"

#include <algorithm>
#include <string>

#include "rule_support.hpp"

namespace pactum::core {

RuleInfo OffshoreFirstRule::describe() {
  return {.id = "core-offshore-first",
          .title = "A first offshore move starts with a pilot",
          .severity = Severity::warning,
          .summary = "Fires when the service moves offshore, the client has never outsourced it "
                     "before, and there is no pilot clause.",
          .source = "Pactum playbook (core): a client outsourcing for the first time and moving "
                    "the service to another country should not do so without a pilot.",
          .requirement = "core-offshore-first",
          .clause_kinds = {"pilot"},
          .terms = {}};
}

Outcome OffshoreFirstRule::evaluate(const Agreement& agreement, const RuleContext& context) {
  // facts.offshore, derived as the host derives it for conditions.
  const Party* client = agreement.party(PartyRole::client);
  const FactSet& locations = agreement.facts.processing_locations;
  const bool offshore_known = client != nullptr && !client->country.empty() && locations.known;
  std::string abroad;
  if (offshore_known) {
    for (const std::string& country : locations.values) {
      if (country != client->country && abroad.find(country) == std::string::npos) {
        abroad += (abroad.empty() ? "" : ", ") + country;
      }
    }
  }
  const Tri prior = agreement.facts.prior_outsourcing;
  // Like {all: [offshore, not prior_outsourcing]}: one known false decides it.
  if (offshore_known && abroad.empty()) {
    return not_applicable(info_, "the service is delivered from the client's own country");
  }
  if (prior == Tri::yes) {
    return not_applicable(info_, "the client has outsourced the service before");
  }
  if (!offshore_known || prior == Tri::unknown) {
    std::string unknown;
    if (!offshore_known) {
      unknown = "facts.offshore (the client's country or facts.processing_locations)";
    }
    if (prior == Tri::unknown) {
      unknown += (unknown.empty() ? "" : ", ") + std::string("facts.prior_outsourcing");
    }
    return undetermined(info_, "depends on unknown " + unknown);
  }
  if (agreement.has_clause("pilot", context.min_confidence)) {
    return passed(info_);
  }
  return failed(
      info_,
      {finding(info_,
               "The service moves offshore (client in " + client->country + ", delivered from " +
                   abroad +
                   ") for a client with no prior outsourcing, and there is no pilot phase to "
                   "prove the provider before full roll-out.",
               "Before full roll-out the Provider shall run a pilot of at least sixty (60) days "
               "on a limited share of Contacts, measured against the KPIs, after which the "
               "Client may stop without penalty.",
               agreement, nullptr)});
}

} // namespace pactum::core
