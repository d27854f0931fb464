#include "kt_plan_items.hpp"

#include <charconv>
#include <chrono>

namespace pactum::core {
namespace {

std::optional<std::chrono::sys_days> parse_date(std::string_view text) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto number = [&](std::size_t at, std::size_t length, auto& out) {
    const char* first = text.data() + at;
    const auto [end, ec] = std::from_chars(first, first + length, out);
    return ec == std::errc() && end == first + length;
  };
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m},
                                         std::chrono::day{d}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return std::chrono::sys_days{date};
}

} // namespace

KtPlanView kt_plan_view(const Agreement& agreement) {
  KtPlanView view;
  for (std::size_t d = 0; d < agreement.documents.size(); ++d) {
    const Document& document = agreement.documents[d];
    if (document.type != DocumentType::kt_plan) {
      continue;
    }
    ++view.documents;
    for (std::size_t c = 0; c < document.clauses.size(); ++c) {
      const Clause& clause = document.clauses[c];
      if (!kind_matches(clause.kind, "kt.*")) {
        continue;
      }
      KtItemView item;
      item.at = {&document, &clause};
      item.kind = clause.kind;
      bool has_terms = false;
      for (const Term& term : agreement.terms) {
        if (term.origin.document != d || term.origin.clause != c) {
          continue;
        }
        has_terms = true;
        item.id = term.qualifier;
        if (term.name == "kt.item.owner") {
          item.owner = term.value;
        } else if (term.name == "kt.item.due") {
          item.due = term.value;
        } else if (term.name == "kt.item.offset") {
          item.offset = term.value;
        } else if (term.name == "kt.item.from") {
          item.from = term.value;
        } else if (term.name == "kt.item.covers") {
          item.covers = term.value;
        } else if (term.name == "kt.item.status") {
          item.status = term.value;
        } else if (term.name == "kt.gate.criteria") {
          long n = 0;
          const auto [end, ec] =
              std::from_chars(term.value.data(), term.value.data() + term.value.size(), n);
          if (ec == std::errc() && end == term.value.data() + term.value.size()) {
            item.criteria = n;
          }
        }
      }
      if (item.id.empty()) {
        item.id = clause.section;
      }
      // A KT plan read from text has no item terms yet: only itemised plans are judged.
      view.itemised = view.itemised || has_terms;
      if (has_terms && item.status != "waived") {
        view.items.push_back(std::move(item));
      }
    }
  }
  return view;
}

std::optional<long> kt_offset_days(std::string_view offset) {
  bool negative = false;
  if (!offset.empty() && (offset.front() == '-' || offset.front() == '+')) {
    negative = offset.front() == '-';
    offset.remove_prefix(1);
  }
  if (offset.size() < 3 || offset.front() != 'P') {
    return std::nullopt;
  }
  const char unit = offset.back();
  long n = 0;
  const char* first = offset.data() + 1;
  const char* last = offset.data() + offset.size() - 1;
  const auto [end, ec] = std::from_chars(first, last, n);
  if (ec != std::errc() || end != last || (unit != 'D' && unit != 'W')) {
    return std::nullopt;
  }
  const long days = unit == 'W' ? n * 7 : n;
  return negative ? -days : days;
}

std::optional<long> kt_days_from_go_live(const KtItemView& item, const Agreement& agreement) {
  const Term* go_live = agreement.term("term.go_live");
  if (go_live != nullptr && !item.due.empty()) {
    const auto a = parse_date(go_live->value);
    const auto b = parse_date(item.due);
    if (a && b) {
      return static_cast<long>((*b - *a).count());
    }
  }
  if (item.from == "go_live") {
    return kt_offset_days(item.offset);
  }
  return std::nullopt;
}

} // namespace pactum::core
