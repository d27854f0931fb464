#include "cli/generate_command.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/deal_file.hpp"
#include "pactum/error.hpp"
#include "render/docx_renderer.hpp"
#include "render/html_renderer.hpp"
#include "render/markdown_renderer.hpp"
#include "render/output_file.hpp"
#include "render/xml_renderer.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/template.hpp"

namespace pactum::cli {
namespace {

struct GenerateOptions {
  std::string deal;
  std::vector<std::string> formats{"md"};
  std::string output;
  std::vector<std::string> languages;
};

int generate(Session& session, const GenerateOptions& options) {
  const std::optional<DealFile> loaded = load_deal_file(session, options.deal);
  if (!loaded) {
    return exit_error;
  }
  const host::PluginHost& plugins = session.plugins();
  const host::Template& templ = loaded->templ;
  const host::Deal& deal = loaded->deal;
  if (session.floor_status() != exit_clean) {
    std::cerr << "pactum: error: not generating while a plugin failed to load: the agreement "
                 "would miss what it adds\n";
    return exit_error;
  }

  // One language, or two for a bilingual set: the deal's languages (those the template has)
  // unless --lang names them.
  std::vector<std::string> languages = options.languages;
  if (languages.empty()) {
    for (const auto& wanted : deal.languages) {
      if (std::ranges::find(templ.languages, wanted) != templ.languages.end()) {
        languages.push_back(wanted);
      } else {
        std::cerr << options.deal << ": note: template " << templ.id << " has no '" << wanted
                  << "' text yet\n";
      }
    }
    if (languages.empty()) {
      std::cerr << options.deal << ": error: template " << templ.id
                << " has text in none of the deal's languages\n";
      return exit_error;
    }
    if (languages.size() > 2) {
      std::cerr << options.deal << ": note: generating " << languages[0] << " and " << languages[1]
                << "; a bilingual set has two languages (use --lang for others)\n";
      languages.resize(2);
    }
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
  if (languages.size() > 2 || (languages.size() == 2 && languages[0] == languages[1])) {
    std::cerr << "pactum: error: --lang takes one language, or two different ones for a "
                 "bilingual set\n";
    return exit_error;
  }
  std::vector<Agreement> agreements;
  for (const std::string& language : languages) {
    agreements.push_back(host::generate_agreement(
        {templ, deal, plugins.registry().library_clauses(), plugins.registry().vocabulary(),
         language, plugins.registry().jurisdictions()}));
  }
  const Agreement& agreement = agreements.front();
  const bool bilingual = agreements.size() == 2;
  // In a bilingual set, Markdown and XML come once per language (msa.da.md); HTML and DOCX put
  // the two side by side, clause by clause, the first language on the left.
  const auto suffix = [&](const Agreement& a) {
    return bilingual ? "." + a.documents.front().language : std::string();
  };

  // Render everything before writing anything, so a failure leaves no partial set behind.
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& format : options.formats) {
    if (format == "md") {
      for (const Agreement& a : agreements) {
        for (const Document& document : a.documents) {
          files.emplace_back(document.id + suffix(a) + ".md", host::render_markdown(a, document));
        }
      }
    } else if (format == "html" || format == "docx") {
      for (std::size_t i = 0; i < agreement.documents.size(); ++i) {
        const Document& document = agreement.documents[i];
        std::string bytes;
        if (!bilingual) {
          bytes = format == "html" ? host::render_html(agreement, document)
                                   : host::render_docx(agreement, document);
        } else {
          const Document& other = agreements[1].documents.at(i);
          bytes = format == "html"
                      ? host::render_html_bilingual(agreement, document, agreements[1], other)
                      : host::render_docx_bilingual(agreement, document, agreements[1], other);
        }
        files.emplace_back(document.id + "." + format, std::move(bytes));
      }
    } else if (format == "xml") {
      for (const Agreement& a : agreements) {
        files.emplace_back("agreement" + suffix(a) + ".xml", host::render_agreement_xml(a));
      }
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
  generate_app
      ->add_option("--lang", options->languages,
                   "One language, or two comma-separated for a bilingual set (da,en: HTML and "
                   "DOCX side by side, Markdown and XML per language); default: the deal's "
                   "languages")
      ->delimiter(',');
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
