#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/model/source_span.hpp"
#include "pactum/plugin/extension_data.hpp"

namespace pactum::host {

class Vocabulary;

// One regular expression of a pattern pack and where it was written, so that an engine refusing
// it can say file:line:column. Matching is case-insensitive unless the pack says otherwise.
struct PackPattern {
  std::string regex;
  bool case_sensitive = false;
  FilePosition where;
};

// A term pulled out of a detected clause: RE2 `capture` with exactly one group, whose text a
// value parser of `type` turns into the canonical value.
struct TermCapture {
  std::string term;
  std::string type; // duration, jurisdiction, money, percent, date, cap, count
  PackPattern capture;
};

// What a pack says about one clause kind.
struct KindPatterns {
  std::string kind;
  std::vector<PackPattern> headings; // a section under a matching heading is a clause
  std::vector<PackPattern> patterns; // a hit makes the paragraph around it a clause
  std::vector<PackPattern> unless;   // cancels a hit when it matches in the same sentence
  std::vector<TermCapture> terms;
};

// Wording that settles a fact of the Agreement: `value` is "true" or "false" for the data
// categories, or a region code ("US-CA", "EU") for data_subject_regions.
struct FactPatterns {
  std::string fact;
  std::string value;
  std::vector<PackPattern> patterns;
};

// A parsed pattern pack (docs/patterns.md): plain values only, safe to share between threads.
struct PatternPack {
  std::string origin;
  std::string plugin;
  std::string language;
  std::vector<KindPatterns> kinds;
  std::vector<FactPatterns> facts;
};

// The term value parsers a TermCapture may name.
bool is_capture_type(std::string_view type) noexcept;
// The facts a pack may settle.
bool is_pack_fact(std::string_view fact) noexcept;

// Throws pactum::Error "file:line:column: error: ..." unless both Hyperscan and RE2 accept the
// pattern and it cannot match empty text.
void check_pack_pattern(const PackPattern& pattern);

// Parses and validates a pack: known keys, kinds and terms in the vocabulary, every pattern
// accepted by both Hyperscan and RE2 (captures by RE2, with exactly one group). Throws
// pactum::Error "file:line:column: error: ..." naming the first problem. With a `cache_dir`, a
// pack whose exact text (and Hyperscan version) passed once is not put through the engines again.
PatternPack parse_pattern_pack(const YamlDocument& document, std::string_view plugin,
                               const Vocabulary& vocabulary,
                               const std::filesystem::path& cache_dir = {});

} // namespace pactum::host
