#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "templates/condition.hpp"
#include "templates/template.hpp"

namespace pactum::host {

class Vocabulary;

enum class KtOwner { client, provider, both };
// The day an item's offset counts from: go-live (the day live contacts first reach provider
// agents), the end of the pilot, or the day the exit notice is given.
enum class KtAnchor { go_live, pilot_end, exit };

std::string_view kt_owner_name(KtOwner owner);
std::optional<KtOwner> parse_kt_owner(std::string_view text);
std::string_view kt_anchor_name(KtAnchor anchor);
std::optional<KtAnchor> parse_kt_anchor(std::string_view text);

// A signed ISO 8601 offset in days or weeks ("-P30D", "P0D", "P2W"), in days; nullopt when the
// text is not one. Months are refused: "one month before go-live" has no single day.
std::optional<long> parse_kt_offset(std::string_view text);

struct KtCriterionTemplate {
  std::string id;
  Localized text;
};

struct KtItemTemplate {
  std::string id;
  std::string kind; // kt.* from schemas/clause-kinds.yaml
  Localized title;
  Localized evidence;
  Localized acceptance;
  KtOwner owner = KtOwner::both;
  std::string offset; // as written, "-P30D"
  KtAnchor from = KtAnchor::go_live;
  std::vector<std::string> tags;
  std::optional<Condition> when;
  std::string each; // "", channels, languages, contact_types or offshore_sites
  // Gates (kind kt.gate): the phases whose items must be done first, and the criteria.
  std::vector<std::string> requires_phases;
  std::vector<KtCriterionTemplate> criteria;
  bool pilot_criteria = false; // add the deal's pilot KPI criteria as criteria
  FilePosition where;
};

struct KtPhaseTemplate {
  std::string id;
  Localized title;
  std::vector<KtItemTemplate> items;
  FilePosition where;
};

// A knowledge-transfer checklist (templates/kt-checklist/checklist.yaml; format in
// docs/kt-plans.md), read and checked: kinds, owners, offsets, tags, `each` sources and
// condition paths are all known, ids unique, every text in the same languages.
struct KtChecklist {
  std::string id;
  std::string version;
  std::filesystem::path file;
  Localized title;
  std::optional<Localized> intro;
  // How `each: channels` values read per language: labels["voice"]["da"] = "telefon".
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> labels;
  std::vector<KtPhaseTemplate> phases;
  std::vector<std::string> languages; // languages every text has

  // Throws pactum::Error "file:line:column: error: …".
  static KtChecklist load(const std::filesystem::path& file, const Vocabulary& vocabulary);
  static KtChecklist parse(const std::string& yaml, const std::string& origin,
                           const Vocabulary& vocabulary);
};

// The sources an item's `each` may name, and the tags an item may carry (practice areas).
std::span<const std::string_view> kt_each_sources();
std::span<const std::string_view> kt_tags();
// The condition paths a checklist may read: each one is recorded in a tracked copy's scope, so
// the plan a copy should hold can be derived again from the copy alone.
std::span<const std::string_view> kt_condition_paths();

} // namespace pactum::host
