#include "cli/session.hpp"

#include <cstdlib>
#include <iostream>

#include "plugin_host/install_paths.hpp"
#include "plugin_host/plugin_sources.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::cli {

host::PluginHost& Session::plugins() {
  if (host_) {
    return *host_;
  }
  host_ = std::make_unique<host::PluginHost>(host::Vocabulary::load(host::schemas_dir()));
  const char* env = std::getenv("PACTUM_PLUGIN_PATH");
  host::load_plugins(*host_, env != nullptr ? env : "", plugin_files);
  for (const host::LoadError& error : host_->errors()) {
    std::cerr << error.message() << '\n';
    load_failed_ = true;
  }
  return *host_;
}

const host::Extractor& Session::extractor() {
  if (!extractor_) {
    extractor_ = std::make_unique<host::Extractor>(plugins().registry().pattern_packs(),
                                                   host::default_pattern_cache_dir());
  }
  return *extractor_;
}

} // namespace pactum::cli
