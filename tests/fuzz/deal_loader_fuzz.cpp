// libFuzzer target for the whole path from deal text to output: load_deal against the real
// cs-outsourcing template, and for every deal that validates, generate_agreement and both
// renderers. A pactum::Error from generate_agreement is an accepted outcome; a crash, a
// sanitizer report, a broken load_deal contract or any other exception is a finding.
//
// Run with scripts/fuzz.sh; tests/fuzz/regressions/ holds minimized inputs of past findings.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "pactum/error.hpp"
#include "render/markdown_renderer.hpp"
#include "render/xml_renderer.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/template.hpp"
#include "vocabulary/vocabulary.hpp"

namespace {

using pactum::host::Template;
using pactum::host::Vocabulary;

struct Fixture {
  Vocabulary vocabulary;
  Template templ;
};

// Loaded once, on the first input, from the source tree.
const Fixture& fixture() {
  static const Fixture loaded = [] {
    const std::filesystem::path source(PACTUM_SOURCE_DIR);
    Vocabulary vocabulary = Vocabulary::load(source / "schemas");
    Template templ = Template::load(source / "templates" / "cs-outsourcing", vocabulary);
    return Fixture{std::move(vocabulary), std::move(templ)};
  }();
  return loaded;
}

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "deal_loader_fuzz: %s\n", what.c_str());
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Fixture& fixed = fixture();
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // load_deal never throws: an exception escaping it ends the run as a finding.
  const pactum::host::DealLoad loaded = pactum::host::load_deal(text, "fuzz.yaml", fixed.templ);
  if (!loaded.deal) {
    if (loaded.errors.empty()) {
      finding("load_deal returned neither a deal nor an error");
    }
    for (const auto& error : loaded.errors) {
      if (error.line().empty()) {
        finding("load_deal returned an empty error line");
      }
    }
    return 0;
  }
  if (!loaded.errors.empty()) {
    finding("load_deal returned a deal together with errors");
  }

  pactum::Agreement agreement;
  try {
    agreement = pactum::host::generate_agreement({.templ = fixed.templ,
                                                  .deal = *loaded.deal,
                                                  .library = {},
                                                  .vocabulary = fixed.vocabulary,
                                                  .language = "en"});
  } catch (const pactum::Error& e) {
    // Accepted: generation may refuse a deal with a pactum::Error. PACTUM_FUZZ_STRICT=1 makes it
    // a finding, to look for deals the validator lets through that cannot be generated.
    static const bool strict = std::getenv("PACTUM_FUZZ_STRICT") != nullptr;
    if (strict) {
      finding(std::string("generate_agreement refused a validated deal: ") + e.what());
    }
    return 0;
  }

  // Renderers throw only for a broken Agreement (a range outside the text, a character XML
  // cannot carry): that is a bug upstream, so it escapes and is reported as a finding.
  std::size_t written = 0;
  for (const pactum::Document& document : agreement.documents) {
    written += pactum::host::render_markdown(agreement, document).size();
  }
  written += pactum::host::render_agreement_xml(agreement).size();
  if (written == 0) {
    finding("a validated deal rendered to nothing");
  }
  return 0;
}
