#include "extract/pattern_pack.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include <hs/hs.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include "extract/pattern_database.hpp"
#include "pactum/error.hpp"
#include "report/sha256.hpp"
#include "templates/yaml_reader.hpp"
#include "vocabulary/vocabulary.hpp"
#include "yaml/yaml_location.hpp"

namespace pactum::host {
namespace {

constexpr std::array<std::string_view, 7> capture_types = {
    "duration", "jurisdiction", "money", "percent", "date", "cap", "count"};
constexpr std::array<std::string_view, 4> pack_facts = {"personal_data", "payment_card_data",
                                                        "health_data", "data_subject_regions"};

std::string position_text(const FilePosition& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

// RE2 runs `unless` patterns and captures in the window around a hit; a pattern it refuses
// is named at its place in the pack. Returns the pattern's number of capturing groups.
int check_re2(const PackPattern& pattern, std::string_view what) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(pattern.case_sensitive);
  const RE2 re2(pattern.regex, options);
  if (!re2.ok()) {
    throw Error(position_text(pattern.where) + ": error: RE2 cannot compile the " +
                std::string(what) + ": " + re2.error());
  }
  return re2.NumberOfCapturingGroups();
}

PackPattern read_pattern(const YamlReader& reader, const YAML::Node& node, std::string_view what) {
  PackPattern pattern;
  if (node.IsMap()) {
    static constexpr std::string_view keys[] = {"match", "case_sensitive"};
    reader.only_keys(node, keys, what);
    pattern.regex = reader.required(node, "match", what);
    pattern.where = reader.position(node["match"]);
    if (node["case_sensitive"]) {
      const std::string value = reader.scalar(node["case_sensitive"], "case_sensitive");
      if (value != "true" && value != "false") {
        reader.fail(node["case_sensitive"], "case_sensitive must be true or false");
      }
      pattern.case_sensitive = value == "true";
    }
  } else {
    pattern.regex = reader.scalar(node, what);
    pattern.where = reader.position(node);
  }
  if (pattern.regex.empty()) {
    reader.fail(node, std::string(what) + " is empty");
  }
  return pattern;
}

std::vector<PackPattern> read_patterns(const YamlReader& reader, const YAML::Node& node,
                                       std::string_view what, bool for_hyperscan,
                                       bool check_engines) {
  if (!node.IsSequence()) {
    reader.fail(node, std::string(what) + " must be a list of patterns");
  }
  std::vector<PackPattern> patterns;
  for (const YAML::Node& item : node) {
    PackPattern pattern = read_pattern(reader, item, what);
    if (for_hyperscan) {
      if (check_engines) {
        check_pack_pattern(pattern);
      }
    } else {
      check_re2(pattern, "pattern");
    }
    patterns.push_back(std::move(pattern));
  }
  return patterns;
}

TermCapture read_capture(const YamlReader& reader, const YAML::Node& node,
                         const Vocabulary& vocabulary) {
  static constexpr std::string_view keys[] = {"name", "type", "capture", "case_sensitive"};
  reader.only_keys(node, keys, "a term capture");
  TermCapture capture;
  capture.term = reader.required(node, "name", "a term capture");
  if (!vocabulary.has_term(capture.term)) {
    reader.fail(node["name"], "term '" + capture.term + "' is in no vocabulary");
  }
  capture.type = reader.required(node, "type", "term " + capture.term);
  if (!is_capture_type(capture.type)) {
    reader.fail(node["type"], "term " + capture.term +
                                  ": type must be one of duration, "
                                  "jurisdiction, money, percent, date, cap, count");
  }
  capture.capture.regex = reader.required(node, "capture", "term " + capture.term);
  capture.capture.where = reader.position(node["capture"]);
  if (node["case_sensitive"]) {
    capture.capture.case_sensitive =
        reader.scalar(node["case_sensitive"], "case_sensitive") == "true";
  }
  const int groups = check_re2(capture.capture, "capture");
  if (groups != 1) {
    throw Error(position_text(capture.capture.where) +
                ": error: a capture needs exactly one group (...) around the value; it has " +
                std::to_string(groups));
  }
  return capture;
}

} // namespace

void check_pack_pattern(const PackPattern& pattern) {
  // Both engines must take the pattern: Hyperscan scans the whole document, RE2 the sentence
  // around a hit. Their syntaxes differ at the edges (lookaround, backreferences, inline
  // flags), and a pattern only one accepts would match differently in the two passes.
  check_re2(pattern, "pattern");
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* error = nullptr;
  const unsigned flags = hyperscan_flags(pattern);
  if (hs_expression_info(pattern.regex.c_str(), flags, &info, &error) != HS_SUCCESS) {
    const std::string message = error != nullptr ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw Error(position_text(pattern.where) +
                ": error: Hyperscan cannot compile the pattern: " + message);
  }
  const bool empty = info->min_width == 0;
  std::free(info); // hs_expression_info allocates with the default (malloc) allocator
  if (empty) {
    throw Error(position_text(pattern.where) +
                ": error: the pattern can match empty text, so it would match everywhere");
  }
}

bool is_capture_type(std::string_view type) noexcept {
  return std::ranges::find(capture_types, type) != capture_types.end();
}

bool is_pack_fact(std::string_view fact) noexcept {
  return std::ranges::find(pack_facts, fact) != pack_facts.end();
}

PatternPack parse_pattern_pack(const YamlDocument& document, std::string_view plugin,
                               const Vocabulary& vocabulary,
                               const std::filesystem::path& cache_dir) {
  // Asking Hyperscan about a pattern runs much of its compiler: checking the core pack costs
  // over a second, on every start of every command. A pack whose exact text passed the check
  // once leaves a marker in the cache, so later runs only parse it.
  std::filesystem::path marker;
  if (!cache_dir.empty()) {
    marker = cache_dir / ("checked-" + sha256_hex(std::string(hs_version()) + "\n" +
                                                  document.origin + "\n" + document.yaml)
                                           .substr(0, 32));
  }
  std::error_code ignored;
  const bool check = marker.empty() || !std::filesystem::exists(marker, ignored);
  const YamlReader reader{document.origin};
  const YAML::Node root = reader.load(document.yaml);
  static constexpr std::string_view root_keys[] = {"language", "kinds", "facts"};
  reader.only_keys(root, root_keys, "a pattern pack");
  PatternPack pack;
  pack.origin = document.origin;
  pack.plugin = std::string(plugin);
  pack.language = reader.required(root, "language", "a pattern pack");
  if (pack.language.size() < 2 || pack.language.size() > 8 ||
      !std::ranges::all_of(pack.language, [](char c) { return c >= 'a' && c <= 'z'; })) {
    reader.fail(root["language"], "language must be a lower-case language code such as en");
  }
  if (root["kinds"]) {
    if (!root["kinds"].IsMap()) {
      reader.fail(root["kinds"], "kinds must be a map from clause kind to its patterns");
    }
    for (const auto& entry : root["kinds"]) {
      KindPatterns kind;
      kind.kind = entry.first.Scalar();
      if (!vocabulary.has_kind(kind.kind)) {
        reader.fail(entry.first, "clause kind '" + kind.kind + "' is in no vocabulary");
      }
      const YAML::Node& body = entry.second;
      static constexpr std::string_view keys[] = {"headings", "patterns", "unless", "terms"};
      reader.only_keys(body, keys, "the patterns of " + kind.kind);
      if (body["headings"]) {
        kind.headings =
            read_patterns(reader, body["headings"], kind.kind + " heading", true, check);
      }
      if (body["patterns"]) {
        kind.patterns =
            read_patterns(reader, body["patterns"], kind.kind + " pattern", true, check);
      }
      if (body["unless"]) {
        kind.unless = read_patterns(reader, body["unless"], kind.kind + " unless", false, check);
      }
      if (kind.headings.empty() && kind.patterns.empty()) {
        reader.fail(body, kind.kind + " has neither headings nor patterns");
      }
      if (body["terms"]) {
        if (!body["terms"].IsSequence()) {
          reader.fail(body["terms"], kind.kind + ": terms must be a list");
        }
        for (const YAML::Node& item : body["terms"]) {
          kind.terms.push_back(read_capture(reader, item, vocabulary));
        }
      }
      pack.kinds.push_back(std::move(kind));
    }
  }
  if (root["facts"]) {
    if (!root["facts"].IsMap()) {
      reader.fail(root["facts"], "facts must be a map from fact to values and their patterns");
    }
    for (const auto& fact : root["facts"]) {
      const std::string name = fact.first.Scalar();
      if (!is_pack_fact(name)) {
        reader.fail(fact.first, "unknown fact '" + name +
                                    "'; a pack may settle personal_data, payment_card_data, "
                                    "health_data and data_subject_regions");
      }
      if (!fact.second.IsMap()) {
        reader.fail(fact.second, name + " must map each value to its patterns");
      }
      for (const auto& value : fact.second) {
        FactPatterns patterns;
        patterns.fact = name;
        patterns.value = value.first.Scalar();
        if (name != "data_subject_regions" && patterns.value != "true" &&
            patterns.value != "false") {
          reader.fail(value.first, name + ": the value must be true or false");
        }
        patterns.patterns =
            read_patterns(reader, value.second, name + " " + patterns.value, true, check);
        pack.facts.push_back(std::move(patterns));
      }
    }
  }
  if (check && !marker.empty()) {
    std::filesystem::create_directories(cache_dir, ignored);
    std::ofstream{marker};
  }
  return pack;
}

} // namespace pactum::host
