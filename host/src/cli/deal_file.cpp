#include "cli/deal_file.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "templates/template_catalog.hpp"

namespace pactum::cli {
namespace {

std::optional<std::string> read_deal_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": error: cannot read the deal file\n";
    return std::nullopt;
  }
  std::string text;
  text.resize(host::max_deal_bytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

} // namespace

std::optional<DealFile> load_deal_file(Session& session, const std::string& path) {
  const auto text = read_deal_text(path);
  if (!text) {
    return std::nullopt;
  }
  std::vector<host::DealError> errors;
  const auto ref = host::read_template_ref(*text, path, errors);
  if (!ref) {
    for (const auto& error : errors) {
      std::cerr << error.line() << '\n';
    }
    return std::nullopt;
  }
  const host::PluginHost& plugins = session.plugins();
  const char* env = std::getenv("PACTUM_TEMPLATE_PATH");
  const auto folder = host::find_template(*ref, host::template_roots(env != nullptr ? env : ""),
                                          std::filesystem::path(path).parent_path());
  if (folder.empty()) {
    std::cerr << path << ": error: template '" << *ref
              << "' not found (see 'pactum templates list')\n";
    return std::nullopt;
  }
  host::Template templ = host::Template::load(folder, plugins.registry().vocabulary());
  host::DealLoad loaded = host::load_deal(*text, path, templ);
  if (!loaded.deal) {
    for (const auto& error : loaded.errors) {
      std::cerr << error.line() << '\n';
    }
    std::cerr << path << ": " << loaded.errors.size() << " error(s); nothing was generated\n";
    return std::nullopt;
  }
  return DealFile{std::move(templ), std::move(*loaded.deal)};
}

} // namespace pactum::cli
