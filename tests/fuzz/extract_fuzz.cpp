// libFuzzer target for clause detection: untrusted text read as a plain-text agreement, then the
// core plugin's English pattern pack run over it (Hyperscan pass, ICU sentences, RE2 captures,
// value parsers, party roles). A crash, a sanitizer report, a hang or an exception is a finding,
// and so is an Agreement that breaks the extractor's promises: every clause a known kind inside
// the text with a confidence in [0, 1]; every term a value, its span inside its clause's
// document; facts only ever true, false or unknown.
//
// Seeds: tests/fuzz/seeds/text/ (the same agreements as text_reader_fuzz).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "extract/pattern_pack.hpp"
#include "pactum/error.hpp"
#include "readers/text_reader.hpp"
#include "vocabulary/vocabulary.hpp"

namespace {

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "extract_fuzz: %s\n", what.c_str());
  std::abort();
}

struct Setup {
  pactum::host::Vocabulary vocabulary;
  std::vector<pactum::host::PatternPack> packs;
  std::unique_ptr<pactum::host::Extractor> extractor;
};

const Setup& setup() {
  static const Setup built = [] {
    const std::string root = PACTUM_SOURCE_DIR;
    Setup s{pactum::host::Vocabulary::load(root + "/schemas"), {}, nullptr};
    std::ifstream in(root + "/plugins/core/patterns/en.yaml", std::ios::binary);
    const std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    s.packs.push_back(
        pactum::host::parse_pattern_pack({"patterns/en.yaml", yaml}, "core", s.vocabulary));
    // The compiled database is cached like the program's, so each fuzzing run starts quickly.
    s.extractor = std::make_unique<pactum::host::Extractor>(
        s.packs, pactum::host::default_pattern_cache_dir());
    return s;
  }();
  return built;
}

void check(const pactum::Agreement& agreement) {
  const Setup& s = setup();
  for (const pactum::Document& document : agreement.documents) {
    for (const pactum::Clause& clause : document.clauses) {
      if (!s.vocabulary.has_kind(clause.kind)) {
        finding("clause of unknown kind " + clause.kind);
      }
      if (clause.begin >= clause.end || clause.end > document.text.size()) {
        finding("clause outside the text");
      }
      if (!(clause.confidence >= 0.0 && clause.confidence <= 1.0)) {
        finding("confidence outside [0, 1]");
      }
    }
  }
  for (const pactum::Term& term : agreement.terms) {
    if (term.value.empty() || !s.vocabulary.has_term(term.name)) {
      finding("term without value or unknown: " + term.name);
    }
    if (term.origin.document) {
      const pactum::Document& document = agreement.documents.at(*term.origin.document);
      if (term.origin.begin > term.origin.end || term.origin.end > document.text.size()) {
        finding("term span outside the text: " + term.name);
      }
      if (term.origin.clause && *term.origin.clause >= document.clauses.size()) {
        finding("term names a clause that does not exist: " + term.name);
      }
    }
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Setup& s = setup();
  const auto bytes = std::as_bytes(std::span(data, size));
  pactum::Agreement agreement;
  try {
    agreement.documents.push_back(pactum::host::read_text_document(bytes, "fuzz.txt", false));
  } catch (const pactum::Error&) {
    return 0; // the reader's own target checks its errors
  }
  agreement.documents.back().source_file = "fuzz.txt";
  // English function words up front, so most inputs are read as English and reach the patterns.
  agreement.documents.back().language = "en";
  s.extractor->extract(agreement);
  check(agreement);
  return 0;
}
