#include "cli/plugins_command.hpp"

#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/table.hpp"
#include "report/json_writer.hpp"

namespace pactum::cli {
namespace {

std::string api_of(const host::PluginRecord& plugin) {
  return std::to_string(plugin.api_major) + "." + std::to_string(plugin.api_minor);
}

std::vector<const host::RuleEntry*> rules_of(const host::Registry& registry,
                                             const std::string& plugin) {
  std::vector<const host::RuleEntry*> rules;
  for (const host::RuleEntry& rule : registry.rules()) {
    if (rule.plugin == plugin) {
      rules.push_back(&rule);
    }
  }
  return rules;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += separator;
    }
    out += item;
  }
  return out;
}

void write_plugin_json(host::JsonWriter& json, const host::PluginRecord& plugin,
                       const host::Registry& registry) {
  json.begin_object();
  json.key("name").value(plugin.name);
  json.key("version").value(plugin.version);
  json.key("api").value(api_of(plugin));
  json.key("prefixes").begin_array();
  for (const auto& prefix : plugin.prefixes) {
    json.value(prefix);
  }
  json.end_array();
  json.key("file").value(plugin.file.string());
  json.key("rules").begin_array();
  for (const host::RuleEntry* rule : rules_of(registry, plugin.name)) {
    json.value(rule->info.id);
  }
  json.end_array();
  json.key("description").value(plugin.description);
  json.end_object();
}

int list_plugins(Session& session, const std::string& format) {
  const host::PluginHost& host = session.plugins();
  if (format == "json") {
    host::JsonWriter json;
    json.begin_array();
    for (const auto& plugin : host.plugins()) {
      write_plugin_json(json, plugin, host.registry());
    }
    json.end_array();
    std::cout << json.str();
    return exit_clean;
  }
  Table table({"NAME", "VERSION", "API", "PREFIXES", "RULES", "FILE"});
  for (const auto& plugin : host.plugins()) {
    table.add({plugin.name, plugin.version, api_of(plugin), joined(plugin.prefixes, ","),
               std::to_string(rules_of(host.registry(), plugin.name).size()),
               plugin.file.string()});
  }
  table.print(std::cout);
  if (host.plugins().empty()) {
    std::cout << "(no plugins loaded)\n";
  }
  return exit_clean;
}

int plugin_info(Session& session, const std::string& name, const std::string& format) {
  const host::PluginHost& host = session.plugins();
  const host::PluginRecord* plugin = host.find(name);
  if (plugin == nullptr) {
    std::string loaded;
    for (const auto& p : host.plugins()) {
      loaded += (loaded.empty() ? "" : ", ") + p.name;
    }
    std::cerr << "pactum: error: no plugin named '" << name
              << "' is loaded (loaded: " << (loaded.empty() ? "none" : loaded) << ")\n";
    return exit_error;
  }
  const host::Registry& registry = host.registry();
  if (format == "json") {
    host::JsonWriter json;
    write_plugin_json(json, *plugin, registry);
    std::cout << json.str();
    return exit_clean;
  }
  std::cout << plugin->name << ' ' << plugin->version << " — " << plugin->description << '\n'
            << "  file:      " << plugin->file.string() << '\n'
            << "  license:   " << plugin->license << '\n'
            << "  api:       " << api_of(*plugin) << '\n'
            << "  build id:  " << plugin->build_id_text << '\n'
            << "  prefixes:  " << joined(plugin->prefixes, ", ") << '\n';
  const auto rules = rules_of(registry, plugin->name);
  std::cout << "  rules:     " << rules.size() << '\n';
  for (const host::RuleEntry* rule : rules) {
    std::cout << "    " << rule->info.id << "  [" << to_string(rule->info.severity) << "]  "
              << rule->info.title << '\n';
  }
  std::vector<std::string> kinds;
  for (const auto& [kind, entry] : registry.vocabulary().kinds()) {
    if (entry.owner == plugin->name) {
      kinds.push_back(kind);
    }
  }
  if (!kinds.empty()) {
    std::cout << "  clause kinds added: " << joined(kinds, ", ") << '\n';
  }
  std::vector<std::string> terms;
  for (const auto& [term, entry] : registry.vocabulary().terms()) {
    if (entry.owner == plugin->name) {
      terms.push_back(term);
    }
  }
  if (!terms.empty()) {
    std::cout << "  terms added: " << joined(terms, ", ") << '\n';
  }
  for (const host::Jurisdiction& j : registry.jurisdictions()) {
    if (j.plugin != plugin->name) {
      continue;
    }
    std::cout << "  jurisdiction: " << j.code << " (" << j.name << "), governs "
              << joined(j.governs, ", ") << "-*; territory " << joined(j.territory, " ") << '\n';
    if (!j.transfer_fact.empty()) {
      std::cout << "  transfers: facts." << j.transfer_fact << ", " << j.adequate.size()
                << " adequacy entries reviewed " << j.adequacy_reviewed << '\n';
    }
  }
  return exit_clean;
}

} // namespace

void add_plugins_command(CLI::App& app, Session& session, int& status) {
  CLI::App* plugins = app.add_subcommand("plugins", "List the loaded plugins and what they add");
  plugins->require_subcommand(1);

  struct ListOptions {
    std::string format = "table";
  };
  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = plugins->add_subcommand("list", "List loaded plugins");
  list->add_option("--format", list_options->format, "Output format")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  list->callback(
      [&session, &status, list_options] { status = list_plugins(session, list_options->format); });

  struct InfoOptions {
    std::string name;
    std::string format = "text";
  };
  auto info_options = std::make_shared<InfoOptions>();
  CLI::App* info = plugins->add_subcommand("info", "Show one plugin: its file, build and rules");
  info->add_option("NAME", info_options->name, "Plugin name, as `plugins list` shows it")
      ->required();
  info->add_option("--format", info_options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  info->callback([&session, &status, info_options] {
    status = plugin_info(session, info_options->name, info_options->format);
  });
}

} // namespace pactum::cli
