#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pactum/export.hpp"
#include "pactum/model/agreement.hpp"
#include "pactum/model/outcome.hpp"
#include "pactum/model/party.hpp"

namespace pactum {

// What a rule is, independent of any Agreement: shown by `pactum rules`, used by reports.
struct RuleInfo {
  std::string id; // "<prefix>-<topic>-<name>", lower kebab case, prefix owned by the plugin
  std::string title;
  Severity severity = Severity::warning;
  std::string summary;     // one sentence: what makes it fire
  std::string source;      // the law, standard clause or playbook line it rests on
  std::string requirement; // shared key for the same legal requirement across plugins
  // Clause kinds and term names the rule reads. Checked against the vocabularies when the plugin
  // registers, so a rule cannot silently look for a kind that nothing produces.
  std::vector<std::string> clause_kinds;
  std::vector<std::string> terms;
};

// Options of one run, the same for every rule.
struct RuleContext {
  double min_confidence = 0.5;
  PartyRole side = PartyRole::client;     // whose side the playbook judges from
  std::string as_of;                      // ISO date deciding which law is in force
  std::vector<std::string> jurisdictions; // asked for with --jurisdiction
  // Options the playbook sets for the rule being evaluated (key → value as written there), e.g.
  // {"preferred": "<= P60D"} for a term rule. Empty when the playbook sets none.
  std::map<std::string, std::string> options;
};

// A rule judges one Agreement and returns exactly one Outcome for it.
//
// Threading: the host creates one Rule per worker thread from its factory and calls evaluate()
// only from that thread, so a rule may keep state without locks. evaluate() must not keep
// pointers into the Agreement after it returns. It may throw pactum::Error for a failure that
// ends the check of this Agreement; the host reports it naming the rule and its plugin.
class PACTUM_EXPORT Rule {
public:
  virtual ~Rule();
  virtual Outcome evaluate(const Agreement& agreement, const RuleContext& context) = 0;
};

// Called by the host once per worker. The code behind it lives in the plugin's library, which
// the host keeps loaded for the life of the process.
using RuleFactory = std::function<std::unique_ptr<Rule>()>;

} // namespace pactum
