#include "plugin_host/plugin_host.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <cstring>
#include <sstream>

#include "pactum/error.hpp"
#include "pactum/plugin/descriptor.hpp"
#include "plugin_host/staging_registrar.hpp"

namespace pactum::host {
namespace {

constexpr const char* alias_name = "pactum_plugin_v1";
// Longest string we accept from a descriptor: a plugin's fields are short, and a corrupt
// pointer must not send us reading through memory.
constexpr std::size_t max_descriptor_string = 4096;

std::string hex(std::uint64_t value) {
  std::ostringstream out;
  out << "0x" << std::hex << value;
  return out.str();
}

std::string first_line(std::string text) {
  const auto newline = text.find('\n');
  if (newline != std::string::npos) {
    text.resize(newline);
  }
  return text;
}

std::string safe_string(const char* text) {
  if (text == nullptr) {
    return {};
  }
  return std::string(text, strnlen(text, max_descriptor_string));
}

std::string api_text(std::uint32_t major, std::uint32_t minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

// The descriptor checks, in order; an empty result means the plugin fits this host.
std::string check_descriptor(const PluginDescriptor& d) {
  if (d.magic != descriptor_magic) {
    return std::string("not a Pactum plugin: '") + alias_name +
           "' does not point at a plugin descriptor";
  }
  const std::string host_api = api_text(api_major, api_minor);
  if (d.api_major != api_major) {
    return "built for plugin API " + api_text(d.api_major, d.api_minor) + ", this pactum has API " +
           host_api + " (major versions differ)";
  }
  if (d.api_minor > api_minor) {
    return "built for plugin API " + api_text(d.api_major, d.api_minor) +
           ", newer than this pactum's API " + host_api;
  }
  if (d.build_id != build_id) {
    return "build id " + hex(d.build_id) + " (" + safe_string(d.build_id_text) +
           ") differs from this pactum's " + hex(build_id) + " (" + std::string(build_id_text) +
           "); rebuild the plugin against this SDK";
  }
  const std::string name = safe_string(d.name);
  if (name.empty() || !std::ranges::all_of(name, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      })) {
    return "plugin name '" + name + "' is not lower kebab case";
  }
  if (d.prefixes == nullptr || d.prefixes[0] == nullptr) {
    return "plugin '" + name + "' declares no rule-id prefixes";
  }
  if (d.register_plugin == nullptr) {
    return "plugin '" + name + "' has no register function";
  }
  return {};
}

} // namespace

const PluginRecord* PluginHost::find(std::string_view name) const {
  const auto found =
      std::ranges::find_if(plugins_, [name](const PluginRecord& p) { return p.name == name; });
  return found == plugins_.end() ? nullptr : &*found;
}

bool PluginHost::fail(const std::filesystem::path& file, std::string reason) {
  errors_.push_back({file, std::move(reason)});
  return false;
}

bool PluginHost::load_file(const std::filesystem::path& file) {
  std::error_code ec;
  const auto canonical = std::filesystem::canonical(file, ec);
  if (ec) {
    return fail(file, "cannot open plugin: " + ec.message());
  }
  if (!std::filesystem::is_regular_file(canonical, ec)) {
    return fail(file, "not a shared library: not a regular file");
  }
  // The same file reached twice (install folder and PACTUM_PLUGIN_PATH) is one plugin.
  if (std::ranges::any_of(plugins_, [&](const PluginRecord& p) { return p.file == canonical; })) {
    return true;
  }

  // RTLD_NOW: unresolved symbols fail here, not at the first call. RTLD_LOCAL: plugins do not
  // see each other's symbols. RTLD_NODELETE: the code stays mapped for the life of the process.
  const auto mode = static_cast<boost::dll::load_mode::type>(RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  boost::dll::shared_library library;
  library.load(canonical, ec, mode);
  if (ec) {
    // Boost.DLL reports every dlopen failure as one errno; dlerror() still has the reason.
    const char* detail = dlerror();
    std::string reason = first_line(detail != nullptr ? detail : ec.message());
    if (const std::string path_prefix = canonical.string() + ": ";
        reason.starts_with(path_prefix)) {
      reason.erase(0, path_prefix.size());
    }
    return fail(file, "not a loadable shared library: " + reason);
  }
  if (!library.has(alias_name)) {
    return fail(file, std::string("not a Pactum plugin: it exports no ") + alias_name);
  }
  // The alias is a pointer-sized variable holding the descriptor's address.
  const PluginDescriptor* descriptor = library.get<const PluginDescriptor*>(alias_name);
  if (descriptor == nullptr) {
    return fail(file, std::string("not a Pactum plugin: ") + alias_name + " is null");
  }
  if (std::string reason = check_descriptor(*descriptor); !reason.empty()) {
    return fail(file, std::move(reason));
  }

  PluginRecord record;
  record.name = safe_string(descriptor->name);
  record.version = safe_string(descriptor->version);
  record.description = safe_string(descriptor->description);
  record.license = safe_string(descriptor->license);
  for (const char* const* prefix = descriptor->prefixes; *prefix != nullptr; ++prefix) {
    record.prefixes.push_back(safe_string(*prefix));
  }
  record.file = canonical;
  record.api_major = descriptor->api_major;
  record.api_minor = descriptor->api_minor;
  record.build_id = descriptor->build_id;
  record.build_id_text = safe_string(descriptor->build_id_text);

  if (const PluginRecord* other = find(record.name)) {
    return fail(file,
                "plugin '" + record.name + "' is already loaded from " + other->file.string());
  }

  StagingRegistrar staging(record.name);
  try {
    descriptor->register_plugin(staging);
  } catch (const std::exception& e) {
    return fail(file, "plugin '" + record.name + "': register threw: " + first_line(e.what()) +
                          "; nothing it registered was kept");
  } catch (...) {
    return fail(file, "plugin '" + record.name +
                          "': register threw a non-standard exception; nothing it registered "
                          "was kept");
  }
  try {
    registry_.commit(std::move(staging).take(), {record.name, record.prefixes});
  } catch (const Error& e) {
    return fail(file,
                "plugin '" + record.name + "': " + e.what() + "; nothing it registered was kept");
  }

  libraries_.push_back(std::move(library));
  plugins_.push_back(std::move(record));
  return true;
}

void PluginHost::load_directory(const std::filesystem::path& folder) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    return;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() == ".so") {
      files.push_back(entry.path());
    }
  }
  if (ec) {
    fail(folder, "cannot list plugin folder: " + ec.message());
  }
  std::ranges::sort(files);
  for (const auto& file : files) {
    load_file(file);
  }
}

} // namespace pactum::host
