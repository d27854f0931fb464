#include "templates/agreement_paths.hpp"

#include <algorithm>
#include <utility>

#include "templates/display.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {

PathResolver agreement_resolver(const Agreement& agreement, const Vocabulary& vocabulary,
                                double min_confidence) {
  return [&agreement, &vocabulary, min_confidence](std::string_view path) -> Resolved {
    Resolved r;
    if (path.starts_with("terms.")) {
      const std::string_view name = path.substr(6);
      const auto entry = vocabulary.terms().find(name);
      r.type = entry == vocabulary.terms().end() ? ParamType::string_
                                                 : param_type_of_term(entry->second.type);
      for (const Term& term : agreement.terms) {
        if (term.name == name) {
          r.present = true;
          r.values.push_back(term.value);
        }
      }
      r.is_list = r.values.size() > 1;
      return r;
    }
    if (path.starts_with("clauses.")) {
      r.type = ParamType::boolean;
      if (agreement.has_clause(path.substr(8), min_confidence)) {
        r.present = true;
        r.values = {"true"};
      }
      return r;
    }
    if (path.starts_with("facts.")) {
      const std::string_view name = path.substr(6);
      const Facts& f = agreement.facts;
      const std::pair<std::string_view, Tri> flags[] = {{"personal_data", f.personal_data},
                                                        {"payment_card_data", f.payment_card_data},
                                                        {"health_data", f.health_data},
                                                        {"calls_recorded", f.calls_recorded},
                                                        {"prior_outsourcing", f.prior_outsourcing}};
      for (const auto& [flag, state] : flags) {
        if (flag == name) {
          r.type = ParamType::boolean;
          r.unknown = state == Tri::unknown;
          r.present = !r.unknown;
          r.values = {state == Tri::yes ? "true" : "false"};
          return r;
        }
      }
      const std::pair<std::string_view, const FactSet*> sets[] = {
          {"processing_locations", &f.processing_locations},
          {"data_subject_regions", &f.data_subject_regions},
          {"languages", &f.languages},
          {"channels", &f.channels}};
      for (const auto& [set_name, set] : sets) {
        if (set_name == name) {
          r.is_list = true;
          r.unknown = !set->known;
          r.present = set->known;
          r.values = set->values;
          return r;
        }
      }
      if (name == "offshore") {
        // Derived: the service is delivered from a country other than the client's.
        r.type = ParamType::boolean;
        const Party* client = agreement.party(PartyRole::client);
        r.unknown = client == nullptr || client->country.empty() || !f.processing_locations.known;
        r.present = !r.unknown;
        const bool offshore = !r.unknown && std::ranges::any_of(f.processing_locations.values,
                                                                [&](const std::string& c) {
                                                                  return c != client->country;
                                                                });
        r.values = {offshore ? "true" : "false"};
        return r;
      }
      if (const auto extra = f.extra.find(std::string(name)); extra != f.extra.end()) {
        r.type = ParamType::boolean;
        r.unknown = extra->second == Tri::unknown;
        r.present = !r.unknown;
        r.values = {extra->second == Tri::yes ? "true" : "false"};
        return r;
      }
      r.unknown = true;
    }
    return r;
  };
}

} // namespace pactum::host
