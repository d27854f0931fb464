// Checking throughput (Google Benchmark): the four example deals' Agreements, generated once,
// checked with every rule of the in-tree plugins (loaded from their real .so files) by the rule
// engine. Reported as agreements checked per second, for 1 worker and for 2.
//
//   build/release/bin/check_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <benchmark/benchmark.h>

#include "plugin_host/plugin_host.hpp"
#include "rules/rule_engine.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/template.hpp"
#include "vocabulary/vocabulary.hpp"

namespace {

namespace fs = std::filesystem;
using namespace pactum;

const fs::path source_dir{PACTUM_SOURCE_DIR};

host::PluginHost& plugins() {
  static host::PluginHost* host = [] {
    // Lives for the process, like the plugin libraries its rules come from.
    static host::PluginHost loaded(host::Vocabulary::load(source_dir / "schemas"));
    loaded.load_directory(PACTUM_PLUGIN_DIR);
    return &loaded;
  }();
  return *host;
}

std::vector<Agreement> example_agreements() {
  const host::Registry& registry = plugins().registry();
  const host::Template templ =
      host::Template::load(source_dir / "templates" / "cs-outsourcing", registry.vocabulary());
  std::vector<Agreement> agreements;
  for (const auto& entry : fs::directory_iterator(source_dir / "examples" / "deals")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const host::DealLoad loaded = host::load_deal(text.str(), entry.path().string(), templ);
    if (loaded.deal) {
      agreements.push_back(host::generate_agreement(
          {templ, *loaded.deal, registry.library_clauses(), registry.vocabulary(), "en"}));
    }
  }
  return agreements;
}

void check_agreements(benchmark::State& state) {
  static const std::vector<Agreement> examples = example_agreements();
  // 64 agreements per batch, cycling through the examples, so two workers have work to share.
  std::vector<host::CheckSubject> subjects;
  for (std::size_t i = 0; i < 64; ++i) {
    subjects.push_back({&examples[i % examples.size()], {"example"}, {}});
  }
  const host::Playbook playbook;
  const host::RuleEngine engine(plugins().registry(), playbook, {});
  for (auto _ : state) {
    auto reports = engine.check(subjects, static_cast<unsigned>(state.range(0)));
    benchmark::DoNotOptimize(reports.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(subjects.size()));
  state.counters["rules"] = static_cast<double>(engine.rules().size());
}

} // namespace

BENCHMARK(check_agreements)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
