#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "templates/template.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::test {

inline const host::Vocabulary& shipped_vocabulary() {
  static const host::Vocabulary vocabulary =
      host::Vocabulary::load(std::filesystem::path(PACTUM_SOURCE_DIR) / "schemas");
  return vocabulary;
}

// The real cs-outsourcing template from the source tree, loaded once.
inline const host::Template& cs_outsourcing() {
  static const host::Template templ = host::Template::load(
      std::filesystem::path(PACTUM_SOURCE_DIR) / "templates" / "cs-outsourcing",
      shipped_vocabulary());
  return templ;
}

inline std::string example_deal_path(const std::string& name) {
  return (std::filesystem::path(PACTUM_SOURCE_DIR) / "examples" / "deals" / name).string();
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

} // namespace pactum::test
