#pragma once

#include <CLI/App.hpp>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum templates list` and `pactum templates show ID`.
void add_templates_command(CLI::App& app, Session& session, int& status);

} // namespace pactum::cli
