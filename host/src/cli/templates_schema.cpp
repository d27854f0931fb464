#include "cli/templates_schema.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "pactum/error.hpp"
#include "render/output_file.hpp"
#include "templates/deal_schema.hpp"
#include "templates/template.hpp"
#include "templates/template_catalog.hpp"

namespace pactum::cli {

int print_deal_schema(Session& session, const std::string& template_id,
                      const std::string& output_path) {
  try {
    const char* env = std::getenv("PACTUM_TEMPLATE_PATH");
    const auto folder =
        host::find_template(template_id, host::template_roots(env != nullptr ? env : ""),
                            std::filesystem::current_path());
    if (folder.empty()) {
      std::cerr << "pactum: error: no template '" << template_id
                << "' (see 'pactum templates list')\n";
      return exit_error;
    }
    const host::Template templ =
        host::Template::load(folder, session.plugins().registry().vocabulary());
    const std::string schema = host::deal_json_schema(templ);
    if (output_path.empty()) {
      std::cout << schema << std::flush;
    } else {
      host::write_file_atomically(output_path, schema);
    }
  } catch (const Error& e) {
    std::cerr << e.what() << '\n';
    return exit_error;
  }
  return exit_clean;
}

} // namespace pactum::cli
