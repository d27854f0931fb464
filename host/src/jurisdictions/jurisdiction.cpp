#include "jurisdictions/jurisdiction.hpp"

#include <algorithm>
#include <set>

#include <yaml-cpp/yaml.h>

#include "pactum/error.hpp"
#include "templates/scalar_types.hpp"
#include "templates/yaml_reader.hpp"

namespace pactum::host {
namespace {

std::string_view country_part(std::string_view code) {
  return code.substr(0, code.find('-'));
}

bool owned_prefix(std::string_view name, std::span<const std::string> prefixes, char separator) {
  return std::ranges::any_of(prefixes, [&](const std::string& prefix) {
    return name == prefix || (name.size() > prefix.size() + 1 && name.starts_with(prefix) &&
                              name[prefix.size()] == separator);
  });
}

std::vector<std::string> codes(const YAML::Node& node, const YamlReader& reader,
                               std::string_view what) {
  if (!node || !node.IsSequence() || node.size() == 0) {
    reader.fail(node, std::string(what) + " must be a non-empty list");
  }
  std::vector<std::string> out;
  for (const auto& item : node) {
    std::string code = reader.scalar(item, what);
    if (!is_jurisdiction(code)) {
      reader.fail(item, std::string(what) + ": '" + code +
                            "' is not an ISO 3166 code (DK, GB-ENG, US-CA) or EU/EEA");
    }
    out.push_back(std::move(code));
  }
  return out;
}

std::string date(const YAML::Node& node, const YamlReader& reader, std::string_view what) {
  std::string text = reader.scalar(node, what);
  if (!is_iso_date(text)) {
    reader.fail(node, std::string(what) + " must be a date YYYY-MM-DD, not '" + text + "'");
  }
  return text;
}

std::string list_text(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  }
  return out;
}

} // namespace

bool Jurisdiction::covers(std::string_view code) const {
  return std::ranges::any_of(territory, [&](const std::string& place) {
    return place == code || place == country_part(code);
  });
}

bool Jurisdiction::governs_rule(std::string_view rule_id) const {
  return std::ranges::any_of(governs, [&](const std::string& prefix) {
    return rule_id.size() > prefix.size() && rule_id.starts_with(prefix) &&
           rule_id[prefix.size()] == '-';
  });
}

bool Jurisdiction::free_destination(std::string_view country, std::string_view as_of) const {
  if (covers(country)) {
    return true;
  }
  return std::ranges::any_of(adequate, [&](const AdequateDestination& d) {
    return !d.partial && d.country == country_part(country) && d.from <= as_of &&
           (d.until.empty() || as_of < d.until);
  });
}

Jurisdiction parse_jurisdiction(const YamlDocument& document, const std::string& plugin,
                                std::span<const std::string> prefixes) {
  const YamlReader reader{document.origin};
  const YAML::Node root = reader.load(document.yaml);
  static constexpr std::string_view root_keys[] = {"jurisdiction"};
  reader.only_keys(root, root_keys, "a jurisdiction document");
  const YAML::Node node = root["jurisdiction"];
  static constexpr std::string_view keys[] = {"code", "name", "governs", "territory", "transfers"};
  reader.only_keys(node, keys, "a jurisdiction");
  Jurisdiction j;
  j.plugin = plugin;
  j.code = reader.required(node, "code", "jurisdiction");
  if (!is_jurisdiction(j.code)) {
    reader.fail(node["code"], "jurisdiction code '" + j.code + "' is not ISO 3166 or EU/EEA");
  }
  j.name = reader.required(node, "name", "jurisdiction " + j.code);
  j.territory = codes(node["territory"], reader, "jurisdiction " + j.code + ": territory");
  if (!node["governs"] || !node["governs"].IsSequence() || node["governs"].size() == 0) {
    reader.fail(node, "jurisdiction " + j.code +
                          ": 'governs' lists the rule-id prefixes it "
                          "governs, e.g. [gdpr]");
  }
  for (const auto& item : node["governs"]) {
    std::string prefix = reader.scalar(item, "governed prefix");
    if (!owned_prefix(prefix, prefixes, '-')) {
      reader.fail(item, "jurisdiction " + j.code + ": prefix '" + prefix +
                            "' is not one of the plugin's own");
    }
    j.governs.push_back(std::move(prefix));
  }
  if (const YAML::Node transfers = node["transfers"]) {
    static constexpr std::string_view transfer_keys[] = {"fact", "reviewed", "adequate"};
    reader.only_keys(transfers, transfer_keys, "transfers");
    j.transfer_fact = reader.required(transfers, "fact", "transfers");
    if (!owned_prefix(j.transfer_fact, prefixes, '.') ||
        j.transfer_fact.find('.') == std::string::npos) {
      reader.fail(transfers["fact"], "transfers: fact '" + j.transfer_fact +
                                         "' must be named '<prefix>.name' with a prefix of the "
                                         "plugin's own");
    }
    j.adequacy_reviewed = date(transfers["reviewed"], reader, "transfers: reviewed");
    const YAML::Node list = transfers["adequate"];
    if (!list || !list.IsSequence()) {
      reader.fail(transfers, "transfers: 'adequate' is a list of {country, from, source}");
    }
    for (const auto& item : list) {
      static constexpr std::string_view item_keys[] = {"country", "from",    "until",
                                                       "source",  "partial", "scope"};
      reader.only_keys(item, item_keys, "an adequate destination");
      AdequateDestination d;
      d.country = reader.required(item, "country", "adequate destination");
      if (d.country.size() != 2 || !is_jurisdiction(d.country)) {
        reader.fail(item["country"], "adequate destination '" + d.country +
                                         "' is not an ISO 3166-1 alpha-2 country code");
      }
      d.from = date(item["from"], reader, "adequate destination " + d.country + ": from");
      if (item["until"]) {
        d.until = date(item["until"], reader, "adequate destination " + d.country + ": until");
      }
      d.source = reader.required(item, "source", "adequate destination " + d.country);
      d.partial = item["partial"] && reader.scalar(item["partial"], "partial") == "true";
      j.adequate.push_back(std::move(d));
    }
  }
  return j;
}

Applicability applicability(const Jurisdiction& jurisdiction, const Agreement& agreement,
                            std::span<const std::string> asked) {
  for (const std::string& code : asked) {
    if (jurisdiction.covers(code) || code == jurisdiction.code) {
      return {Tri::yes, "asked for with --jurisdiction " + code};
    }
  }
  std::vector<std::string> hits;
  std::vector<std::string> unknown;
  bool party_country_unknown = agreement.parties.empty();
  for (const Party& party : agreement.parties) {
    if (party.country.empty()) {
      party_country_unknown = true;
    } else if (jurisdiction.covers(party.country)) {
      hits.push_back("the " + std::string(to_string(party.role)) + " is in " + party.country);
    }
  }
  if (party_country_unknown) {
    unknown.push_back("the parties' countries");
  }
  const Facts& facts = agreement.facts;
  const auto inside = [&](const FactSet& set, std::string_view words, std::string_view missing) {
    if (!set.known) {
      unknown.emplace_back(missing);
      return;
    }
    std::vector<std::string> found;
    for (const std::string& code : set.values) {
      if (jurisdiction.covers(code)) {
        found.push_back(code);
      }
    }
    if (!found.empty()) {
      hits.push_back(std::string(words) + " " + list_text(found));
    }
  };
  inside(facts.processing_locations, "personal data is processed in",
         "the processing locations (facts.processing_locations)");
  inside(facts.data_subject_regions, "the data subjects are in",
         "the data subjects' regions (facts.data_subject_regions)");
  for (const Term& term : agreement.terms) {
    if (term.name == "governing_law" && jurisdiction.covers(term.value)) {
      hits.push_back("the governing law is " + term.value);
      break;
    }
  }
  if (!hits.empty()) {
    return {Tri::yes, list_text(hits)};
  }
  if (!unknown.empty()) {
    return {Tri::unknown, "nothing known places the agreement under " + jurisdiction.name +
                              ", and " + list_text(unknown) + " are unknown; --jurisdiction " +
                              jurisdiction.code + " applies it"};
  }
  return {Tri::no, "no party, processing location, data-subject region or governing law is in " +
                       jurisdiction.code};
}

void derive_jurisdiction_facts(Agreement& agreement, std::span<const Jurisdiction> jurisdictions,
                               std::string_view as_of, std::span<const std::string> asked) {
  const FactSet& locations = agreement.facts.processing_locations;
  for (const Jurisdiction& j : jurisdictions) {
    if (j.transfer_fact.empty()) {
      continue;
    }
    const Tri applies = applicability(j, agreement, asked).applies;
    Tri restricted = Tri::unknown;
    if (applies == Tri::no) {
      restricted = Tri::no;
    } else if (locations.known) {
      const bool outside = std::ranges::any_of(locations.values, [&](const std::string& place) {
        return !j.free_destination(place, as_of);
      });
      restricted = !outside ? Tri::no : applies == Tri::yes ? Tri::yes : Tri::unknown;
    }
    agreement.facts.extra[j.transfer_fact] = restricted;
  }
}

} // namespace pactum::host
