#include "templates/kt_plan_document.hpp"

#include <algorithm>
#include <array>

#include "templates/locale_format.hpp"
#include "templates/text_builder.hpp"

namespace pactum::host {
namespace {

// The plan's own words in each language the templates serve; the checklist supplies the rest.
struct PlanWords {
  std::string_view language;
  std::array<std::string_view, 6> columns; // number, task, owner, due, evidence, acceptance
  std::array<std::string_view, 3> owners;  // client, provider, both
  std::string_view criteria;               // "Criteria:" before a gate's list
  std::string_view requires_phases;        // "Requires:" before the phases a gate needs
  std::string_view after_pilot;            // due relative to an unknown pilot end
  std::string_view before_pilot;
  std::string_view after_exit; // due relative to an exit notice not yet given
  std::string_view before_exit;
  std::string_view days;
};

constexpr std::array<PlanWords, 4> words{{
    {"en",
     {"No.", "Task", "Owner", "Due", "Evidence", "Acceptance"},
     {"Client", "Provider", "Both parties"},
     "Criteria:",
     "Requires completion of:",
     "after the end of the Pilot",
     "before the end of the Pilot",
     "after the exit notice",
     "before the exit notice",
     "days"},
    {"da",
     {"Nr.", "Opgave", "Ansvarlig", "Frist", "Dokumentation", "Accept"},
     {"Kunden", "Leverandøren", "Begge parter"},
     "Kriterier:",
     "Forudsætter gennemførelse af:",
     "efter Pilotfasens afslutning",
     "før Pilotfasens afslutning",
     "efter meddelelsen om ophør",
     "før meddelelsen om ophør",
     "dage"},
    {"it",
     {"N.", "Attività", "Responsabile", "Scadenza", "Evidenze", "Accettazione"},
     {"Cliente", "Fornitore", "Entrambe le parti"},
     "Criteri:",
     "Presuppone il completamento di:",
     "dopo la fine della Fase Pilota",
     "prima della fine della Fase Pilota",
     "dopo la comunicazione di recesso",
     "prima della comunicazione di recesso",
     "giorni"},
    {"zh",
     {"序号", "任务", "负责方", "期限", "完成依据", "验收标准"},
     {"客户", "服务商", "双方"},
     "标准：",
     "须先完成：",
     "试运行期结束后",
     "试运行期结束前",
     "退出通知发出后",
     "退出通知发出前",
     "日"},
}};

const PlanWords& words_for(std::string_view language) {
  for (const PlanWords& w : words) {
    if (w.language == language) {
      return w;
    }
  }
  return words.front();
}

std::string one_line(std::string text) {
  std::ranges::replace(text, '\n', ' ');
  std::ranges::replace(text, '\t', ' ');
  return text;
}

// "12 March 2027", or, while the anchor's date is unknown, "30 days after the exit notice".
std::string due_text(const KtPlanItem& item, const PlanWords& w, std::string_view language) {
  if (!item.due.empty()) {
    return format_date(item.due, language);
  }
  if (item.offset.empty() || item.from == KtAnchor::go_live) {
    return "—";
  }
  const long days = item.offset_days < 0 ? -item.offset_days : item.offset_days;
  const bool before = item.offset_days < 0;
  const std::string_view relation = item.from == KtAnchor::exit
                                        ? (before ? w.before_exit : w.after_exit)
                                        : (before ? w.before_pilot : w.after_pilot);
  const std::string count = std::to_string(days);
  if (language == "zh") {
    return std::string(relation) + count + std::string(w.days);
  }
  return count + " " + std::string(w.days) + " " + std::string(relation);
}

PartyRole party_of(std::optional<KtOwner> owner) {
  if (!owner) {
    return PartyRole::unknown;
  }
  switch (*owner) {
  case KtOwner::client:
    return PartyRole::client;
  case KtOwner::provider:
    return PartyRole::provider;
  case KtOwner::both:
    return PartyRole::mutual;
  }
  return PartyRole::mutual;
}

} // namespace

std::string kt_owner_label(KtOwner owner, std::string_view language) {
  return std::string(words_for(language).owners[static_cast<std::size_t>(owner)]);
}

KtPlanDocument kt_plan_document(const KtPlan& plan, std::size_t document_index) {
  const PlanWords& w = words_for(plan.language);
  KtPlanDocument out;
  Document& document = out.document;
  document.id = "kt_plan";
  document.type = DocumentType::kt_plan;
  document.language = plan.language;
  document.title = plan.title;
  TextBuilder text(document);
  text.block(BlockKind::heading, 1, "", plan.title);
  if (!plan.intro.empty()) {
    text.block(BlockKind::paragraph, 0, "", one_line(plan.intro));
  }
  const std::string separator = plan.language == "zh" ? "" : " ";
  for (std::size_t p = 0; p < plan.phases.size(); ++p) {
    const KtPlanPhase& phase = plan.phases[p];
    const std::string number = std::to_string(p + 1);
    text.block(BlockKind::heading, 2, number, number + ". " + phase.title);
    std::vector<std::string> header;
    for (const std::string_view column : w.columns) {
      header.emplace_back(column);
    }
    text.table_row(p, 0, true, header);
    for (std::size_t i = 0; i < phase.items.size(); ++i) {
      const KtPlanItem& item = phase.items[i];
      const std::string section = number + "." + std::to_string(i + 1);
      std::string acceptance = item.acceptance;
      if (item.gate) {
        if (!item.requires_phases.empty()) {
          std::vector<std::string> titles;
          for (const std::string& id : item.requires_phases) {
            const auto found = std::ranges::find_if(
                plan.phases, [&](const KtPlanPhase& other) { return other.id == id; });
            titles.push_back(found != plan.phases.end() ? found->title : id);
          }
          acceptance += separator + std::string(w.requires_phases) + separator +
                        join_list(titles, plan.language) + (plan.language == "zh" ? "。" : ".");
        }
        acceptance += separator + std::string(w.criteria);
        for (std::size_t c = 0; c < item.criteria.size(); ++c) {
          std::string criterion = item.criteria[c].text;
          for (const std::string_view stop : {".", "。"}) {
            if (criterion.ends_with(stop)) {
              criterion.resize(criterion.size() - stop.size());
            }
          }
          acceptance += separator + "(" + std::to_string(c + 1) + ")" + separator + criterion +
                        (c + 1 < item.criteria.size() ? (plan.language == "zh" ? "；" : ";")
                                                      : (plan.language == "zh" ? "。" : "."));
        }
      }
      const std::size_t begin = text.size() + 1; // after the row's line break
      text.table_row(p, i + 1, false,
                     {section, one_line(item.title),
                      item.owner ? kt_owner_label(*item.owner, plan.language) : "—",
                      due_text(item, w, plan.language), one_line(item.evidence),
                      one_line(acceptance)});
      const std::size_t clause_index = document.clauses.size();
      document.clauses.push_back(Clause{.kind = item.kind,
                                        .section = section,
                                        .begin = begin,
                                        .end = text.size(),
                                        .origin = ClauseOrigin::generated,
                                        .confidence = 1.0,
                                        .party = party_of(item.owner)});
      const auto add = [&](std::string name, std::string value) {
        Term term;
        term.name = std::move(name);
        term.qualifier = item.id;
        term.value = std::move(value);
        term.party = party_of(item.owner);
        term.origin.document = document_index;
        term.origin.clause = clause_index;
        term.origin.begin = begin;
        term.origin.end = text.size();
        out.terms.push_back(std::move(term));
      };
      if (item.owner) {
        add("kt.item.owner", std::string(kt_owner_name(*item.owner)));
      }
      if (!item.offset.empty()) {
        add("kt.item.offset", item.offset);
        add("kt.item.from", std::string(kt_anchor_name(item.from)));
      }
      if (!item.due.empty()) {
        add("kt.item.due", item.due);
      }
      if (!item.covers.empty()) {
        add("kt.item.covers", item.covers);
      }
      if (item.gate) {
        add("kt.gate.criteria", std::to_string(item.criteria.size()));
      }
    }
  }
  return out;
}

} // namespace pactum::host
