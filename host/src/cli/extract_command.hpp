#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum extract PATH…`: reads agreements nobody wrote with Pactum and prints what was read
// — Documents with their type, blocks and section numbers — as JSON (schemas/extract.schema.json).
void add_extract_command(CLI::App& app, Session& session, int& status);

} // namespace pactum::cli
