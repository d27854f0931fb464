#include "templates/kt_checklist.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

#include "pactum/error.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {
namespace {

constexpr std::array<std::string_view, 4> each_sources{"channels", "languages", "contact_types",
                                                       "offshore_sites"};
constexpr std::array<std::string_view, 4> tags{"escm-km", "escm-st", "itil-st", "iso-18295-2"};
constexpr std::array<std::string_view, 7> condition_paths{"facts.personal_data",
                                                          "facts.payment_card_data",
                                                          "facts.health_data",
                                                          "facts.offshore",
                                                          "facts.prior_outsourcing",
                                                          "terms.pilot.duration",
                                                          "terms.personnel.attrition_risk"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::ranges::find(list, value) != list.end();
}

template <std::size_t N> std::string joined(const std::array<std::string_view, N>& list) {
  std::string out;
  for (const std::string_view v : list) {
    out += (out.empty() ? "" : ", ") + std::string(v);
  }
  return out;
}

bool is_kebab_id(std::string_view id) {
  return !id.empty() && id.front() >= 'a' && id.front() <= 'z' && id.back() != '-' &&
         std::ranges::all_of(id, [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

// Checks the Mustache names a checklist text uses: only plain names, from `allowed`.
void check_names(const Localized& localized, std::span<const std::string_view> allowed,
                 std::string_view owner) {
  for (const auto& [language, text] : localized.text) {
    std::size_t pos = 0;
    while ((pos = text.find("{{", pos)) != std::string::npos) {
      const auto close = text.find("}}", pos);
      const std::string where = at_text(localized.where) + ": error: " + std::string(owner);
      if (close == std::string::npos) {
        throw Error(where + ": unclosed '{{' in the '" + language + "' text");
      }
      std::string name = text.substr(pos + 2, close - pos - 2);
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      if (std::ranges::find(allowed, name) == allowed.end()) {
        std::string known;
        for (const std::string_view a : allowed) {
          known += (known.empty() ? "" : ", ") + std::string(a);
        }
        throw Error(where + ": '{{" + name + "}}' is not a name a checklist text may use here (" +
                    known + ")");
      }
      pos = close + 2;
    }
  }
}

KtItemTemplate parse_item(const YAML::Node& node, const YamlReader& reader,
                          const Vocabulary& vocabulary) {
  static constexpr std::string_view keys[] = {"id",   "kind", "title",    "owner",
                                              "due",  "from", "evidence", "acceptance",
                                              "tags", "when", "each",     "gate"};
  reader.only_keys(node, keys, "item");
  KtItemTemplate item;
  item.where = reader.position(node);
  item.id = reader.required(node, "id", "item");
  if (!is_kebab_id(item.id)) {
    reader.fail(node["id"], "item id '" + item.id + "' must be lower kebab case");
  }
  const std::string what = "item '" + item.id + "'";
  item.kind = reader.required(node, "kind", what);
  if (!item.kind.starts_with("kt.") || !vocabulary.has_kind(item.kind)) {
    reader.fail(node["kind"], what + ": kind '" + item.kind +
                                  "' is not a kt.* kind of schemas/clause-kinds.yaml");
  }
  item.title = parse_localized(node["title"], reader, what + " title");
  item.evidence = parse_localized(node["evidence"], reader, what + " evidence");
  item.acceptance = parse_localized(node["acceptance"], reader, what + " acceptance");
  const std::string owner = reader.required(node, "owner", what);
  const auto parsed_owner = parse_kt_owner(owner);
  if (!parsed_owner) {
    reader.fail(node["owner"],
                what + ": owner must be client, provider or both, not '" + owner + "'");
  }
  item.owner = *parsed_owner;
  item.offset = reader.required(node, "due", what);
  if (!parse_kt_offset(item.offset)) {
    reader.fail(node["due"], what +
                                 ": due must be a signed ISO 8601 offset in days or weeks "
                                 "(-P30D, P0D, P2W), not '" +
                                 item.offset + "'");
  }
  if (node["from"]) {
    const std::string from = reader.scalar(node["from"], "from");
    const auto anchor = parse_kt_anchor(from);
    if (!anchor) {
      reader.fail(node["from"],
                  what + ": from must be go_live, pilot_end or exit, not '" + from + "'");
    }
    item.from = *anchor;
  }
  if (!node["tags"] || !node["tags"].IsSequence() || node["tags"].size() == 0) {
    reader.fail(node["tags"].IsDefined() ? node["tags"] : node,
                what + ": needs 'tags', a list of the practice areas it serves (" + joined(tags) +
                    ")");
  }
  for (const auto& tag : node["tags"]) {
    const std::string text = reader.scalar(tag, "tag");
    if (!listed(tags, text)) {
      reader.fail(tag, what + ": unknown tag '" + text + "' (known: " + joined(tags) + ")");
    }
    item.tags.push_back(text);
  }
  if (node["when"]) {
    item.when = parse_condition(node["when"], reader.origin);
    for_each_path(*item.when, [&](const Condition& leaf) {
      if (!listed(condition_paths, leaf.path)) {
        throw Error(at_text(leaf.where) + ": error: " + what + ": condition path '" + leaf.path +
                    "' is not one a checklist may read (" + joined(condition_paths) + ")");
      }
    });
  }
  if (node["each"]) {
    item.each = reader.scalar(node["each"], "each");
    if (!listed(each_sources, item.each)) {
      reader.fail(node["each"], what + ": each must be one of " + joined(each_sources) + ", not '" +
                                    item.each + "'");
    }
  }
  if (node["gate"]) {
    if (item.kind != "kt.gate") {
      reader.fail(node["gate"], what + ": only an item of kind kt.gate has 'gate'");
    }
    const YAML::Node gate = node["gate"];
    static constexpr std::string_view gate_keys[] = {"requires", "criteria", "pilot_criteria"};
    reader.only_keys(gate, gate_keys, what + " gate");
    if (gate["requires"]) {
      if (!gate["requires"].IsSequence()) {
        reader.fail(gate["requires"], what + ": requires must be a list of phase ids");
      }
      for (const auto& phase : gate["requires"]) {
        item.requires_phases.push_back(reader.scalar(phase, "requires"));
      }
    }
    if (gate["pilot_criteria"]) {
      const std::string flag = reader.scalar(gate["pilot_criteria"], "pilot_criteria");
      if (flag != "true" && flag != "false") {
        reader.fail(gate["pilot_criteria"], what + ": pilot_criteria must be true or false");
      }
      item.pilot_criteria = flag == "true";
    }
    if (gate["criteria"]) {
      std::set<std::string> ids;
      for (const auto& entry : gate["criteria"]) {
        static constexpr std::string_view criterion_keys[] = {"id", "text"};
        reader.only_keys(entry, criterion_keys, what + " criterion");
        KtCriterionTemplate criterion;
        criterion.id = reader.required(entry, "id", what + " criterion");
        if (!ids.insert(criterion.id).second) {
          reader.fail(entry["id"], what + ": criterion id '" + criterion.id + "' is used twice");
        }
        criterion.text = parse_localized(entry["text"], reader, what + " criterion text");
        item.criteria.push_back(std::move(criterion));
      }
    }
  }
  if (item.kind == "kt.gate" && item.criteria.empty() && !item.pilot_criteria) {
    reader.fail(node, what + ": a gate needs criteria (gate: {criteria: [...]})");
  }
  return item;
}

} // namespace

std::string_view kt_owner_name(KtOwner owner) {
  switch (owner) {
  case KtOwner::client:
    return "client";
  case KtOwner::provider:
    return "provider";
  case KtOwner::both:
    break;
  }
  return "both";
}

std::optional<KtOwner> parse_kt_owner(std::string_view text) {
  for (const KtOwner owner : {KtOwner::client, KtOwner::provider, KtOwner::both}) {
    if (kt_owner_name(owner) == text) {
      return owner;
    }
  }
  return std::nullopt;
}

std::string_view kt_anchor_name(KtAnchor anchor) {
  switch (anchor) {
  case KtAnchor::go_live:
    return "go_live";
  case KtAnchor::pilot_end:
    return "pilot_end";
  case KtAnchor::exit:
    break;
  }
  return "exit";
}

std::optional<KtAnchor> parse_kt_anchor(std::string_view text) {
  for (const KtAnchor anchor : {KtAnchor::go_live, KtAnchor::pilot_end, KtAnchor::exit}) {
    if (kt_anchor_name(anchor) == text) {
      return anchor;
    }
  }
  return std::nullopt;
}

std::optional<long> parse_kt_offset(std::string_view text) {
  const bool negative = text.starts_with('-');
  if (negative) {
    text.remove_prefix(1);
  }
  if (text.size() < 3 || text.front() != 'P' || (text.back() != 'D' && text.back() != 'W')) {
    return std::nullopt;
  }
  const std::string_view digits = text.substr(1, text.size() - 2);
  // from_chars would take a second sign ("P-5D"); only the leading '-' may carry one.
  if (!std::ranges::all_of(digits, [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  long n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  // Ten years either way is far beyond any transfer; the bound keeps date arithmetic exact.
  if (ec != std::errc{} || end != digits.data() + digits.size() || n > 3660) {
    return std::nullopt;
  }
  const long days = text.back() == 'W' ? n * 7 : n;
  return negative ? -days : days;
}

std::span<const std::string_view> kt_each_sources() {
  return each_sources;
}
std::span<const std::string_view> kt_tags() {
  return tags;
}
std::span<const std::string_view> kt_condition_paths() {
  return condition_paths;
}

KtChecklist KtChecklist::load(const std::filesystem::path& file, const Vocabulary& vocabulary) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error(file.string() + ": error: cannot open the knowledge-transfer checklist");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  KtChecklist checklist = parse(buffer.str(), file.string(), vocabulary);
  checklist.file = file;
  return checklist;
}

KtChecklist KtChecklist::parse(const std::string& yaml, const std::string& origin,
                               const Vocabulary& vocabulary) {
  const YamlReader reader{origin};
  const YAML::Node root = reader.load(yaml);
  static constexpr std::string_view keys[] = {"id",    "version", "title",
                                              "intro", "labels",  "phases"};
  reader.only_keys(root, keys, "checklist");
  KtChecklist checklist;
  checklist.file = origin;
  checklist.id = reader.required(root, "id", "checklist");
  checklist.version = reader.required(root, "version", "checklist");
  checklist.title = parse_localized(root["title"], reader, "checklist title");
  if (root["intro"]) {
    checklist.intro = parse_localized(root["intro"], reader, "checklist intro");
  }
  if (root["labels"]) {
    static constexpr std::string_view label_keys[] = {"channels"};
    reader.only_keys(root["labels"], label_keys, "labels");
    for (const auto& entry : root["labels"]["channels"]) {
      auto& per_language = checklist.labels[entry.first.Scalar()];
      for (const auto& text : entry.second) {
        per_language[text.first.Scalar()] = reader.scalar(text.second, "label");
      }
    }
  }
  if (!root["phases"] || !root["phases"].IsSequence() || root["phases"].size() == 0) {
    reader.fail(root, "checklist needs a list of 'phases'");
  }
  std::set<std::string> phase_ids;
  std::set<std::string> item_ids;
  for (const auto& node : root["phases"]) {
    static constexpr std::string_view phase_keys[] = {"id", "title", "items"};
    reader.only_keys(node, phase_keys, "phase");
    KtPhaseTemplate phase;
    phase.where = reader.position(node);
    phase.id = reader.required(node, "id", "phase");
    if (!is_kebab_id(phase.id) || !phase_ids.insert(phase.id).second) {
      reader.fail(node["id"], "phase id '" + phase.id + "' must be lower kebab case and unique");
    }
    phase.title = parse_localized(node["title"], reader, "phase '" + phase.id + "' title");
    if (!node["items"] || !node["items"].IsSequence() || node["items"].size() == 0) {
      reader.fail(node, "phase '" + phase.id + "' needs a list of 'items'");
    }
    for (const auto& item_node : node["items"]) {
      KtItemTemplate item = parse_item(item_node, reader, vocabulary);
      if (!item_ids.insert(item.id).second) {
        reader.fail(item_node["id"], "item id '" + item.id + "' is used twice");
      }
      phase.items.push_back(std::move(item));
    }
    checklist.phases.push_back(std::move(phase));
  }

  // Gates name phases that exist; texts use known names and the same languages throughout.
  std::set<std::string> languages;
  bool first = true;
  const auto note = [&](const Localized& localized, std::span<const std::string_view> names,
                        const std::string& owner) {
    check_names(localized, names, owner);
    std::set<std::string> here;
    for (const auto& [language, text] : localized.text) {
      here.insert(language);
    }
    if (!first && here != languages) {
      std::string missing;
      for (const std::string& l : languages) {
        if (!here.contains(l)) {
          missing += (missing.empty() ? "" : ", ") + l;
        }
      }
      for (const std::string& l : here) {
        if (!languages.contains(l)) {
          missing += (missing.empty() ? "" : ", ") + l + " (only here)";
        }
      }
      throw Error(at_text(localized.where) + ": error: " + owner +
                  ": has not the same languages as the checklist title: " + missing);
    }
    languages = here;
    first = false;
  };
  static constexpr std::string_view plain[] = {"client", "provider", "go_live"};
  static constexpr std::string_view with_item[] = {"client", "provider", "go_live", "item"};
  note(checklist.title, plain, "checklist title");
  if (checklist.intro) {
    note(*checklist.intro, plain, "checklist intro");
  }
  for (const KtPhaseTemplate& phase : checklist.phases) {
    note(phase.title, plain, "phase '" + phase.id + "'");
    for (const KtItemTemplate& item : phase.items) {
      const std::span<const std::string_view> names =
          item.each.empty() ? std::span<const std::string_view>(plain) : with_item;
      const std::string owner = "item '" + item.id + "'";
      note(item.title, names, owner + " title");
      note(item.evidence, names, owner + " evidence");
      note(item.acceptance, names, owner + " acceptance");
      for (const KtCriterionTemplate& criterion : item.criteria) {
        note(criterion.text, names, owner + " criterion '" + criterion.id + "'");
      }
      for (const std::string& required : item.requires_phases) {
        if (!phase_ids.contains(required)) {
          throw Error(at_text(item.where) + ": error: " + owner + ": gate requires phase '" +
                      required + "', which the checklist does not have");
        }
      }
    }
  }
  for (const auto& [value, per_language] : checklist.labels) {
    for (const std::string& language : languages) {
      if (!per_language.contains(language)) {
        throw Error(origin + ": error: label of channel '" + value + "' has no '" + language +
                    "' text");
      }
    }
  }
  checklist.languages.assign(languages.begin(), languages.end());
  return checklist;
}

} // namespace pactum::host
