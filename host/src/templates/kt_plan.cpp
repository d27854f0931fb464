#include "templates/kt_plan.hpp"

#include <algorithm>
#include <cctype>

#include "pactum/error.hpp"
#include "templates/calendar_date.hpp"
#include "templates/deal.hpp"
#include "templates/display.hpp"
#include "templates/locale_format.hpp"

namespace pactum::host {
namespace {

// Checklist texts may use only {{client}}, {{provider}}, {{go_live}} and {{item}} (the loader
// refuses any other name), so filling each tag in, spaces inside the braces allowed as the
// loader allows them, renders them exactly.
std::string fill(const std::string& text,
                 const std::vector<std::pair<std::string, std::string>>& names) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto open = text.find("{{", at);
    const auto close = open == std::string::npos ? open : text.find("}}", open + 2);
    if (close == std::string::npos) {
      out.append(text, at, std::string::npos);
      break;
    }
    std::string_view name = std::string_view(text).substr(open + 2, close - open - 2);
    while (!name.empty() && name.front() == ' ') {
      name.remove_prefix(1);
    }
    while (!name.empty() && name.back() == ' ') {
      name.remove_suffix(1);
    }
    out.append(text, at, open - at);
    const auto found = std::ranges::find_if(names, [&](const auto& n) { return n.first == name; });
    if (found != names.end()) {
      out += found->second;
    } else {
      out.append(text, open, close + 2 - open);
    }
    at = close + 2;
  }
  return out;
}

const std::string& in_language(const Localized& localized, std::string_view language,
                               std::string_view what) {
  const auto found = localized.text.find(language);
  if (found == localized.text.end()) {
    throw Error(at_text(localized.where) + ": error: " + std::string(what) + " has no '" +
                std::string(language) + "' text");
  }
  return found->second;
}

Resolved resolve_scope(const KtScope& scope, std::string_view path) {
  Resolved r;
  r.present = true;
  const auto flag = [&](bool value) {
    r.type = ParamType::boolean;
    r.values = {value ? "true" : "false"};
    return r;
  };
  if (path == "facts.personal_data") {
    return flag(scope.personal_data);
  }
  if (path == "facts.payment_card_data") {
    return flag(scope.payment_card_data);
  }
  if (path == "facts.health_data") {
    return flag(scope.health_data);
  }
  if (path == "facts.prior_outsourcing") {
    return flag(scope.prior_outsourcing);
  }
  if (path == "facts.offshore") {
    return flag(!scope.offshore_sites.empty());
  }
  if (path == "terms.pilot.duration") {
    r.type = ParamType::duration;
    r.present = !scope.pilot.empty();
    r.values = {scope.pilot};
    return r;
  }
  if (path == "terms.personnel.attrition_risk") {
    r.type = ParamType::enumeration;
    r.values = {scope.attrition_risk};
    return r;
  }
  r.present = false;
  return r;
}

struct EachValue {
  std::string canonical; // what `covers` records
  std::string shown;     // what {{item}} reads in the plan's language
  std::string covers;
};

std::vector<EachValue> each_values(const KtChecklist& checklist, const KtScope& scope,
                                   std::string_view source, std::string_view language) {
  std::vector<EachValue> out;
  if (source == "channels") {
    for (const std::string& channel : scope.channels) {
      std::string shown = humanize_id(channel);
      if (const auto entry = checklist.labels.find(channel); entry != checklist.labels.end()) {
        if (const auto text = entry->second.find(language); text != entry->second.end()) {
          shown = text->second;
        }
      }
      out.push_back({channel, shown, "channel:" + channel});
    }
  } else if (source == "languages") {
    for (const std::string& value : scope.languages) {
      out.push_back({value, value, "language:" + value});
    }
  } else if (source == "contact_types") {
    for (const std::string& value : scope.contact_types) {
      out.push_back({value, value, "contact_type:" + value});
    }
  } else if (source == "offshore_sites") {
    for (const std::string& country : scope.offshore_sites) {
      out.push_back({country, country_name(country, language), "site:" + country});
    }
  }
  return out;
}

std::string criterion_text(const KtPilotCriterion& criterion, std::string_view language) {
  const std::string threshold = format_percent(criterion.threshold, language);
  const std::string period = format_duration(criterion.held_for, language);
  if (language == "da") {
    return criterion.name + " på mindst " + threshold + " i " + period;
  }
  if (language == "it") {
    return criterion.name + " pari ad almeno " + threshold + " per " + period;
  }
  if (language == "zh") {
    return criterion.name + "不低于" + threshold + "，持续" + period;
  }
  return criterion.name + " at or above " + threshold + " for " + period;
}

} // namespace

std::string KtScope::anchor_date(KtAnchor anchor) const {
  switch (anchor) {
  case KtAnchor::go_live:
    return go_live;
  case KtAnchor::pilot_end:
    return pilot.empty() ? std::string() : add_duration(go_live, pilot).value_or("");
  case KtAnchor::exit:
    return exit_notice;
  }
  return {};
}

const KtPlanItem* KtPlan::item(std::string_view id) const {
  for (const KtPlanPhase& phase : phases) {
    for (const KtPlanItem& item : phase.items) {
      if (item.id == id) {
        return &item;
      }
    }
  }
  return nullptr;
}

std::string kt_each_item_id(std::string_view template_id, std::string_view value,
                            std::size_t position) {
  std::string slug;
  for (const char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalnum(u) != 0) {
      slug += static_cast<char>(std::tolower(u));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') {
    slug.pop_back();
  }
  if (slug.empty()) {
    slug = std::to_string(position + 1);
  }
  return std::string(template_id) + "-" + slug;
}

KtPlan build_kt_plan(const KtChecklist& checklist, const KtScope& scope,
                     std::string_view language) {
  const std::string lang(language);
  if (std::ranges::find(checklist.languages, lang) == checklist.languages.end()) {
    throw Error(checklist.file.string() + ": error: the KT checklist has no '" + lang + "' text");
  }
  const std::string go_live_shown = scope.go_live.empty() ? "" : format_date(scope.go_live, lang);
  const std::vector<std::pair<std::string, std::string>> base{
      {"client", scope.client}, {"provider", scope.provider}, {"go_live", go_live_shown}};
  const PathResolver resolve = [&](std::string_view path) { return resolve_scope(scope, path); };

  KtPlan plan;
  plan.checklist = checklist.id;
  plan.version = checklist.version;
  plan.language = lang;
  plan.title = fill(in_language(checklist.title, lang, "the checklist title"), base);
  if (checklist.intro) {
    plan.intro = fill(in_language(*checklist.intro, lang, "the checklist intro"), base);
  }
  for (const KtPhaseTemplate& phase_template : checklist.phases) {
    KtPlanPhase phase;
    phase.id = phase_template.id;
    phase.title = fill(in_language(phase_template.title, lang, "phase " + phase.id), base);
    for (const KtItemTemplate& item_template : phase_template.items) {
      if (item_template.when && !evaluate(*item_template.when, resolve)) {
        continue;
      }
      std::vector<EachValue> values;
      if (item_template.each.empty()) {
        values.push_back({});
      } else {
        values = each_values(checklist, scope, item_template.each, lang);
      }
      for (std::size_t i = 0; i < values.size(); ++i) {
        const EachValue& value = values[i];
        std::vector<std::pair<std::string, std::string>> names = base;
        names.emplace_back("item", value.shown);
        const std::string what = "item " + item_template.id;
        KtPlanItem item;
        item.template_id = item_template.id;
        item.id = item_template.each.empty()
                      ? item_template.id
                      : kt_each_item_id(item_template.id, value.canonical, i);
        item.kind = item_template.kind;
        item.title = fill(in_language(item_template.title, lang, what), names);
        item.evidence = fill(in_language(item_template.evidence, lang, what), names);
        item.acceptance = fill(in_language(item_template.acceptance, lang, what), names);
        item.owner = item_template.owner;
        item.offset = item_template.offset;
        item.offset_days = parse_kt_offset(item_template.offset).value_or(0);
        item.from = item_template.from;
        const std::string anchor = scope.anchor_date(item.from);
        item.due = anchor.empty() ? "" : add_days(anchor, item.offset_days).value_or("");
        item.tags = item_template.tags;
        item.covers = value.covers;
        item.gate = item_template.kind == "kt.gate";
        item.requires_phases = item_template.requires_phases;
        for (const KtCriterionTemplate& criterion : item_template.criteria) {
          item.criteria.push_back(
              {criterion.id, fill(in_language(criterion.text, lang, what), names)});
        }
        if (item_template.pilot_criteria) {
          for (const KtPilotCriterion& criterion : scope.pilot_criteria) {
            item.criteria.push_back({"pilot-" + criterion.kpi, criterion_text(criterion, lang)});
          }
        }
        // Two values that slug alike ("Billing" and "billing") must still be two items.
        std::string unique = item.id;
        for (int n = 2;
             plan.item(unique) != nullptr ||
             std::ranges::any_of(phase.items,
                                 [&](const KtPlanItem& other) { return other.id == unique; });
             ++n) {
          unique = item.id + "-" + std::to_string(n);
        }
        item.id = unique;
        phase.items.push_back(std::move(item));
      }
    }
    if (!phase.items.empty()) {
      plan.phases.push_back(std::move(phase));
    }
  }
  return plan;
}

KtScope kt_scope_of(const Agreement& agreement, const Deal* deal) {
  KtScope scope;
  if (const Party* client = agreement.party(PartyRole::client)) {
    scope.client = client->name;
    scope.client_country = client->country;
  }
  if (const Party* provider = agreement.party(PartyRole::provider)) {
    scope.provider = provider->name;
  }
  const auto term_value = [&](std::string_view name) {
    const Term* term = agreement.term(name);
    return term != nullptr ? term->value : std::string();
  };
  const auto list = [](const std::string& joined) {
    std::vector<std::string> items;
    for (std::size_t start = 0; start < joined.size();) {
      const auto end = joined.find("; ", start);
      items.push_back(joined.substr(start, end == std::string::npos ? end : end - start));
      start = end == std::string::npos ? joined.size() : end + 2;
    }
    return items;
  };
  scope.go_live = term_value("term.go_live");
  scope.pilot = term_value("pilot.duration");
  scope.contact_types = list(term_value("services.contact_types"));
  if (const std::string risk = term_value("personnel.attrition_risk"); !risk.empty()) {
    scope.attrition_risk = risk;
  }
  const Facts& facts = agreement.facts;
  scope.channels = facts.channels.values;
  scope.languages = facts.languages.values;
  for (const std::string& country : facts.processing_locations.values) {
    if (country != scope.client_country &&
        std::ranges::find(scope.offshore_sites, country) == scope.offshore_sites.end()) {
      scope.offshore_sites.push_back(country);
    }
  }
  scope.personal_data = facts.personal_data == Tri::yes;
  scope.payment_card_data = facts.payment_card_data == Tri::yes;
  scope.health_data = facts.health_data == Tri::yes;
  scope.prior_outsourcing = facts.prior_outsourcing == Tri::yes;
  if (!scope.pilot.empty()) {
    for (const Term& term : agreement.terms) {
      if (term.name != "pilot.criterion" || term.qualifier.empty()) {
        continue;
      }
      KtPilotCriterion criterion{term.qualifier, humanize_id(term.qualifier), term.value, ""};
      if (const Term* period = agreement.term("pilot.criterion_period", term.qualifier)) {
        criterion.held_for = period->value;
      }
      if (deal != nullptr) {
        if (const Value* kpis = deal->values.field("kpis")) {
          for (const Value& kpi : kpis->items) {
            const Value* id = kpi.field("id");
            const Value* name = kpi.field("name");
            if (id != nullptr && id->scalar == term.qualifier && name != nullptr &&
                name->present()) {
              criterion.name = name->scalar;
            }
          }
        }
      }
      scope.pilot_criteria.push_back(std::move(criterion));
    }
  }
  return scope;
}

} // namespace pactum::host
