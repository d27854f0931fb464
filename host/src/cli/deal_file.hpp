#pragma once

#include <optional>
#include <string>

#include "cli/session.hpp"
#include "templates/deal.hpp"
#include "templates/template.hpp"

namespace pactum::cli {

struct DealFile {
  host::Template templ;
  host::Deal deal;
};

// Reads a deal file, finds and loads the template it names and checks the deal against it.
// Reports every error on stderr (one line each, file:line:column) and returns nullopt.
std::optional<DealFile> load_deal_file(Session& session, const std::string& path);

} // namespace pactum::cli
