#pragma once

#include <CLI/App.hpp>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum plugins list` and `pactum plugins info NAME`. Sets `status` when the verb ran.
void add_plugins_command(CLI::App& app, Session& session, int& status);

} // namespace pactum::cli
