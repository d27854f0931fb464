#include "cli/extract_command.hpp"

#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "batch/ordered_batch.hpp"
#include "cli/input_loader.hpp"
#include "cli/progress.hpp"
#include "pactum/error.hpp"
#include "pactum/version.hpp"
#include "readers/agreement_grouping.hpp"
#include "readers/document_readers.hpp"
#include "readers/input_files.hpp"
#include "render/output_file.hpp"
#include "report/extract_json.hpp"
#include "rules/playbook.hpp"

namespace pactum::cli {
namespace {

namespace fs = std::filesystem;

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string output;
  std::string group_by = "file";
  std::string playbook;
  unsigned jobs = 0;
  bool text = false;
};

int extract(Session& session, const ExtractOptions& options) {
  const host::PluginHost& plugins = session.plugins();
  const host::DocumentReaders readers(plugins.registry());
  InputLoader loader(session, readers, InputLoader::Deals::refuse);
  host::InputScan scan = host::collect_inputs(
      options.paths, [&loader](const fs::path& path) { return loader.wanted(path); });
  std::vector<host::CheckedFile> inputs;
  for (host::InputError& error : scan.errors) {
    std::cerr << error.message << '\n';
    inputs.push_back({std::move(error.path), "", std::move(error.message), {}});
  }
  const fs::path playbook_file =
      !options.playbook.empty()
          ? fs::path(options.playbook)
          : host::find_playbook(scan.files.empty() ? fs::current_path() : scan.files.front());
  host::Playbook playbook;
  if (!playbook_file.empty()) {
    playbook = host::Playbook::load(playbook_file);
  }
  const std::vector<host::InputGroup> groups =
      host::group_inputs(scan.files, *host::parse_group_by(options.group_by), playbook.agreements,
                         playbook_file.empty() ? fs::path() : playbook_file.parent_path());

  // Output streams to stdout, or to a temporary file renamed into place once all is written.
  std::unique_ptr<host::OutputFile> file;
  if (!options.output.empty()) {
    file = std::make_unique<host::OutputFile>(options.output);
  }
  host::ExtractJson json(
      [&file](std::string_view piece) {
        if (file) {
          file->write(piece);
        } else {
          std::cout << piece;
        }
      },
      pactum::version, options.text);

  const unsigned jobs =
      options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
  std::size_t agreements = 0;
  std::size_t documents = 0;
  bool incomplete = false;
  Progress progress("read", groups.size());
  host::run_ordered_batch<LoadedGroup>(
      groups.size(), jobs, std::size_t{4} * jobs,
      [&](std::size_t index, unsigned) { return loader.load(groups[index]); },
      [&](std::size_t, LoadedGroup&& loaded) {
        for (const host::CheckedFile& checked : loaded.files) {
          for (const std::string& warning : checked.warnings) {
            std::cerr << progress.clear() << warning << '\n';
          }
          if (!checked.error.empty()) {
            std::cerr << progress.clear() << checked.error << '\n';
          }
        }
        if (loaded.agreement) {
          json.add(*loaded.agreement, loaded.files);
          ++agreements;
          documents += loaded.agreement->documents.size();
        }
        incomplete = incomplete || !loaded.error.empty();
        inputs.insert(inputs.end(), std::make_move_iterator(loaded.files.begin()),
                      std::make_move_iterator(loaded.files.end()));
        progress.advance();
      });
  progress.finish();
  json.finish(inputs, agreements, documents);
  if (file) {
    file->commit();
  }
  const bool errors = incomplete || std::ranges::any_of(inputs, [](const host::CheckedFile& f) {
                        return !f.error.empty();
                      });
  return errors ? exit_error : exit_clean;
}

} // namespace

void add_extract_command(CLI::App& app, Session& session, int& status) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract",
      "Read agreements (.docx, .md, .txt, Agreement XML) and print as JSON what they hold: "
      "documents, types, blocks and section numbers, the clauses found (kind, confidence, the "
      "party they favour), the terms with canonical values, the parties and the facts");
  command->add_option("PATH", options->paths, "Files or folders to read")->required();
  command->add_option("-o,--output", options->output, "Write the JSON to FILE")->type_name("FILE");
  command
      ->add_option("--group-by", options->group_by,
                   "Make an Agreement of each file, or of each folder's files (groups named in "
                   "the playbook's agreements: come first)")
      ->check(CLI::IsMember({"file", "dir"}))
      ->capture_default_str();
  command->add_option("--playbook", options->playbook,
                      "Playbook file naming agreement groups (default: the nearest .pactum.yaml "
                      "above the inputs)");
  command->add_option("--jobs", options->jobs, "Worker threads (default: one per core)");
  command->add_flag("--text", options->text,
                    "Include each document's whole extracted text, which every start/end offset "
                    "(bytes) points into");
  command->callback([&session, &status, options] {
    try {
      status = extract(session, *options);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });
}

} // namespace pactum::cli
