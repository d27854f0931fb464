#include "cli/check_command.hpp"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include <CLI/CLI.hpp>

#include "batch/ordered_batch.hpp"
#include "cli/input_loader.hpp"
#include "cli/progress.hpp"
#include "pactum/error.hpp"
#include "pactum/version.hpp"
#include "readers/agreement_grouping.hpp"
#include "readers/document_readers.hpp"
#include "readers/input_files.hpp"
#include "render/output_file.hpp"
#include "report/check_reporters.hpp"
#include "rules/playbook.hpp"
#include "rules/rule_engine.hpp"
#include "templates/scalar_types.hpp"

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
  std::string group_by = "file";
};

int check(Session& session, const CheckOptions& options) {
  host::CheckReport report;
  report.pactum_version = pactum::version;
  report.as_of = options.as_of.empty() ? host::today_iso_date() : options.as_of;
  report.side = *parse_party_role(options.side);
  report.min_confidence = options.min_confidence;
  report.fail_on = *parse_severity(options.fail_on);

  const host::PluginHost& plugins = session.plugins();
  for (const auto& plugin : plugins.plugins()) {
    report.plugins[plugin.name] = plugin.version;
  }

  const host::DocumentReaders readers(plugins.registry());
  InputLoader loader(session, readers, InputLoader::Deals::generate);
  loader.set_judging(report.as_of, options.jurisdictions);
  host::InputScan scan = host::collect_inputs(
      options.paths, [&loader](const fs::path& path) { return loader.wanted(path); });
  for (host::InputError& error : scan.errors) {
    std::cerr << error.message << '\n';
    report.files.push_back({std::move(error.path), "", std::move(error.message), {}});
  }
  const std::vector<fs::path>& inputs = scan.files;
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
  const std::vector<host::InputGroup> groups =
      host::group_inputs(inputs, *host::parse_group_by(options.group_by), playbook.agreements,
                         playbook_file.empty() ? fs::path() : playbook_file.parent_path());

  RuleContext context;
  context.min_confidence = options.min_confidence;
  context.side = report.side;
  context.as_of = report.as_of;
  context.jurisdictions = options.jurisdictions;
  const host::RuleEngine engine(plugins.registry(), playbook, context);
  report.rules = engine.rules();

  // Each group is read and checked on a worker, and only its outcomes are kept: the documents
  // are dropped as soon as the rules have seen them.
  const unsigned jobs =
      options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
  std::vector<host::RuleEngine::RuleInstances> instances(jobs);
  for (auto& set : instances) {
    set = engine.new_instances();
  }
  struct Checked {
    std::vector<host::CheckedFile> files;
    std::optional<host::AgreementReport> agreement;
  };
  // The batch formats are written as each Agreement is checked and keep nothing of it; SARIF,
  // JUnit and HTML need the whole report first.
  const bool color = options.output.empty() && options.format == "text" && ::isatty(1) != 0;
  const std::unique_ptr<host::CheckReportStream> stream =
      host::make_check_stream(options.format, color);
  std::unique_ptr<host::OutputFile> file;
  if (!options.output.empty()) {
    file = std::make_unique<host::OutputFile>(options.output);
  }
  const auto write = [&file](std::string_view piece) {
    if (file) {
      file->write(piece);
    } else {
      std::cout << piece << std::flush;
    }
  };
  if (stream) {
    write(stream->begin(report));
  }
  bool errors = false;
  bool failing = false;
  Progress progress("checked", groups.size());
  host::run_ordered_batch<Checked>(
      groups.size(), jobs, std::size_t{4} * jobs,
      [&](std::size_t index, unsigned worker) {
        LoadedGroup loaded = loader.load(groups[index]);
        Checked checked{std::move(loaded.files), std::nullopt};
        if (loaded.agreement) {
          std::vector<std::string> files;
          for (const host::CheckedFile& checked_file : checked.files) {
            files.push_back(checked_file.path);
          }
          if (loaded.error.empty()) {
            checked.agreement =
                engine.check_one({&*loaded.agreement, std::move(files), std::move(loaded.waivers)},
                                 instances[worker]);
          } else {
            checked.agreement = host::AgreementReport{};
            checked.agreement->id = loaded.agreement->id;
            checked.agreement->files = std::move(files);
            checked.agreement->error = loaded.error;
          }
        }
        return checked;
      },
      [&](std::size_t, Checked&& checked) {
        for (host::CheckedFile& checked_file : checked.files) {
          for (const std::string& warning : checked_file.warnings) {
            std::cerr << progress.clear() << warning << '\n';
          }
          if (!checked_file.error.empty()) {
            std::cerr << progress.clear() << checked_file.error << '\n';
            errors = true;
          }
          report.files.push_back(std::move(checked_file));
        }
        if (checked.agreement) {
          errors = errors || !checked.agreement->error.empty();
          failing = failing || host::fails_at(*checked.agreement, report.fail_on);
          if (stream) {
            const std::string piece = stream->agreement(*checked.agreement);
            progress.pause();
            write(piece);
          } else {
            report.agreements.push_back(std::move(*checked.agreement));
          }
        }
        progress.advance();
      });
  progress.finish();
  errors = errors || std::ranges::any_of(
                         report.files, [](const host::CheckedFile& f) { return !f.error.empty(); });

  if (stream) {
    write(stream->end(report));
  } else if (options.format == "sarif") {
    write(host::render_check_sarif(report));
  } else if (options.format == "junit") {
    write(host::render_check_junit(report));
  } else {
    write(host::render_check_html(report));
  }
  if (file) {
    file->commit();
  }
  return errors ? exit_error : failing ? exit_findings : exit_clean;
}

} // namespace

void add_check_command(CLI::App& app, Session& session, int& status) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Check agreements (.docx, .md, .txt, deal files, Agreement XML) against the playbook's "
      "rules");
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
      ->delimiter(',')
      ->check([](const std::string& code) {
        return host::is_jurisdiction(code)
                   ? std::string()
                   : "'" + code + "' is not an ISO 3166 code (DK, GB, US-CA) or EU/EEA";
      });
  command
      ->add_option("--as-of", options->as_of,
                   "Date deciding which law is in force, YYYY-MM-DD (default: today)")
      ->check([](const std::string& date) {
        return host::is_iso_date(date) ? std::string() : "'" + date + "' is not a date YYYY-MM-DD";
      });
  command->add_option("--playbook", options->playbook,
                      "Playbook file (default: the nearest .pactum.yaml above the inputs)");
  command
      ->add_option("--min-confidence", options->min_confidence,
                   "Clauses count at or above this confidence")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("--jobs", options->jobs, "Worker threads (default: one per core)");
  command
      ->add_option("--group-by", options->group_by,
                   "Make an Agreement of each file, or of each folder's files (groups named in "
                   "the playbook's agreements: come first)")
      ->check(CLI::IsMember({"file", "dir"}))
      ->capture_default_str();
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
