#pragma once

#include <string>

#include "cli/session.hpp"

namespace pactum::cli {

// `pactum templates schema ID [-o FILE]`: the JSON Schema for deal files of template ID (an id
// found in the template roots, or a folder path), written atomically to `output_path`, or to
// stdout when it is empty. Returns exit_clean, or exit_error after a message on stderr.
int print_deal_schema(Session& session, const std::string& template_id,
                      const std::string& output_path);

} // namespace pactum::cli
