#include "templates/generator.hpp"

#include "templates/scalar_types.hpp"

#include <algorithm>
#include <mutex>

#include <mstch/mstch.hpp>

#include "pactum/error.hpp"
#include "pactum/version.hpp"
#include "templates/agreement_paths.hpp"
#include "templates/display.hpp"
#include "templates/kt_plan.hpp"
#include "templates/kt_plan_document.hpp"
#include "templates/locale_format.hpp"
#include "templates/text_builder.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {
namespace {

// Mustache must never escape: each renderer escapes for its own format. Set on first use, not
// in a static initialiser, which could run before mstch's own and be overwritten by it.
void switch_off_escaping() {
  static std::once_flag once;
  std::call_once(once,
                 [] { mstch::config::escape = [](const std::string& text) { return text; }; });
}

std::string list_canonical(const Value& value) {
  std::string out;
  for (const Value& item : value.items) {
    out += (out.empty() ? "" : "; ") + item.scalar;
  }
  return out;
}

// Walks the deal beside its spec, turning `sets:` into Terms and `fact:` into Facts.
class TermCollector {
public:
  TermCollector(Agreement& agreement, const Deal& /*deal*/) : agreement_(agreement) {}

  void walk(const ParamSpec& spec, const Value& value, const Value* parent) {
    if (!spec.sets.empty() && value.present() && value.kind != Value::Kind::object) {
      Term term;
      term.name = spec.sets;
      term.value = value.kind == Value::Kind::list ? list_canonical(value) : value.scalar;
      term.business_days = value.business_days;
      if (!spec.qualifier.empty() && parent != nullptr) {
        if (const Value* q = parent->field(spec.qualifier)) {
          term.qualifier = q->scalar;
        }
      }
      term.origin.deal = value.where.file.empty() ? spec.where : value.where;
      agreement_.terms.push_back(std::move(term));
    }
    if (!spec.fact.empty()) {
      record_fact(spec, value);
    }
    if (spec.type == ParamType::object && value.present()) {
      for (const auto& field : spec.fields) {
        const Value* child = value.field(field->name);
        static const Value absent;
        walk(*field, child != nullptr ? *child : absent, &value);
      }
    } else if (spec.type == ParamType::list && spec.items) {
      for (const Value& item : value.items) {
        walk(*spec.items, item, parent);
      }
    }
  }

private:
  void record_fact(const ParamSpec& spec, const Value& value) {
    if (spec.type == ParamType::list) {
      FactSet set{.known = true, .values = {}};
      for (const Value& item : value.items) {
        if (!spec.fact_field.empty()) {
          if (const Value* field = item.field(spec.fact_field)) {
            if (std::ranges::find(set.values, field->scalar) == set.values.end()) {
              set.values.push_back(field->scalar);
            }
          }
        } else {
          set.values.push_back(item.scalar);
        }
      }
      fact_set(spec.fact) = std::move(set);
      return;
    }
    const Tri state = spec.type == ParamType::boolean ? tri_from_bool(value.scalar == "true")
                                                      : tri_from_bool(value.present());
    fact_flag(spec.fact) = state;
  }

  FactSet& fact_set(const std::string& name) {
    Facts& f = agreement_.facts;
    if (name == "processing_locations") {
      return f.processing_locations;
    }
    if (name == "data_subject_regions") {
      return f.data_subject_regions;
    }
    if (name == "languages") {
      return f.languages;
    }
    return f.channels;
  }

  Tri& fact_flag(const std::string& name) {
    Facts& f = agreement_.facts;
    if (name == "personal_data") {
      return f.personal_data;
    }
    if (name == "payment_card_data") {
      return f.payment_card_data;
    }
    if (name == "health_data") {
      return f.health_data;
    }
    if (name == "calls_recorded") {
      return f.calls_recorded;
    }
    if (name == "prior_outsourcing") {
      return f.prior_outsourcing;
    }
    return f.extra[name];
  }

  Agreement& agreement_;
};

// Builds the Mustache context: parameters formatted for the language, `_value` and `_joined`
// companions, and `terms` / `facts` for clause libraries.
class ContextBuilder {
public:
  explicit ContextBuilder(std::string language) : language_(std::move(language)) {}

  mstch::node node(const ParamSpec& spec, const Value& value) const {
    if (!value.present()) {
      return false;
    }
    switch (spec.type) {
    case ParamType::object: {
      mstch::map map;
      for (const auto& field : spec.fields) {
        const Value* child = value.field(field->name);
        static const Value absent;
        add(map, *field, child != nullptr ? *child : absent);
      }
      // KPIs and similar items read better by name than by id.
      if (spec.field("name") != nullptr && spec.field("id") != nullptr) {
        const Value* name = value.field("name");
        if (name == nullptr || !name->present()) {
          map["name"] = humanize_id(value.field("id")->scalar);
        }
      }
      return map;
    }
    case ParamType::list: {
      mstch::array items;
      for (const Value& item : value.items) {
        items.push_back(node(*spec.items, item));
      }
      return items;
    }
    case ParamType::boolean:
      return value.scalar == "true";
    default:
      return shown(spec, value.scalar, value.business_days);
    }
  }

  // A scalar as the text shows it: an enum by its label in this language when it has one.
  std::string shown(const ParamSpec& spec, const std::string& canonical,
                    bool business_days = false) const {
    if (const auto labels = spec.labels.find(canonical); labels != spec.labels.end()) {
      if (const auto label = labels->second.find(language_); label != labels->second.end()) {
        return label->second;
      }
    }
    return display_value(spec.type, canonical, language_, business_days);
  }

  void add(mstch::map& map, const ParamSpec& spec, const Value& value) const {
    map[spec.name] = node(spec, value);
    if (value.kind == Value::Kind::scalar) {
      map[spec.name + "_value"] = value.scalar;
      if (spec.type == ParamType::string_) {
        map[spec.name + "_name"] = humanize_id(value.scalar);
      }
    }
    if (spec.type == ParamType::list && spec.items && spec.items->type != ParamType::object) {
      std::vector<std::string> texts;
      for (const Value& item : value.items) {
        texts.push_back(shown(*spec.items, item.scalar));
      }
      map[spec.name + "_joined"] = texts.empty() ? std::string() : join_list(texts, language_);
    }
  }

  mstch::map root(const Template& templ, const Deal& deal, const Agreement& agreement,
                  const Vocabulary& vocabulary) const {
    mstch::map map = boost::get<mstch::map>(node(templ.parameters, deal.values));
    mstch::map terms;
    for (const Term& term : agreement.terms) {
      if (!term.qualifier.empty()) {
        continue;
      }
      const auto entry = vocabulary.terms().find(term.name);
      const std::string& type = entry->second.type;
      std::string shown;
      if (type == "list") {
        std::vector<std::string> items;
        for (std::size_t start = 0; start <= term.value.size();) {
          const auto end = term.value.find("; ", start);
          items.push_back(
              term.value.substr(start, end == std::string::npos ? std::string::npos : end - start));
          start = end == std::string::npos ? term.value.size() + 1 : end + 2;
        }
        shown = join_list(items, language_);
      } else {
        shown = display_value(param_type_of_term(type), term.value, language_, term.business_days);
      }
      insert_dotted(terms, term.name, shown);
    }
    map["terms"] = terms;
    mstch::map facts;
    const Facts& f = agreement.facts;
    for (const auto& [name, state] : {std::pair{"personal_data", f.personal_data},
                                      {"payment_card_data", f.payment_card_data},
                                      {"health_data", f.health_data},
                                      {"calls_recorded", f.calls_recorded},
                                      {"prior_outsourcing", f.prior_outsourcing}}) {
      facts[name] = state == Tri::yes;
    }
    for (const auto& [name, set] : {std::pair{"processing_locations", &f.processing_locations},
                                    {"data_subject_regions", &f.data_subject_regions},
                                    {"languages", &f.languages},
                                    {"channels", &f.channels}}) {
      facts[name] = set->values.empty() ? std::string() : join_list(set->values, language_);
    }
    map["facts"] = facts;
    // The languages the agreement is made in, by name in this language, and the one that
    // prevails (the deal's first): the language clause of a bilingual agreement says both.
    std::vector<std::string> names;
    for (const std::string& code : deal.languages) {
      names.push_back(language_name(code, language_));
    }
    map["agreement_languages"] = join_list(names, language_);
    map["prevailing_language"] = names.empty() ? std::string() : names.front();
    return map;
  }

private:
  // "dp.breach_notification.deadline" → terms["dp"]["breach_notification"]["deadline"].
  static void insert_dotted(mstch::map& into, std::string_view name, const std::string& value) {
    const auto dot = name.find('.');
    const std::string head(name.substr(0, dot));
    if (dot == std::string_view::npos) {
      if (!into.contains(head)) {
        into[head] = value;
      }
      return;
    }
    auto it = into.find(head);
    if (it == into.end()) {
      it = into.emplace(head, mstch::map{}).first;
    }
    if (auto* inner = boost::get<mstch::map>(&it->second)) {
      insert_dotted(*inner, name.substr(dot + 1), value);
    }
  }

  std::string language_;
};

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\n");
  return text.substr(first, last - first + 1);
}

// Paragraphs of a rendered clause: split at blank lines, inner single newlines kept as spaces.
std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    std::string line =
        trimmed(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (line.empty()) {
      if (!current.empty()) {
        out.push_back(std::move(current));
        current.clear();
      }
    } else {
      current += (current.empty() ? "" : " ") + line;
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

const std::string& text_in(const Localized& localized, const std::string& language,
                           std::string_view owner) {
  const auto found = localized.text.find(language);
  if (found == localized.text.end()) {
    throw Error(localized.where.file + ":" + std::to_string(localized.where.line) + ":" +
                std::to_string(localized.where.column) + ": error: " + std::string(owner) +
                " has no '" + language + "' text");
  }
  return found->second;
}

} // namespace

Agreement generate_agreement(const GenerateRequest& request) {
  switch_off_escaping();
  const Template& templ = request.templ;
  const Deal& deal = request.deal;
  const std::string& language = request.language;
  if (std::ranges::find(templ.languages, language) == templ.languages.end()) {
    std::string known;
    for (const auto& l : templ.languages) {
      known += (known.empty() ? "" : ", ") + l;
    }
    throw Error("template " + templ.id + " has no '" + language + "' text (it has: " + known + ")");
  }

  Agreement agreement;
  agreement.id = std::filesystem::path(deal.file).stem().string();
  agreement.generated = GenerationStamp{pactum::version, templ.id, templ.version, deal.file};
  TermCollector(agreement, deal).walk(templ.parameters, deal.values, nullptr);
  for (const auto& [role, prefix] :
       {std::pair{PartyRole::client, "client"}, {PartyRole::provider, "provider"}}) {
    if (const Value* party = deal.values.field(prefix)) {
      Party p;
      p.role = role;
      p.name = party->field("name") != nullptr ? party->field("name")->scalar : "";
      p.country = party->field("country") != nullptr ? party->field("country")->scalar : "";
      p.defined_term = role == PartyRole::client ? "the Client" : "the Provider";
      agreement.parties.push_back(std::move(p));
    }
  }

  std::string as_of = request.as_of;
  if (const Term* date = agreement.term("agreement.date"); as_of.empty() && date != nullptr) {
    as_of = date->value;
  }
  derive_jurisdiction_facts(agreement, request.jurisdictions,
                            as_of.empty() ? today_iso_date() : as_of);

  // Terms and facts resolve as they do for rules; parameter paths only within the template.
  const PathResolver over_agreement = agreement_resolver(agreement, request.vocabulary, 0.0);
  const PathResolver resolve = [&](std::string_view path) -> Resolved {
    if (path.starts_with("terms.") || path.starts_with("facts.")) {
      return over_agreement(path);
    }
    Resolved r;
    const ParamSpec* spec = templ.parameters.at(path);
    const Value* value = deal.values.at(path);
    if (spec == nullptr || value == nullptr || !value->present()) {
      return r;
    }
    r.present = true;
    r.type = spec->type;
    if (value->kind == Value::Kind::scalar) {
      r.values = {value->scalar};
    } else if (value->kind == Value::Kind::list) {
      r.is_list = true;
      r.type = spec->items ? spec->items->type : ParamType::string_;
      for (std::size_t i = 0; i < value->items.size(); ++i) {
        r.values.push_back(value->items[i].kind == Value::Kind::scalar ? value->items[i].scalar
                                                                       : std::to_string(i));
      }
    }
    return r;
  };
  const auto holds = [&](const std::optional<Condition>& when) {
    return !when || evaluate(*when, resolve);
  };

  const ContextBuilder contexts(language);
  const mstch::map root = contexts.root(templ, deal, agreement, request.vocabulary);
  const auto render = [&](const std::string& text) { return mstch::render(text, root); };

  for (const DocumentTemplate& document_template : templ.documents) {
    if (!holds(document_template.when)) {
      continue;
    }
    Document document;
    document.id = document_template.id;
    document.type = document_template.type;
    document.language = language;
    document.title = trimmed(render(text_in(document_template.title, language, "document title")));
    TextBuilder text(document);
    text.block(BlockKind::heading, 1, "", document.title);

    std::size_t section_number = 0;
    std::size_t table_count = 0;
    for (const SectionTemplate& section : document_template.sections) {
      if (!holds(section.when)) {
        continue;
      }
      std::vector<const ClauseTemplate*> clauses;
      for (const ClauseTemplate& clause : section.clauses) {
        if (holds(clause.when)) {
          clauses.push_back(&clause);
        }
      }
      if (!section.slot.empty()) {
        for (const ClauseTemplate& clause : request.library) {
          if (clause.slot == section.slot && holds(clause.when)) {
            clauses.push_back(&clause);
          }
        }
      }
      const Value* rows = section.table ? deal.values.at(section.table->each) : nullptr;
      const bool has_rows = rows != nullptr && !rows->items.empty();
      if (clauses.empty() && !has_rows) {
        continue;
      }
      const std::string number = std::to_string(++section_number);
      text.block(BlockKind::heading, 2, number,
                 number + ". " + trimmed(render(text_in(section.heading, language, "heading"))));
      std::size_t clause_number = 0;
      for (const ClauseTemplate* clause : clauses) {
        const auto parts =
            paragraphs(render(text_in(clause->text, language, "clause " + clause->id)));
        if (parts.empty()) {
          continue;
        }
        const std::string clause_section = number + "." + std::to_string(++clause_number);
        std::size_t begin = 0;
        std::size_t end = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
          // Only the first paragraph carries the number; the clause's range covers the rest.
          const auto range = i == 0 ? text.block(BlockKind::paragraph, 0, clause_section,
                                                 clause_section + " " + parts[i])
                                    : text.block(BlockKind::paragraph, 0, "", parts[i]);
          begin = i == 0 ? range.first : begin;
          end = range.second;
        }
        document.clauses.push_back(Clause{.kind = clause->kind,
                                          .section = clause_section,
                                          .begin = begin,
                                          .end = end,
                                          .origin = ClauseOrigin::generated,
                                          .confidence = 1.0,
                                          .party = clause->party});
      }
      if (has_rows) {
        const TableTemplate& table = *section.table;
        const ParamSpec* each = templ.parameters.at(table.each);
        const std::size_t table_index = table_count++;
        std::vector<std::string> header;
        for (const TableColumn& column : table.columns) {
          header.push_back(trimmed(render(text_in(column.header, language, "column header"))));
        }
        const std::size_t table_begin = text.size() + (document.text.empty() ? 0 : 2);
        text.table_row(table_index, 0, true, header);
        std::size_t row_number = 0;
        for (const Value& item : rows->items) {
          mstch::map row_context = root;
          const mstch::node item_node = contexts.node(*each->items, item);
          if (const auto* fields = boost::get<mstch::map>(&item_node)) {
            for (const auto& [key, field] : *fields) {
              row_context[key] = field;
            }
          }
          std::vector<std::string> cells;
          for (const TableColumn& column : table.columns) {
            std::string cell =
                trimmed(mstch::render(text_in(column.cell, language, "column cell"), row_context));
            std::ranges::replace(cell, '\n', ' ');
            std::ranges::replace(cell, '\t', ' ');
            cells.push_back(std::move(cell));
          }
          text.table_row(table_index, ++row_number, false, cells);
        }
        document.clauses.push_back(Clause{.kind = table.kind,
                                          .section = number,
                                          .begin = table_begin,
                                          .end = text.size(),
                                          .origin = ClauseOrigin::generated,
                                          .confidence = 1.0,
                                          .party = PartyRole::mutual});
      }
    }
    agreement.documents.push_back(std::move(document));
  }
  if (templ.kt_checklist) {
    const KtPlan plan = build_kt_plan(*templ.kt_checklist, kt_scope_of(agreement, &deal), language);
    KtPlanDocument kt = kt_plan_document(plan, agreement.documents.size());
    agreement.documents.push_back(std::move(kt.document));
    std::ranges::move(kt.terms, std::back_inserter(agreement.terms));
  }
  return agreement;
}

} // namespace pactum::host
