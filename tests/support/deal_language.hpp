#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pactum::test {

// The first (prevailing) language an example deal lists in `languages: [xx, …]`, so a test can
// generate the deal in that one language and get one monolingual set.
inline std::string first_language(const std::filesystem::path& deal) {
  std::ifstream in(deal);
  std::ostringstream text;
  text << in.rdbuf();
  const std::string content = text.str();
  const auto at = content.find("\nlanguages: [");
  if (at == std::string::npos) {
    return "en";
  }
  const auto start = at + 13;
  return content.substr(start, content.find_first_of(",]", start) - start);
}

} // namespace pactum::test
