#include "cli/rules_command.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/table.hpp"
#include "plugin_host/install_paths.hpp"
#include "report/json_writer.hpp"

namespace pactum::cli {
namespace {

std::vector<const host::RuleEntry*> sorted_rules(const host::Registry& registry,
                                                 const std::string& plugin) {
  std::vector<const host::RuleEntry*> rules;
  for (const host::RuleEntry& rule : registry.rules()) {
    if (plugin.empty() || rule.plugin == plugin) {
      rules.push_back(&rule);
    }
  }
  std::ranges::sort(rules, [](const auto* a, const auto* b) { return a->info.id < b->info.id; });
  return rules;
}

int list_rules(Session& session, const std::string& plugin, const std::string& format) {
  const host::PluginHost& host = session.plugins();
  if (!plugin.empty() && host.find(plugin) == nullptr) {
    std::cerr << "pactum: error: no plugin named '" << plugin << "' is loaded\n";
    return exit_error;
  }
  const auto rules = sorted_rules(host.registry(), plugin);
  if (format == "json") {
    host::JsonWriter json;
    json.begin_array();
    for (const host::RuleEntry* rule : rules) {
      json.begin_object();
      json.key("id").value(rule->info.id);
      json.key("plugin").value(rule->plugin);
      json.key("severity").value(to_string(rule->info.severity));
      json.key("title").value(rule->info.title);
      json.key("summary").value(rule->info.summary);
      json.key("source").value(rule->info.source);
      json.key("requirement").value(rule->info.requirement);
      json.end_object();
    }
    json.end_array();
    std::cout << json.str();
    return exit_clean;
  }
  Table table({"ID", "PLUGIN", "SEVERITY", "TITLE"});
  for (const host::RuleEntry* rule : rules) {
    table.add({rule->info.id, rule->plugin, std::string(to_string(rule->info.severity)),
               rule->info.title});
  }
  table.print(std::cout);
  return exit_clean;
}

int explain_rule(Session& session, const std::string& id) {
  const host::RuleEntry* rule = session.plugins().registry().find_rule(id);
  if (rule == nullptr) {
    std::cerr << "pactum: error: no rule '" << id << "' (see 'pactum rules list')\n";
    return exit_error;
  }
  const auto page = host::data_dir() / "docs" / "rules" / (id + ".md");
  std::ifstream in(page);
  if (!in) {
    // Out-of-tree plugins may ship no page: say what the registration knows.
    std::cout << "# " << rule->info.id << "\n\n**Plugin:** " << rule->plugin << " · **Severity:** "
              << to_string(rule->info.severity) << "\n\n"
              << rule->info.title << ". " << rule->info.summary
              << "\n\nSource: " << rule->info.source << "\n";
    return exit_clean;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::cout << text.str();
  return exit_clean;
}

} // namespace

void add_rules_command(CLI::App& app, Session& session, int& status) {
  CLI::App* rules = app.add_subcommand("rules", "List rules and explain one");
  rules->require_subcommand(1);
  struct ListOptions {
    std::string plugin;
    std::string format = "table";
  };
  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = rules->add_subcommand("list", "List the rules of the loaded plugins");
  list->add_option("--plugin", list_options->plugin, "Only this plugin's rules");
  list->add_option("--format", list_options->format, "Output format")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  list->callback([&session, &status, list_options] {
    status = list_rules(session, list_options->plugin, list_options->format);
  });
  auto id = std::make_shared<std::string>();
  CLI::App* explain = rules->add_subcommand(
      "explain", "Print a rule's page: what it checks, why, its source, how to fix it");
  explain->add_option("ID", *id, "Rule id")->required();
  explain->callback([&session, &status, id] { status = explain_rule(session, *id); });
}

} // namespace pactum::cli
