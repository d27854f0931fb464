#include "cli/generate_command.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "pactum/error.hpp"
#include "render/docx_renderer.hpp"
#include "render/html_renderer.hpp"
#include "render/markdown_renderer.hpp"
#include "render/output_file.hpp"
#include "render/xml_renderer.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/template.hpp"
#include "templates/template_catalog.hpp"

namespace pactum::cli {
namespace {

struct GenerateOptions {
  std::string deal;
  std::vector<std::string> formats{"md"};
  std::string output;
  std::string language;
};

std::optional<std::string> read_deal_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": error: cannot read the deal file\n";
    return std::nullopt;
  }
  std::string text;
  text.resize(host::max_deal_bytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

int generate(Session& session, const GenerateOptions& options) {
  const auto text = read_deal_file(options.deal);
  if (!text) {
    return exit_error;
  }
  std::vector<host::DealError> errors;
  const auto ref = host::read_template_ref(*text, options.deal, errors);
  if (!ref) {
    for (const auto& error : errors) {
      std::cerr << error.line() << '\n';
    }
    return exit_error;
  }
  const host::PluginHost& plugins = session.plugins();
  const char* env = std::getenv("PACTUM_TEMPLATE_PATH");
  const auto folder = host::find_template(*ref, host::template_roots(env != nullptr ? env : ""),
                                          std::filesystem::path(options.deal).parent_path());
  if (folder.empty()) {
    std::cerr << options.deal << ": error: template '" << *ref
              << "' not found (see 'pactum templates list')\n";
    return exit_error;
  }
  const host::Template templ = host::Template::load(folder, plugins.registry().vocabulary());
  const host::DealLoad loaded = host::load_deal(*text, options.deal, templ);
  if (!loaded.deal) {
    for (const auto& error : loaded.errors) {
      std::cerr << error.line() << '\n';
    }
    std::cerr << options.deal << ": " << loaded.errors.size()
              << " error(s); nothing was generated\n";
    return exit_error;
  }
  const host::Deal& deal = *loaded.deal;
  if (session.floor_status() != exit_clean) {
    std::cerr << "pactum: error: not generating while a plugin failed to load: the agreement "
                 "would miss what it adds\n";
    return exit_error;
  }

  std::string language = options.language;
  if (language.empty()) {
    for (const auto& wanted : deal.languages) {
      if (std::ranges::find(templ.languages, wanted) != templ.languages.end()) {
        language = wanted;
        break;
      }
      std::cerr << options.deal << ": note: template " << templ.id << " has no '" << wanted
                << "' text yet\n";
    }
    if (language.empty()) {
      std::cerr << options.deal << ": error: template " << templ.id
                << " has text in none of the deal's languages\n";
      return exit_error;
    }
  }
  const Agreement agreement =
      host::generate_agreement({templ, deal, plugins.registry().library_clauses(),
                                plugins.registry().vocabulary(), language});

  // Render everything before writing anything, so a failure leaves no partial set behind.
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& format : options.formats) {
    if (format == "md") {
      for (const Document& document : agreement.documents) {
        files.emplace_back(document.id + ".md", host::render_markdown(agreement, document));
      }
    } else if (format == "html") {
      for (const Document& document : agreement.documents) {
        files.emplace_back(document.id + ".html", host::render_html(agreement, document));
      }
    } else if (format == "docx") {
      for (const Document& document : agreement.documents) {
        files.emplace_back(document.id + ".docx", host::render_docx(agreement, document));
      }
    } else if (format == "xml") {
      files.emplace_back("agreement.xml", host::render_agreement_xml(agreement));
    }
  }
  const std::filesystem::path out = options.output.empty() ? std::filesystem::path(agreement.id)
                                                           : std::filesystem::path(options.output);
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
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

} // namespace

void add_generate_command(CLI::App& app, Session& session, int& status) {
  auto options = std::make_shared<GenerateOptions>();
  CLI::App* generate_app =
      app.add_subcommand("generate", "Generate the agreement set a deal file describes");
  generate_app->add_option("DEAL", options->deal, "Deal file (YAML)")->required();
  generate_app
      ->add_option("--format", options->formats,
                   "Output formats, comma-separated: md, html, docx (one file per document), "
                   "xml (agreement.xml)")
      ->delimiter(',')
      ->check(CLI::IsMember({"md", "html", "docx", "xml"}))
      ->capture_default_str();
  generate_app->add_option("-o,--output", options->output,
                           "Output folder (default: the deal file's name, in the current folder)");
  generate_app->add_option("--lang", options->language,
                           "Language to generate (default: the deal's first language the "
                           "template has)");
  generate_app->callback([&session, &status, options] {
    try {
      status = generate(session, *options);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });
}

} // namespace pactum::cli
