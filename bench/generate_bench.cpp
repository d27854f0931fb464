// Generation benchmarks (Google Benchmark), in milliseconds:
//   template_load                 Template::load of templates/cs-outsourcing
//   generate/<deal>               load_deal + generate_agreement + every document to Markdown +
//                                 the whole agreement to XML, one benchmark per examples/deals file
//   markdown_docx/<deal>          load_deal + generate_agreement + every document to Markdown and
//                                 to DOCX (WordprocessingML zipped), per examples/deals file
// Budget: 20 ms per deal, all documents. See bench/README.md for the command and last figures.

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "pactum/error.hpp"
#include "render/docx_renderer.hpp"
#include "render/markdown_renderer.hpp"
#include "render/xml_renderer.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/template.hpp"
#include "vocabulary/vocabulary.hpp"

namespace {

namespace fs = std::filesystem;
using pactum::host::Template;
using pactum::host::Vocabulary;

const fs::path source_dir{PACTUM_SOURCE_DIR};

const Vocabulary& vocabulary() {
  static const Vocabulary loaded = Vocabulary::load(source_dir / "schemas");
  return loaded;
}

fs::path template_folder() {
  return source_dir / "templates" / "cs-outsourcing";
}

const Template& cs_outsourcing() {
  static const Template loaded = Template::load(template_folder(), vocabulary());
  return loaded;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void template_load(benchmark::State& state) {
  for (auto _ : state) {
    Template templ = Template::load(template_folder(), vocabulary());
    benchmark::DoNotOptimize(templ.documents.data());
  }
}

// Deal text to every output: what `pactum generate --format md,xml` does after loading plugins.
void generate_deal(benchmark::State& state, const std::string& origin, const std::string& text) {
  const Template& templ = cs_outsourcing();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const pactum::host::DealLoad loaded = pactum::host::load_deal(text, origin, templ);
    if (!loaded.deal) {
      state.SkipWithError((origin + ": the deal does not validate").c_str());
      break;
    }
    const pactum::Agreement agreement =
        pactum::host::generate_agreement({.templ = templ,
                                          .deal = *loaded.deal,
                                          .library = {},
                                          .vocabulary = vocabulary(),
                                          .language = "en"});
    bytes = 0;
    for (const pactum::Document& document : agreement.documents) {
      bytes += pactum::host::render_markdown(agreement, document).size();
    }
    bytes += pactum::host::render_agreement_xml(agreement).size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["output_bytes"] = static_cast<double>(bytes);
}

// Deal text to every document as Markdown and DOCX: `pactum generate --format md,docx` after
// loading plugins. The budget: 20 ms per deal.
void markdown_and_docx(benchmark::State& state, const std::string& origin,
                       const std::string& text) {
  const Template& templ = cs_outsourcing();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const pactum::host::DealLoad loaded = pactum::host::load_deal(text, origin, templ);
    if (!loaded.deal) {
      state.SkipWithError((origin + ": the deal does not validate").c_str());
      break;
    }
    const pactum::Agreement agreement =
        pactum::host::generate_agreement({.templ = templ,
                                          .deal = *loaded.deal,
                                          .library = {},
                                          .vocabulary = vocabulary(),
                                          .language = "en"});
    bytes = 0;
    for (const pactum::Document& document : agreement.documents) {
      bytes += pactum::host::render_markdown(agreement, document).size();
      bytes += pactum::host::render_docx(agreement, document).size();
    }
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["output_bytes"] = static_cast<double>(bytes);
}

} // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
    return 1;
  }
  try {
    cs_outsourcing(); // a broken template fails here, once, not in every benchmark
    benchmark::RegisterBenchmark("template_load", template_load)->Unit(benchmark::kMillisecond);

    std::vector<fs::path> deals;
    for (const auto& entry : fs::directory_iterator(source_dir / "examples" / "deals")) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
        deals.push_back(entry.path());
      }
    }
    std::ranges::sort(deals);
    for (const fs::path& deal : deals) {
      const std::string name = "generate/" + deal.stem().string();
      benchmark::RegisterBenchmark(name.c_str(), generate_deal, deal.filename().string(),
                                   read_text(deal))
          ->Unit(benchmark::kMillisecond);
      const std::string docx_name = "markdown_docx/" + deal.stem().string();
      benchmark::RegisterBenchmark(docx_name.c_str(), markdown_and_docx, deal.filename().string(),
                                   read_text(deal))
          ->Unit(benchmark::kMillisecond);
    }
  } catch (const pactum::Error& e) {
    std::cerr << "generate_bench: " << e.what() << '\n';
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
