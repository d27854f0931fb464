#include "cli/kt_command.hpp"

#include <cstdlib>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/deal_file.hpp"
#include "pactum/error.hpp"
#include "pactum/version.hpp"
#include "readers/document_readers.hpp"
#include "render/docx_renderer.hpp"
#include "render/html_renderer.hpp"
#include "render/markdown_renderer.hpp"
#include "render/output_file.hpp"
#include "templates/generator.hpp"
#include "templates/kt_plan_csv.hpp"
#include "templates/kt_status.hpp"
#include "templates/scalar_types.hpp"
#include "templates/template_catalog.hpp"

namespace pactum::cli {
namespace {

namespace fs = std::filesystem;

struct KtGenerateOptions {
  std::string deal;
  std::vector<std::string> formats{"yaml", "md"};
  std::string output;
  std::vector<std::string> languages;
};

struct KtStatusOptions {
  std::string plan;
  std::string as_of;
  std::string format = "text";
  std::string output;
  std::string checklist;
};

int kt_generate(Session& session, const KtGenerateOptions& options) {
  const std::optional<DealFile> loaded = load_deal_file(session, options.deal);
  if (!loaded) {
    return exit_error;
  }
  const host::Template& templ = loaded->templ;
  const host::Deal& deal = loaded->deal;
  if (!templ.kt_checklist) {
    std::cerr << options.deal << ": error: template " << templ.id
              << " has no knowledge-transfer checklist ('kt_plan:' in its template.yaml)\n";
    return exit_error;
  }
  std::vector<std::string> languages = options.languages;
  if (languages.empty()) {
    for (const std::string& wanted : deal.languages) {
      if (std::ranges::find(templ.languages, wanted) != templ.languages.end()) {
        languages.push_back(wanted);
      }
    }
  }
  if (languages.empty()) {
    std::cerr << options.deal << ": error: template " << templ.id
              << " has text in none of the deal's languages\n";
    return exit_error;
  }
  for (const std::string& language : languages) {
    if (std::ranges::find(templ.languages, language) == templ.languages.end()) {
      std::string known;
      for (const auto& l : templ.languages) {
        known += (known.empty() ? "" : ", ") + l;
      }
      std::cerr << "pactum: error: --lang " << language << ": template " << templ.id
                << " has text in " << known << '\n';
      return exit_error;
    }
  }
  const host::PluginHost& plugins = session.plugins();
  const bool several = languages.size() > 1;
  // Render everything before writing anything, so a failure leaves no partial set behind.
  std::vector<std::pair<std::string, std::string>> files;
  std::string stem;
  for (const std::string& language : languages) {
    const Agreement agreement = host::generate_agreement(
        {templ, deal, plugins.registry().library_clauses(), plugins.registry().vocabulary(),
         language, plugins.registry().jurisdictions()});
    stem = agreement.id;
    const auto document = std::ranges::find_if(
        agreement.documents, [](const Document& d) { return d.type == DocumentType::kt_plan; });
    const host::KtScope scope = host::kt_scope_of(agreement, &deal);
    const host::KtPlan plan = host::build_kt_plan(*templ.kt_checklist, scope, language);
    const std::string base = several ? "kt_plan." + language : "kt_plan";
    for (const std::string& format : options.formats) {
      if (format == "yaml") {
        files.emplace_back(base + ".yaml",
                           host::write_kt_tracking_copy(
                               plan, scope, {options.deal, std::string("pactum ") + version}));
      } else if (format == "csv") {
        files.emplace_back(base + ".csv", host::render_kt_plan_csv(plan));
      } else if (format == "md") {
        files.emplace_back(base + ".md", host::render_markdown(agreement, *document));
      } else if (format == "html") {
        files.emplace_back(base + ".html", host::render_html(agreement, *document));
      } else if (format == "docx") {
        files.emplace_back(base + ".docx", host::render_docx(agreement, *document));
      }
    }
  }
  const fs::path out = options.output.empty() ? fs::path(stem) : fs::path(options.output);
  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec) {
    std::cerr << out.string() << ": error: cannot create the output folder: " << ec.message()
              << '\n';
    return exit_error;
  }
  for (const auto& [name, bytes] : files) {
    host::write_file_atomically(out / name, bytes);
    std::cout << (out / name).string() << '\n';
  }
  return exit_clean;
}

// The checklist a copy was made from: --checklist, else the folder named by its id beside the
// installed templates (or under PACTUM_TEMPLATE_PATH), else beside the copy.
fs::path find_checklist(const host::KtTrackingCopy& copy, const std::string& given) {
  if (!given.empty()) {
    return given;
  }
  const char* env = std::getenv("PACTUM_TEMPLATE_PATH");
  std::vector<fs::path> roots = host::template_roots(env != nullptr ? env : "");
  roots.push_back(fs::path(copy.file).parent_path());
  for (const fs::path& root : roots) {
    std::error_code ec;
    const fs::path file = root / copy.checklist / "checklist.yaml";
    if (fs::is_regular_file(file, ec)) {
      return file;
    }
  }
  return {};
}

int kt_status(Session& session, const KtStatusOptions& options) {
  const std::string as_of = options.as_of.empty() ? host::today_iso_date() : options.as_of;
  if (!host::is_iso_date(as_of)) {
    std::cerr << "pactum: error: --as-of '" << options.as_of << "' is not a date (YYYY-MM-DD)\n";
    return exit_error;
  }
  const std::string bytes = host::read_input_file(options.plan, host::max_kt_copy_bytes);
  if (!host::is_kt_tracking_copy(bytes)) {
    std::cerr << options.plan
              << ": error: not a KT plan tracking copy (no 'kt_plan:' header); make one with "
                 "'pactum kt generate DEAL'\n";
    return exit_error;
  }
  const host::KtTrackingCopy copy = host::read_kt_tracking_copy(bytes, options.plan);
  const fs::path checklist_file = find_checklist(copy, options.checklist);
  if (checklist_file.empty()) {
    std::cerr << options.plan << ": error: checklist '" << copy.checklist
              << "' not found (give it with --checklist FILE)\n";
    return exit_error;
  }
  const host::KtChecklist checklist =
      host::KtChecklist::load(checklist_file, session.plugins().registry().vocabulary());
  if (!copy.version.empty() && copy.version != checklist.version) {
    std::cerr << options.plan << ": note: made from checklist " << copy.checklist << " "
              << copy.version << "; comparing with " << checklist.version << '\n';
  }
  const std::vector<std::string> problems = host::kt_copy_problems(copy, checklist);
  if (!problems.empty()) {
    for (const std::string& problem : problems) {
      std::cerr << problem << '\n';
    }
    std::cerr << options.plan << ": " << problems.size() << " error(s); no status reported\n";
    return exit_error;
  }
  const host::KtStatus status = host::kt_status(copy, as_of);
  const std::string text = options.format == "json"   ? host::render_kt_status_json(status)
                           : options.format == "html" ? host::render_kt_status_html(status)
                                                      : host::render_kt_status_text(status);
  if (options.output.empty()) {
    std::cout << text;
  } else {
    host::write_file_atomically(options.output, text);
    std::cout << options.output << '\n';
  }
  return exit_clean;
}

} // namespace

void add_kt_command(CLI::App& app, Session& session, int& status) {
  CLI::App* kt = app.add_subcommand("kt", "Knowledge-transfer plans: generate, track and check");
  kt->require_subcommand(1);

  auto generate_options = std::make_shared<KtGenerateOptions>();
  CLI::App* generate = kt->add_subcommand(
      "generate", "Generate a deal's knowledge-transfer plan (the YAML is the tracking copy)");
  generate->add_option("DEAL", generate_options->deal, "Deal file (YAML)")->required();
  generate
      ->add_option("--format", generate_options->formats,
                   "Output formats, comma-separated: yaml (tracking copy), csv, md, html, docx")
      ->delimiter(',')
      ->check(CLI::IsMember({"yaml", "csv", "md", "html", "docx"}))
      ->capture_default_str();
  generate->add_option("-o,--output", generate_options->output,
                       "Output folder (default: the deal file's name, in the current folder)");
  generate
      ->add_option("--lang", generate_options->languages,
                   "Languages, comma-separated (one plan each: kt_plan.da.yaml, …); default: "
                   "the deal's languages")
      ->delimiter(',');
  generate->callback([&session, &status, generate_options] {
    try {
      status = kt_generate(session, *generate_options);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });

  auto status_options = std::make_shared<KtStatusOptions>();
  CLI::App* status_app = kt->add_subcommand(
      "status", "Report a tracked plan: completion per phase and owner, overdue items, the next "
                "gate and its criteria");
  status_app->add_option("PLAN", status_options->plan, "Tracking copy (kt_plan.yaml)")->required();
  status_app->add_option("--as-of", status_options->as_of,
                         "Report as on this date, YYYY-MM-DD (default: today, UTC)");
  status_app->add_option("--format", status_options->format, "text, json or html")
      ->check(CLI::IsMember({"text", "json", "html"}))
      ->capture_default_str();
  status_app->add_option("-o,--output", status_options->output,
                         "Write the report to this file (default: standard output)");
  status_app->add_option("--checklist", status_options->checklist,
                         "The checklist.yaml the copy was made from (default: found by its id)");
  status_app->callback([&session, &status, status_options] {
    try {
      status = kt_status(session, *status_options);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });
}

} // namespace pactum::cli
