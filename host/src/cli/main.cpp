// The pactum program: global options, then one verb.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/check_command.hpp"
#include "cli/extract_command.hpp"
#include "cli/generate_command.hpp"
#include "cli/kt_command.hpp"
#include "cli/plugins_command.hpp"
#include "cli/rules_command.hpp"
#include "cli/session.hpp"
#include "cli/templates_command.hpp"
#include "pactum/api_version.hpp"
#include "pactum/build_id.hpp"
#include "pactum/version.hpp"

int main(int argc, char** argv) {
  using namespace pactum::cli;
  Session session;
  int status = exit_clean;

  CLI::App app{"Pactum: generate and check outsourcing agreements"};
  app.name("pactum");
  app.set_version_flag("--version", std::string("pactum ") + pactum::version + " (plugin API " +
                                        std::to_string(pactum::api_major) + "." +
                                        std::to_string(pactum::api_minor) + ", build " +
                                        std::string(pactum::build_id_text) + ")");
  app.add_option("--plugin", session.plugin_files,
                 "Load this plugin file too (repeatable); after the install's plugin folder and "
                 "PACTUM_PLUGIN_PATH")
      ->type_name("FILE");
  app.require_subcommand(1);
  app.footer("Exit status: 0 clean, 1 findings at or above --fail-on, 2 bad usage, unreadable "
             "input or a plugin that failed to load.\nRun 'pactum VERB --help' for a verb's "
             "options.");

  add_generate_command(app, session, status);
  add_check_command(app, session, status);
  add_extract_command(app, session, status);
  add_kt_command(app, session, status);
  add_rules_command(app, session, status);
  add_templates_command(app, session, status);
  add_plugins_command(app, session, status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e); // --help, --version
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_error;
  } catch (const std::exception& e) {
    std::cerr << "pactum: error: " << e.what() << '\n';
    return exit_error;
  }
  return std::max(status, session.floor_status());
}
