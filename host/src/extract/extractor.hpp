#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "extract/pattern_database.hpp"
#include "extract/pattern_pack.hpp"
#include "pactum/model/agreement.hpp"

namespace re2 {
class RE2;
}

namespace pactum::host {

// Finds clauses, terms, parties and facts in Documents read from files, using the pattern packs
// every plugin registered. One Hyperscan database per language is compiled (or loaded from
// `cache_dir`, see PatternDatabase) the first time a document in that language needs it, so a
// run that reads no documents pays nothing. extract() is const and safe to call from several
// worker threads at once.
class Extractor {
public:
  explicit Extractor(std::span<const PatternPack> packs, std::filesystem::path cache_dir = {});
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  // Fills in what text can tell: for each Document without clauses (one read from a file), its
  // language when unknown, its detected clauses; for the Agreement, the parties, terms and facts
  // it does not already have. Generated Documents and Agreement XML are left as they are.
  void extract(Agreement& agreement) const;

  // Languages with at least one pattern.
  std::vector<std::string> languages() const;

private:
  struct Language;
  struct Slot;
  const Language* language(std::string_view name) const;

  std::vector<PatternPack> packs_;
  std::filesystem::path cache_dir_;
  std::vector<std::unique_ptr<Slot>> slots_;
};

} // namespace pactum::host
