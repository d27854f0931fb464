#pragma once

#include <string_view>
#include <vector>

#include "pactum/plugin/extension_data.hpp"
#include "templates/template.hpp"

namespace pactum::host {

// Parses a plugin's clause library (YAML text) into plain clause templates, checking kinds,
// slots, conditions and Mustache names (terms.NAME and facts.NAME only — never one template's
// parameters). Throws pactum::Error "origin:line:column: error: …".
std::vector<ClauseTemplate> parse_clause_library(const YamlDocument& library,
                                                 std::string_view plugin,
                                                 const Vocabulary& vocabulary);

} // namespace pactum::host
