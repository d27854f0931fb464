#include "cli/templates_command.hpp"

#include <cstdlib>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/table.hpp"
#include "cli/templates_schema.hpp"
#include "pactum/error.hpp"
#include "report/json_writer.hpp"
#include "templates/template.hpp"
#include "templates/template_catalog.hpp"

namespace pactum::cli {
namespace {

std::vector<std::filesystem::path> roots() {
  const char* env = std::getenv("PACTUM_TEMPLATE_PATH");
  return host::template_roots(env != nullptr ? env : "");
}

int list_templates(Session& session, const std::string& format) {
  const auto& vocabulary = session.plugins().registry().vocabulary();
  std::vector<host::Template> templates;
  int status = exit_clean;
  for (const auto& folder : host::list_templates(roots())) {
    try {
      templates.push_back(host::Template::load(folder, vocabulary));
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  }
  if (format == "json") {
    host::JsonWriter json;
    json.begin_array();
    for (const auto& t : templates) {
      json.begin_object();
      json.key("id").value(t.id);
      json.key("version").value(t.version);
      json.key("title").value(t.title);
      json.key("languages").begin_array();
      for (const auto& language : t.languages) {
        json.value(language);
      }
      json.end_array();
      json.key("folder").value(t.folder.string());
      json.end_object();
    }
    json.end_array();
    std::cout << json.str();
    return status;
  }
  Table table({"ID", "VERSION", "LANGUAGES", "TITLE"});
  for (const auto& t : templates) {
    std::string languages;
    for (const auto& language : t.languages) {
      languages += (languages.empty() ? "" : ",") + language;
    }
    table.add({t.id, t.version, languages, t.title});
  }
  table.print(std::cout);
  return status;
}

void print_spec(const host::ParamSpec& spec, const std::string& path, int depth) {
  const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  std::string line = indent + path + "  " + std::string(host::to_string(spec.type));
  if (spec.type == host::ParamType::enumeration) {
    line += " (";
    for (std::size_t i = 0; i < spec.values.size(); ++i) {
      line += (i == 0 ? "" : "|") + spec.values[i];
    }
    line += ")";
  }
  if (spec.type == host::ParamType::list && spec.items &&
      spec.items->type != host::ParamType::object) {
    line += " of " + std::string(host::to_string(spec.items->type));
  }
  if (spec.default_yaml) {
    std::string shown = *spec.default_yaml;
    std::ranges::replace(shown, '\n', ' ');
    line += "  default: " + shown;
  } else if (spec.required) {
    line += "  required";
  } else {
    line += "  optional";
  }
  if (spec.min) {
    line += "  min " + *spec.min;
  }
  if (spec.max) {
    line += "  max " + *spec.max;
  }
  if (!spec.sets.empty()) {
    line += "  sets " + spec.sets;
  }
  std::cout << line << '\n';
  if (!spec.help.empty()) {
    std::cout << indent << "    " << spec.help << '\n';
  }
  const host::ParamSpec* fields_of = &spec;
  std::string prefix = path;
  if (spec.type == host::ParamType::list && spec.items &&
      spec.items->type == host::ParamType::object) {
    fields_of = spec.items.get();
    prefix = path + "[]";
  }
  for (const auto& field : fields_of->fields) {
    print_spec(*field, prefix + "." + field->name, depth + 1);
  }
}

int show_template(Session& session, const std::string& id) {
  const auto folder = host::find_template(id, roots(), std::filesystem::current_path());
  if (folder.empty()) {
    std::cerr << "pactum: error: no template '" << id << "' (see 'pactum templates list')\n";
    return exit_error;
  }
  const host::Template t = host::Template::load(folder, session.plugins().registry().vocabulary());
  std::cout << t.id << ' ' << t.version << " — " << t.title << '\n';
  if (!t.description.empty()) {
    std::cout << t.description << '\n';
  }
  std::cout << "folder: " << t.folder.string() << "\ndocuments:";
  for (const auto& document : t.documents) {
    std::cout << ' ' << document.id;
  }
  std::cout << "\nparameters:\n";
  for (const auto& field : t.parameters.fields) {
    print_spec(*field, field->name, 1);
  }
  return exit_clean;
}

} // namespace

void add_templates_command(CLI::App& app, Session& session, int& status) {
  CLI::App* templates = app.add_subcommand("templates", "List templates and show their parameters");
  templates->require_subcommand(1);
  auto format = std::make_shared<std::string>("table");
  CLI::App* list = templates->add_subcommand("list", "List the installed templates");
  list->add_option("--format", *format, "Output format")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  list->callback([&session, &status, format] {
    try {
      status = list_templates(session, *format);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });
  auto id = std::make_shared<std::string>();
  CLI::App* show =
      templates->add_subcommand("show", "Show a template's documents and every parameter");
  show->add_option("ID", *id, "Template id (or folder)")->required();
  show->callback([&session, &status, id] {
    try {
      status = show_template(session, *id);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });
  struct SchemaOptions {
    std::string id;
    std::string output;
  };
  auto schema_options = std::make_shared<SchemaOptions>();
  CLI::App* schema = templates->add_subcommand(
      "schema", "Print the JSON Schema of a template's deal files (for editor completion)");
  schema->add_option("ID", schema_options->id, "Template id (or folder)")->required();
  schema->add_option("-o,--output", schema_options->output, "Write to this file instead");
  schema->callback([&session, &status, schema_options] {
    try {
      status = print_deal_schema(session, schema_options->id, schema_options->output);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = exit_error;
    }
  });
}

} // namespace pactum::cli
