#pragma once

#include <CLI/App.hpp>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum kt generate DEAL [--lang …] [--format yaml,md,html,csv,docx] [-o DIR]` and
// `pactum kt status PLAN.yaml [--as-of DATE] [--format text|json|html] [-o FILE]`.
void add_kt_command(CLI::App& app, Session& session, int& status);

} // namespace pactum::cli
