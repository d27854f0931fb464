#include "readers/document_readers.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <new>
#include <system_error>

#include "pactum/error.hpp"
#include "readers/docx_reader.hpp"
#include "readers/input_files.hpp"
#include "readers/text_reader.hpp"

namespace pactum::host {
namespace {

enum class BuiltIn { none, text, markdown, docx };

BuiltIn built_in(const std::filesystem::path& path) {
  const std::string extension = lower_extension(path);
  if (extension == ".txt" || extension == ".text") {
    return BuiltIn::text;
  }
  if (extension == ".md" || extension == ".markdown") {
    return BuiltIn::markdown;
  }
  if (extension == ".docx") {
    return BuiltIn::docx;
  }
  return BuiltIn::none;
}

} // namespace

DocumentReaders::DocumentReaders(const Registry& registry) : registry_(registry) {}

bool DocumentReaders::reads(const std::filesystem::path& path) const {
  if (built_in(path) != BuiltIn::none) {
    return true;
  }
  const std::string extension = lower_extension(path);
  return std::ranges::any_of(registry_.readers(), [&](const ReaderEntry& entry) {
    return std::ranges::find(entry.info.extensions, extension) != entry.info.extensions.end();
  });
}

std::string DocumentReaders::extension_list() const {
  std::vector<std::string> extensions = {".docx", ".markdown", ".md", ".text", ".txt"};
  for (const ReaderEntry& entry : registry_.readers()) {
    extensions.insert(extensions.end(), entry.info.extensions.begin(), entry.info.extensions.end());
  }
  std::ranges::sort(extensions);
  extensions.erase(std::unique(extensions.begin(), extensions.end()), extensions.end());
  std::string list;
  for (const std::string& extension : extensions) {
    list += (list.empty() ? "" : ", ") + extension;
  }
  return list;
}

std::uintmax_t DocumentReaders::size_limit(const std::filesystem::path& path) const {
  switch (built_in(path)) {
  case BuiltIn::text:
  case BuiltIn::markdown:
    return max_text_bytes;
  case BuiltIn::docx:
  case BuiltIn::none:
    break;
  }
  return max_docx_bytes;
}

Document DocumentReaders::read(const std::filesystem::path& path,
                               std::span<const std::byte> bytes) const {
  const std::string name = path.string();
  switch (built_in(path)) {
  case BuiltIn::text:
    return read_text_document(bytes, name, false);
  case BuiltIn::markdown:
    return read_text_document(bytes, name, true);
  case BuiltIn::docx:
    return read_docx_document(bytes, name);
  case BuiltIn::none:
    break;
  }
  const std::string extension = lower_extension(path);
  for (const ReaderEntry& entry : registry_.readers()) {
    if (std::ranges::find(entry.info.extensions, extension) == entry.info.extensions.end()) {
      continue;
    }
    try {
      Document document = entry.factory()->read(bytes, name);
      document.source_file = name;
      if (document.id.empty()) {
        document.id = name;
      }
      return document;
    } catch (const Error&) {
      throw;
    } catch (const std::exception& e) {
      throw Error(name + ": error: reader " + entry.info.id + " of plugin " + entry.plugin +
                  " failed: " + e.what());
    }
  }
  throw Error(name + ": error: no reader for '" + extension + "' files");
}

std::string read_input_file(const std::filesystem::path& path, std::uintmax_t limit) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    throw Error(path.string() + ": error: cannot read: " + ec.message());
  }
  if (size > limit) {
    throw Error(path.string() + ": error: the file is " + std::to_string(size) +
                " bytes; files of this kind are limited to " + std::to_string(limit));
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    throw Error(path.string() + ": error: cannot read the file");
  }
  return bytes;
}

} // namespace pactum::host
