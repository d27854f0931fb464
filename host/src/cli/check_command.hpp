#pragma once

#include <CLI/App.hpp>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum check PATH... [--format …] [-o FILE] [--fail-on …] [--side …] [--jurisdiction …]
// [--as-of DATE] [--playbook FILE] [--min-confidence X] [--jobs N]`.
void add_check_command(CLI::App& app, Session& session, int& status);

} // namespace pactum::cli
