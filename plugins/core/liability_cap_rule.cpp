#include "liability_cap_rule.hpp"

#include <string>
#include <vector>

#include "rule_support.hpp"

namespace pactum::core {
namespace {

constexpr std::string_view cap_suggestion =
    "Each party's total liability under this Agreement shall not exceed 1.5 times the Charges "
    "paid and payable in the twelve (12) months before the event giving rise to the claim, save "
    "for the liabilities listed as unlimited below.";

constexpr std::string_view carve_out_suggestion =
    "Nothing in this Agreement limits either party's liability for breach of its obligations of "
    "confidentiality, for breach of its obligations concerning Personal Data or Data Protection "
    "Law, for fraud, or for death or personal injury caused by negligence.";

} // namespace

RuleInfo LiabilityCapRule::describe() {
  return {.id = "core-liability-cap-missing",
          .title = "Liability is capped, with data and confidentiality carve-outs",
          .severity = Severity::warning,
          .summary = "Fires when there is no liability cap, or the cap has no carve-outs for "
                     "data-protection and confidentiality breaches.",
          .source = "Pactum playbook (core): liability is capped, and breaches of data protection "
                    "and of confidentiality are carved out of the cap.",
          .requirement = "core-liability-cap-missing",
          .clause_kinds = {"liability.cap", "liability.uncapped"},
          .terms = {"liability.cap"}};
}

LiabilityCapRule::LiabilityCapRule()
    : data_protection_(compile_pattern(info_.id,
                                       R"(\b(?:data\s+protection|personal\s+data|privacy|)"
                                       R"(data\s+breach|personal[- ]data\s+breach)\b)")),
      confidentiality_(compile_pattern(info_.id, R"(\bconfidential\w*)")) {}

Outcome LiabilityCapRule::evaluate(const Agreement& agreement, const RuleContext& context) {
  const std::vector<ClauseRef> caps = agreement.clauses("liability.cap", context.min_confidence);
  const std::vector<ClauseRef> uncapped =
      agreement.clauses("liability.uncapped", context.min_confidence);
  if (caps.empty()) {
    return failed(info_, {finding(info_,
                                  "There is no liability cap (no liability.cap clause" +
                                      std::string(agreement.term("liability.cap") != nullptr
                                                      ? ", although a liability.cap term is set"
                                                      : "") +
                                      ").",
                                  std::string(cap_suggestion), agreement, nullptr)});
  }
  if (uncapped.empty()) {
    return failed(info_, {finding(info_,
                                  "The liability cap has no carve-outs: breaches of data "
                                  "protection and of confidentiality are capped like any other "
                                  "claim.",
                                  std::string(carve_out_suggestion), agreement, &caps.front())});
  }
  bool english = false;
  bool data = false;
  bool confidential = false;
  std::string languages;
  for (const ClauseRef& ref : uncapped) {
    if (ref.document->language != "en") {
      if (languages.find(ref.document->language) == std::string::npos) {
        languages += (languages.empty() ? "" : ", ") + ref.document->language;
      }
      continue;
    }
    english = true;
    const std::string_view text = ref.document->text_of(*ref.clause);
    data = data || RE2::PartialMatch(text, *data_protection_);
    confidential = confidential || RE2::PartialMatch(text, *confidentiality_);
  }
  if (!english) {
    return undetermined(info_, "the liability.uncapped clauses are in " + languages +
                                   "; this rule reads the subjects of carve-outs in English only");
  }
  if (data && confidential) {
    return passed(info_);
  }
  const std::string missing = !data && !confidential ? "data protection and confidentiality"
                              : !data                ? "data protection"
                                                     : "confidentiality";
  return failed(info_, {finding(info_,
                                "The carve-outs from the liability cap do not cover breaches of " +
                                    missing + ".",
                                std::string(carve_out_suggestion), agreement, &uncapped.front())});
}

} // namespace pactum::core
