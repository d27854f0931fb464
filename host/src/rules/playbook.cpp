#include "rules/playbook.hpp"

#include <fstream>
#include <sstream>

#include "pactum/error.hpp"
#include "report/sha256.hpp"
#include "templates/yaml_reader.hpp"

namespace pactum::host {
namespace {

std::vector<Waiver> read_waivers(const YAML::Node& list, const YamlReader& reader) {
  std::vector<Waiver> waivers;
  if (!list.IsSequence()) {
    reader.fail(list, "waivers is a list of {rule, reason}");
  }
  for (const auto& entry : list) {
    static constexpr std::string_view keys[] = {"rule", "reason"};
    reader.only_keys(entry, keys, "a waiver");
    Waiver waiver;
    waiver.rule = reader.required(entry, "rule", "a waiver");
    waiver.reason = reader.required(entry, "reason", "a waiver");
    if (waiver.reason.empty()) {
      reader.fail(entry, "a waiver needs a reason");
    }
    const FilePosition at = reader.position(entry);
    waiver.origin = at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
    waivers.push_back(std::move(waiver));
  }
  return waivers;
}

std::vector<AgreementGroupSpec> read_agreement_groups(const YAML::Node& list,
                                                      const YamlReader& reader) {
  if (!list.IsSequence()) {
    reader.fail(list, "agreements is a list of {id, files: [paths or globs]}");
  }
  std::vector<AgreementGroupSpec> groups;
  for (const auto& entry : list) {
    static constexpr std::string_view keys[] = {"id", "files"};
    reader.only_keys(entry, keys, "an agreement group");
    AgreementGroupSpec group;
    group.id = reader.required(entry, "id", "an agreement group");
    if (group.id.empty()) {
      reader.fail(entry, "an agreement group needs an id");
    }
    for (const AgreementGroupSpec& earlier : groups) {
      if (earlier.id == group.id) {
        reader.fail(entry["id"],
                    "agreement group '" + group.id + "' is already defined at " + earlier.origin);
      }
    }
    const YAML::Node files = entry["files"];
    if (!files || !files.IsSequence() || files.size() == 0) {
      reader.fail(files ? files : entry,
                  "agreement group '" + group.id + "' needs files: a list of paths or globs");
    }
    for (const auto& file : files) {
      group.files.push_back(reader.scalar(file, "a file path or glob"));
    }
    const FilePosition at = reader.position(entry);
    group.origin = at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
    groups.push_back(std::move(group));
  }
  return groups;
}

YAML::Node load_yaml(std::string_view yaml, std::string_view origin) {
  try {
    return YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw Error(located(origin, e.mark, e.msg));
  }
}

} // namespace

bool glob_match(std::string_view pattern, std::string_view text) {
  // Iterative matcher with one backtrack point: linear in practice, no recursion.
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
}

bool Playbook::enabled(std::string_view rule_id) const {
  bool on = true;
  bool first = true;
  for (const std::string& selector : selectors) {
    const bool negative = selector.starts_with('-');
    const std::string_view glob = negative ? std::string_view(selector).substr(1) : selector;
    if (first && !negative) {
      on = false; // a list that starts by naming rules runs only those
    }
    first = false;
    if (glob_match(glob, rule_id)) {
      on = !negative;
    }
  }
  return on;
}

std::optional<Severity> Playbook::severity_for(std::string_view rule_id) const {
  std::optional<Severity> found;
  for (const auto& [glob, severity] : severities) {
    if (glob_match(glob, rule_id)) {
      found = severity; // the last match wins, as in the file's order
    }
  }
  return found;
}

std::map<std::string, std::string> Playbook::options_for(std::string_view rule_id) const {
  std::map<std::string, std::string> merged;
  for (const auto& [glob, values] : options) {
    if (glob_match(glob, rule_id)) {
      for (const auto& [key, value] : values) {
        merged[key] = value;
      }
    }
  }
  return merged;
}

Playbook Playbook::parse(std::string_view yaml, std::string_view origin) {
  const YamlReader reader{std::string(origin)};
  const YAML::Node root = load_yaml(yaml, origin);
  Playbook playbook;
  playbook.file = std::string(origin);
  playbook.sha256 = sha256_hex(yaml);
  if (root.IsNull()) {
    return playbook;
  }
  static constexpr std::string_view keys[] = {"rules", "severity", "options", "waivers",
                                              "agreements"};
  reader.only_keys(root, keys, "a playbook");
  if (root["rules"]) {
    if (!root["rules"].IsSequence()) {
      reader.fail(root["rules"], "rules is a list of rule ids or globs (a leading '-' disables)");
    }
    for (const auto& selector : root["rules"]) {
      playbook.selectors.push_back(reader.scalar(selector, "a rule selector"));
    }
  }
  if (root["severity"]) {
    if (!root["severity"].IsMap()) {
      reader.fail(root["severity"], "severity maps rule ids or globs to error, warning or info");
    }
    for (const auto& entry : root["severity"]) {
      const std::string value = reader.scalar(entry.second, "a severity");
      const auto severity = parse_severity(value);
      if (!severity) {
        reader.fail(entry.second, "severity must be error, warning or info, not '" + value + "'");
      }
      playbook.severities.emplace_back(entry.first.Scalar(), *severity);
    }
  }
  if (root["options"]) {
    if (!root["options"].IsMap()) {
      reader.fail(root["options"], "options maps rule ids or globs to {option: value}");
    }
    for (const auto& entry : root["options"]) {
      if (!entry.second.IsMap()) {
        reader.fail(entry.second,
                    "the options of '" + entry.first.Scalar() + "' are a map of option: value");
      }
      std::map<std::string, std::string> values;
      for (const auto& option : entry.second) {
        values[option.first.Scalar()] = reader.scalar(option.second, "an option value");
      }
      playbook.options.emplace_back(entry.first.Scalar(), std::move(values));
    }
  }
  if (root["waivers"]) {
    playbook.waivers = read_waivers(root["waivers"], reader);
  }
  if (root["agreements"]) {
    playbook.agreements = read_agreement_groups(root["agreements"], reader);
  }
  return playbook;
}

Playbook Playbook::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error(file.string() + ": error: cannot read the playbook");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), file.string());
}

std::filesystem::path find_playbook(const std::filesystem::path& start) {
  std::error_code ec;
  std::filesystem::path folder = std::filesystem::absolute(start, ec);
  if (!std::filesystem::is_directory(folder, ec)) {
    folder = folder.parent_path();
  }
  while (!folder.empty()) {
    const auto candidate = folder / ".pactum.yaml";
    if (std::filesystem::is_regular_file(candidate, ec)) {
      return candidate;
    }
    if (folder == folder.root_path()) {
      break;
    }
    folder = folder.parent_path();
  }
  return {};
}

std::vector<Waiver> parse_waivers(std::string_view yaml, std::string_view origin) {
  const YamlReader reader{std::string(origin)};
  const YAML::Node root = load_yaml(yaml, origin);
  if (!root.IsMap() || !root["waivers"]) {
    return {};
  }
  return read_waivers(root["waivers"], reader);
}

} // namespace pactum::host
