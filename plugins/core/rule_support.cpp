#include "rule_support.hpp"

#include <algorithm>
#include <limits>

#include "pactum/error.hpp"

namespace pactum::core {
namespace {

constexpr std::int64_t unit = 1'000'000'000; // 10^Decimal::scale

std::optional<std::int64_t> digits_value(std::string_view digits) {
  std::int64_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

} // namespace

Outcome passed(const RuleInfo& info) {
  return Outcome{.rule_id = info.id, .status = OutcomeStatus::pass, .findings = {}, .reason = {}};
}

Outcome not_applicable(const RuleInfo& info, std::string reason) {
  return Outcome{.rule_id = info.id,
                 .status = OutcomeStatus::not_applicable,
                 .findings = {},
                 .reason = std::move(reason)};
}

Outcome undetermined(const RuleInfo& info, std::string reason) {
  return Outcome{.rule_id = info.id,
                 .status = OutcomeStatus::undetermined,
                 .findings = {},
                 .reason = std::move(reason)};
}

Finding finding(const RuleInfo& info, std::string message, std::string suggestion,
                const Agreement& agreement, const ClauseRef* at) {
  Finding f;
  f.rule_id = info.id;
  f.severity = info.severity;
  f.position = Position::beyond_walk_away;
  f.message = std::move(message);
  f.requirement = info.requirement.empty() ? info.id : info.requirement;
  if (!suggestion.empty()) {
    f.suggestion = std::move(suggestion);
  }
  if (at != nullptr && at->document != nullptr) {
    const Document& document = *at->document;
    f.location.file = document.source_file;
    f.location.document = document.id;
    if (at->clause != nullptr) {
      const Clause& clause = *at->clause;
      f.location.section = clause.section;
      f.location.begin = clause.begin;
      f.location.end = clause.end;
      const std::size_t end = std::min(clause.begin, document.text.size());
      f.location.line = static_cast<std::size_t>(std::count(
                            document.text.begin(),
                            document.text.begin() + static_cast<std::ptrdiff_t>(end), '\n')) +
                        1;
    }
  } else if (!agreement.documents.empty()) {
    f.location.file = agreement.documents.front().source_file;
    f.location.document = agreement.documents.front().id;
  }
  return f;
}

Outcome failed(const RuleInfo& info, std::vector<Finding> findings) {
  return Outcome{.rule_id = info.id,
                 .status = OutcomeStatus::fail,
                 .findings = std::move(findings),
                 .reason = {}};
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || whole.size() > 9 || fraction.size() > 9 ||
      (point != std::string_view::npos && fraction.empty())) {
    return std::nullopt;
  }
  const auto whole_value = digits_value(whole);
  auto fraction_value = digits_value(fraction);
  if (!whole_value || !fraction_value) {
    return std::nullopt;
  }
  for (std::size_t i = fraction.size(); i < static_cast<std::size_t>(scale); ++i) {
    *fraction_value *= 10;
  }
  const std::int64_t units = *whole_value * unit + *fraction_value;
  return Decimal(negative ? -units : units);
}

std::optional<Decimal> add(Decimal a, Decimal b) {
  constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
  if ((b.units_ > 0 && a.units_ > max - b.units_) || (b.units_ < 0 && a.units_ < min - b.units_)) {
    return std::nullopt;
  }
  return Decimal(a.units_ + b.units_);
}

std::string Decimal::text() const {
  const std::int64_t magnitude = units_ < 0 ? -units_ : units_;
  std::string out = (units_ < 0 ? "-" : "") + std::to_string(magnitude / unit);
  std::string fraction = std::to_string(magnitude % unit);
  fraction.insert(0, static_cast<std::size_t>(scale) - fraction.size(), '0');
  while (!fraction.empty() && fraction.back() == '0') {
    fraction.pop_back();
  }
  if (!fraction.empty()) {
    out += "." + fraction;
  }
  return out;
}

std::string Decimal::percent() const {
  // Multiplying by 100 keeps the value exact when at least two places are free; a value too
  // large for that is shown as a fraction instead.
  if (units_ > std::numeric_limits<std::int64_t>::max() / 100 ||
      units_ < std::numeric_limits<std::int64_t>::min() / 100) {
    return text();
  }
  return Decimal(units_ * 100).text() + "%";
}

bool is_duration(std::string_view text) {
  return text.size() >= 3 && text.front() == 'P' &&
         std::ranges::any_of(text, [](char c) { return c >= '0' && c <= '9'; }) &&
         std::ranges::all_of(text, [](char c) {
           return (c >= '0' && c <= '9') || c == '.' ||
                  std::string_view("PYMWDTHS").find(c) != std::string_view::npos;
         });
}

// A canonical kpi_target: "<op> <number or duration>" with an optional " within <duration>",
// e.g. ">= 0.80 within PT20S" or "<= PT30S".
bool is_numeric_target(std::string_view value) {
  std::vector<std::string_view> tokens;
  value = trimmed(value);
  while (!value.empty()) {
    const std::size_t space = value.find(' ');
    tokens.push_back(value.substr(0, space));
    value = space == std::string_view::npos ? std::string_view{} : trimmed(value.substr(space));
  }
  if (tokens.size() != 2 && tokens.size() != 4) {
    return false;
  }
  constexpr std::string_view ops[] = {">=", "<=", ">", "<", "="};
  if (std::ranges::find(ops, tokens[0]) == std::end(ops)) {
    return false;
  }
  if (!Decimal::parse(tokens[1]) && !is_duration(tokens[1])) {
    return false;
  }
  return tokens.size() == 2 || (tokens[2] == "within" && is_duration(tokens[3]));
}

std::vector<const Term*> terms_named(const Agreement& agreement, std::string_view name) {
  std::vector<const Term*> found;
  for (const Term& term : agreement.terms) {
    if (term.name == name) {
      found.push_back(&term);
    }
  }
  return found;
}

std::vector<std::string> qualifiers_of(const Agreement& agreement,
                                       const std::vector<std::string_view>& names) {
  std::vector<std::string> ids;
  for (const Term& term : agreement.terms) {
    if (!term.qualifier.empty() && std::ranges::find(names, term.name) != names.end() &&
        std::ranges::find(ids, term.qualifier) == ids.end()) {
      ids.push_back(term.qualifier);
    }
  }
  return ids;
}

std::optional<ClauseRef> clause_of(const Agreement& agreement, const Term& term) {
  if (!term.origin.document || !term.origin.clause ||
      *term.origin.document >= agreement.documents.size()) {
    return std::nullopt;
  }
  const Document& document = agreement.documents[*term.origin.document];
  if (*term.origin.clause >= document.clauses.size()) {
    return std::nullopt;
  }
  return ClauseRef{&document, &document.clauses[*term.origin.clause]};
}

std::unique_ptr<RE2> compile_pattern(std::string_view rule_id, std::string_view pattern,
                                     bool case_sensitive) {
  std::string expanded;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      if (pattern[i + 1] == 's') {
        expanded += R"([\s\x{00A0}\x{202F}])";
      } else {
        expanded += pattern.substr(i, 2);
      }
      ++i;
      continue;
    }
    expanded += pattern[i];
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  auto re = std::make_unique<RE2>(expanded, options);
  if (!re->ok()) {
    throw Error(std::string(rule_id) + ": pattern does not compile: " + re->error());
  }
  return re;
}

std::string_view trimmed(std::string_view text) {
  const auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

} // namespace pactum::core
