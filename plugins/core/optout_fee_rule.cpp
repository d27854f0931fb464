#include "optout_fee_rule.hpp"

#include <string>
#include <vector>

#include "rule_support.hpp"

namespace pactum::core {
namespace {

// A money term in canonical form: "GBP 250000.00".
bool is_money(std::string_view value) {
  const std::size_t space = value.find(' ');
  return space == 3 && Decimal::parse(value.substr(space + 1)).has_value();
}

constexpr std::string_view suggestion =
    "On termination for convenience the Client shall pay the Provider a fixed termination fee of "
    "a stated amount (or reimburse its demonstrable wind-down costs up to a stated cap), and no "
    "other sum is payable; or: no termination fee, penalty or compensation is payable.";

} // namespace

RuleInfo OptoutFeeRule::describe() {
  return {.id = "core-optout-fee",
          .title = "A convenience exit costs a fixed or capped fee at most",
          .severity = Severity::warning,
          .summary = "Fires when termination for convenience carries a fee that is not fixed or "
                     "capped, or the clause does not say whether a fee is payable.",
          .source = "Pactum playbook (core): a fee for termination for convenience, if any, is "
                    "fixed or capped in the agreement.",
          .requirement = "core-optout-fee",
          .clause_kinds = {"termination.convenience"},
          .terms = {"termination.convenience.fee", "termination.convenience.fee_cap"}};
}

OptoutFeeRule::OptoutFeeRule()
    : no_fee_(compile_pattern(
          info_.id,
          R"(\bno\s+(?:termination\s+|break\s+|exit\s+|early[- ]termination\s+|cancellation\s+)?)"
          R"((?:fees?|charges?|penalt(?:y|ies)|compensation|payments?|sums?)\b[^.;]{0,80}?)"
          R"(\b(?:is|are|shall\s+be|will\s+be|becomes?)\s+(?:payable|due|owed|charged)\b|)"
          R"(\bwithout\s+(?:any\s+|paying\s+(?:any\s+)?)?(?:termination\s+|break\s+)?)"
          R"((?:fees?|penalt(?:y|ies)|compensation|charges?)\b|)"
          R"(\b(?:not\s+(?:be\s+)?(?:liable|obliged|required)\s+to\s+pay|pays?\s+no|owes?\s+no))"
          R"(\s+(?:any\s+)?(?:termination\s+)?(?:fees?|penalt(?:y|ies)|compensation|sums?)\b|)"
          R"(\bfree\s+of\s+(?:any\s+)?(?:charge|penalty)\b)",
          false)),
      negated_(compile_pattern(
          info_.id,
          R"(\b(?:not|never|cannot)\s+(?:[\w'-]+\s+){0,5}without\b|\bunless\b|\bexcept\b)", false)),
      fee_(compile_pattern(info_.id,
                           R"(\b(?:fees?|penalt(?:y|ies)|compensation|break\s+costs?|)"
                           R"(wind[- ]down\s+costs?|costs|reimburse\w*|indemnif\w*|)"
                           R"(termination\s+(?:charges?|payments?|sums?)|liquidated\s+damages)\b)",
                           false)),
      amount_(
          compile_pattern(info_.id,
                          R"(\b[A-Z]{3}\s?[0-9]|[€£$¥]\s?[0-9]|)"
                          R"((?i:[0-9]\)?\s*(?:%|per\s?cent\b|months?['’]?\s+(?:of\s+(?:the\s+)?)?)"
                          R"((?:charges|fees)\b)))",
                          true)) {}

OptoutFeeRule::Reading OptoutFeeRule::read(std::string_view text) const {
  const bool mentions_fee = RE2::PartialMatch(text, *fee_);
  if (mentions_fee && RE2::PartialMatch(text, *amount_)) {
    return Reading::quantified;
  }
  if (RE2::PartialMatch(text, *no_fee_) && !RE2::PartialMatch(text, *negated_)) {
    return Reading::no_fee;
  }
  return mentions_fee ? Reading::unquantified : Reading::silent;
}

Outcome OptoutFeeRule::evaluate(const Agreement& agreement, const RuleContext& context) {
  std::vector<ClauseRef> clauses =
      agreement.clauses("termination.convenience", context.min_confidence);
  // A fee on the other side's convenience right is that side's cost of leaving, not the
  // judging side's: only its own, mutual and undetermined rights count.
  std::erase_if(clauses,
                [&](const ClauseRef& ref) { return !speaks_for(ref.clause->party, context.side); });
  if (clauses.empty()) {
    return not_applicable(info_, "the agreement has no termination-for-convenience clause for "
                                 "the judging side");
  }
  for (const char* name : {"termination.convenience.fee", "termination.convenience.fee_cap"}) {
    const Term* term = agreement.term(name);
    if (term != nullptr && is_money(term->value)) {
      return passed(info_);
    }
  }
  bool english = false;
  bool settled = false; // a clause says no fee is payable, or quantifies the fee
  const ClauseRef* open_fee = nullptr;
  std::string languages;
  for (const ClauseRef& ref : clauses) {
    if (ref.document->language != "en") {
      if (languages.find(ref.document->language) == std::string::npos) {
        languages += (languages.empty() ? "" : ", ") + ref.document->language;
      }
      continue;
    }
    english = true;
    switch (read(ref.document->text_of(*ref.clause))) {
    case Reading::no_fee:
    case Reading::quantified:
      settled = true;
      break;
    case Reading::unquantified:
      open_fee = open_fee == nullptr ? &ref : open_fee;
      break;
    case Reading::silent:
      break;
    }
  }
  if (!english) {
    return undetermined(info_, "the termination.convenience clauses are in " + languages +
                                   " and carry no termination.convenience.fee or .fee_cap term; "
                                   "this rule reads their text in English only");
  }
  if (open_fee != nullptr) {
    return failed(info_, {finding(info_,
                                  "Termination for convenience carries a fee, costs or "
                                  "compensation that the agreement neither fixes nor caps.",
                                  std::string(suggestion), agreement, open_fee)});
  }
  if (!settled) {
    return failed(info_,
                  {finding(info_,
                           "The termination-for-convenience clauses do not say whether a fee is "
                           "payable, nor fix or cap one.",
                           std::string(suggestion), agreement, &clauses.front())});
  }
  return passed(info_);
}

} // namespace pactum::core
