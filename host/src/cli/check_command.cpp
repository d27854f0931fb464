#include "cli/check_command.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>

#include "pactum/error.hpp"
#include "pactum/version.hpp"
#include "plugin_host/install_paths.hpp"
#include "readers/agreement_xml_reader.hpp"
#include "render/output_file.hpp"
#include "report/check_reporters.hpp"
#include "report/sha256.hpp"
#include "rules/playbook.hpp"
#include "rules/rule_engine.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/template.hpp"
#include "templates/template_catalog.hpp"

namespace pactum::cli {
namespace {

namespace fs = std::filesystem;

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string side = "client";
  std::vector<std::string> jurisdictions;
  std::string as_of;
  std::string playbook;
  double min_confidence = 0.5;
  unsigned jobs = 0;
};

// Largest input file we read whole; agreements are far smaller.
constexpr std::uintmax_t max_input_bytes = std::uintmax_t{64} * 1024 * 1024;

std::string today() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

bool is_input(const fs::path& path) {
  const std::string name = path.filename().string();
  const std::string extension = path.extension().string();
  return !name.starts_with("~$") && name != ".pactum.yaml" &&
         (extension == ".yaml" || extension == ".yml" || extension == ".xml");
}

// Files named on the command line, and inputs found in folders (recursively, never following
// symbolic links, skipping editor lock files), in a stable order.
std::vector<fs::path> collect_inputs(const std::vector<std::string>& paths,
                                     std::vector<host::CheckedFile>& missing) {
  std::vector<fs::path> inputs;
  for (const std::string& path : paths) {
    std::error_code ec;
    const auto status = fs::symlink_status(path, ec);
    if (ec || !fs::exists(status)) {
      missing.push_back({path, "", path + ": error: no such file or folder"});
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && !it->is_symlink() && is_input(it->path())) {
          found.push_back(it->path());
        }
      }
      std::ranges::sort(found);
      inputs.insert(inputs.end(), found.begin(), found.end());
    } else {
      inputs.emplace_back(path);
    }
  }
  return inputs;
}

std::optional<std::string> read_input(const fs::path& path, std::string& error) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    error = "cannot read: " + ec.message();
    return std::nullopt;
  }
  if (size > max_input_bytes) {
    error = "the file is " + std::to_string(size) + " bytes; inputs are limited to " +
            std::to_string(max_input_bytes);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    error = "cannot read the file";
    return std::nullopt;
  }
  return bytes;
}

struct LoadedInput {
  Agreement agreement;
  std::vector<host::Waiver> waivers;
};

// A deal is generated in memory and checked; Agreement XML is read back as written.
// Templates by folder, loaded once per run however many deals use them.
using TemplateCache = std::map<fs::path, host::Template>;

LoadedInput load_input(Session& session, TemplateCache& templates, const fs::path& path,
                       const std::string& bytes) {
  const host::PluginHost& plugins = session.plugins();
  const std::string name = path.string();
  if (path.extension() == ".xml") {
    return {host::read_agreement_xml(bytes, name, host::schemas_dir() / "agreement.xsd"), {}};
  }
  if (path.extension() != ".yaml" && path.extension() != ".yml") {
    throw Error(name + ": error: cannot check '" + path.extension().string() +
                "' files yet: this version reads deal files (.yaml) and Agreement XML (.xml)");
  }
  std::vector<host::DealError> errors;
  const auto ref = host::read_template_ref(bytes, name, errors);
  if (!ref) {
    throw Error(errors.front().line());
  }
  const char* env = std::getenv("PACTUM_TEMPLATE_PATH");
  const auto folder = host::find_template(*ref, host::template_roots(env != nullptr ? env : ""),
                                          path.parent_path());
  if (folder.empty()) {
    throw Error(name + ": error: template '" + *ref + "' not found");
  }
  auto cached = templates.find(folder);
  if (cached == templates.end()) {
    cached =
        templates.emplace(folder, host::Template::load(folder, plugins.registry().vocabulary()))
            .first;
  }
  const host::Template& templ = cached->second;
  const host::DealLoad loaded = host::load_deal(bytes, name, templ);
  if (!loaded.deal) {
    std::string message = loaded.errors.front().line();
    if (loaded.errors.size() > 1) {
      message += " (and " + std::to_string(loaded.errors.size() - 1) + " more)";
    }
    throw Error(message);
  }
  std::string language = templ.languages.empty() ? "en" : templ.languages.front();
  for (const auto& wanted : loaded.deal->languages) {
    if (std::ranges::find(templ.languages, wanted) != templ.languages.end()) {
      language = wanted;
      break;
    }
  }
  LoadedInput input{
      host::generate_agreement({templ, *loaded.deal, plugins.registry().library_clauses(),
                                plugins.registry().vocabulary(), language}),
      host::parse_waivers(bytes, name)};
  for (Document& document : input.agreement.documents) {
    document.source_file = name;
  }
  return input;
}

int check(Session& session, const CheckOptions& options) {
  host::CheckReport report;
  report.pactum_version = pactum::version;
  report.as_of = options.as_of.empty() ? today() : options.as_of;
  report.side = *parse_party_role(options.side);
  report.min_confidence = options.min_confidence;
  report.fail_on = *parse_severity(options.fail_on);

  const host::PluginHost& plugins = session.plugins();
  for (const auto& plugin : plugins.plugins()) {
    report.plugins[plugin.name] = plugin.version;
  }

  const std::vector<fs::path> inputs = collect_inputs(options.paths, report.files);
  host::Playbook playbook;
  const fs::path playbook_file =
      !options.playbook.empty()
          ? fs::path(options.playbook)
          : host::find_playbook(inputs.empty() ? fs::current_path() : inputs.front());
  if (!playbook_file.empty()) {
    playbook = host::Playbook::load(playbook_file);
  }
  report.playbook_file = playbook.file;
  report.playbook_sha256 = playbook.sha256;

  RuleContext context;
  context.min_confidence = options.min_confidence;
  context.side = report.side;
  context.as_of = report.as_of;
  context.jurisdictions = options.jurisdictions;
  const host::RuleEngine engine(plugins.registry(), playbook, context);
  report.rules = engine.rules();

  // Reading is serial (it builds the Agreements); rules then run on all workers.
  const bool progress = ::isatty(2) != 0 && inputs.size() > 1;
  std::vector<LoadedInput> loaded;
  std::vector<host::CheckSubject> subjects;
  TemplateCache templates;
  loaded.reserve(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const fs::path& path = inputs[i];
    if (progress) {
      std::cerr << "\rreading " << (i + 1) << "/" << inputs.size() << std::flush;
    }
    host::CheckedFile file{path.string(), "", ""};
    std::string error;
    const auto bytes = read_input(path, error);
    if (!bytes) {
      file.error = path.string() + ": error: " + error;
      report.files.push_back(std::move(file));
      continue;
    }
    file.sha256 = host::sha256_hex(*bytes);
    try {
      loaded.push_back(load_input(session, templates, path, *bytes));
    } catch (const Error& e) {
      file.error = e.what();
    }
    report.files.push_back(std::move(file));
  }
  if (progress) {
    std::cerr << "\rchecking " << loaded.size() << " agreement(s)...\n";
  }
  for (std::size_t i = 0, j = 0; i < report.files.size() && j < loaded.size(); ++i) {
    if (report.files[i].error.empty() && !report.files[i].sha256.empty()) {
      subjects.push_back({&loaded[j].agreement, {report.files[i].path}, loaded[j].waivers});
      ++j;
    }
  }
  const unsigned jobs =
      options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
  report.agreements = engine.check(subjects, jobs);

  for (const host::CheckedFile& file : report.files) {
    if (!file.error.empty()) {
      std::cerr << file.error << '\n';
    }
  }
  std::string rendered;
  if (options.format == "json") {
    rendered = host::render_check_json(report);
  } else if (options.format == "csv") {
    rendered = host::render_check_csv(report);
  } else if (options.format == "sarif") {
    rendered = host::render_check_sarif(report);
  } else if (options.format == "junit") {
    rendered = host::render_check_junit(report);
  } else if (options.format == "html") {
    rendered = host::render_check_html(report);
  } else {
    rendered = host::render_check_text(report, options.output.empty() && ::isatty(1) != 0);
  }
  if (options.output.empty()) {
    std::cout << rendered;
  } else {
    host::write_file_atomically(options.output, rendered);
  }
  return host::exit_status_of(report);
}

} // namespace

void add_check_command(CLI::App& app, Session& session, int& status) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check", "Check agreements (deal files, Agreement XML) against the playbook's rules");
  command->add_option("PATH", options->paths, "Files or folders to check")->required();
  command->add_option("--format", options->format, "Report format")
      ->check(CLI::IsMember({"text", "json", "csv", "sarif", "junit", "html"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "Write the report to FILE")
      ->type_name("FILE");
  command->add_option("--fail-on", options->fail_on, "Exit 1 on findings at or above")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  command->add_option("--side", options->side, "Judge from this party's side")
      ->check(CLI::IsMember({"client", "provider"}))
      ->capture_default_str();
  command
      ->add_option("--jurisdiction", options->jurisdictions,
                   "Apply these jurisdictions' rules (ISO 3166 codes, EU, EEA), comma-separated")
      ->delimiter(',');
  command->add_option("--as-of", options->as_of,
                      "Date deciding which law is in force "
                      "(default: today)");
  command->add_option("--playbook", options->playbook,
                      "Playbook file (default: the nearest .pactum.yaml above the inputs)");
  command
      ->add_option("--min-confidence", options->min_confidence,
                   "Clauses count at or above this confidence")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("--jobs", options->jobs, "Worker threads (default: one per core)");
  command->callback([&session, &status, options] {
    try {
      status = check(session, *options);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });
}

} // namespace pactum::cli
