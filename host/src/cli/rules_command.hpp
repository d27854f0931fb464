#pragma once

#include <CLI/App.hpp>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum rules list [--plugin P] [--format table|json]` and `pactum rules explain ID`.
void add_rules_command(CLI::App& app, Session& session, int& status);

} // namespace pactum::cli
