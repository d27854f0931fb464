#pragma once

#include <CLI/App.hpp>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum generate DEAL [--format md,xml] [-o DIR] [--lang LANG]`.
void add_generate_command(CLI::App& app, Session& session, int& status);

} // namespace pactum::cli
