#pragma once

#include <cstdint>

#include "pactum/api_version.hpp"
#include "pactum/build_id.hpp"

namespace pactum {

class Registrar;

inline constexpr std::uint32_t descriptor_magic = 0x50414354; // "PACT"

// What a plugin exports under the alias `pactum_plugin_v1`: plain, constant-initialised data that
// the host reads and checks before it calls anything in the plugin.
//
// Layout rule: `magic`, `api_major`, `api_minor`, `build_id` and `build_id_text` keep their
// place in every API version, so a host can always read them and refuse a plugin it cannot use.
// All strings are static, NUL-terminated UTF-8 owned by the plugin's library.
struct PluginDescriptor {
  std::uint32_t magic;
  std::uint32_t api_major;
  std::uint32_t api_minor;
  std::uint64_t build_id;
  const char* build_id_text;
  const char* name;            // lower kebab case: "core", "eu-gdpr"
  const char* version;         // the plugin's own version: "0.1.0"
  const char* description;     // one line
  const char* license;         // SPDX id: "Apache-2.0"
  const char* const* prefixes; // rule-id prefixes it owns, nullptr-terminated: {"gdpr", nullptr}
  void (*register_plugin)(Registrar& registrar);
};

// What a plugin author fills in; PACTUM_PLUGIN adds the version and build fields.
struct PluginInfo {
  const char* name;
  const char* version;
  const char* description;
  const char* license;
  const char* const* prefixes;
  void (*register_plugin)(Registrar& registrar);
};

constexpr PluginDescriptor make_descriptor(const PluginInfo& info) noexcept {
  return PluginDescriptor{descriptor_magic, PACTUM_API_MAJOR,     PACTUM_API_MINOR,
                          build_id,         PACTUM_BUILD_ID_TEXT, info.name,
                          info.version,     info.description,     info.license,
                          info.prefixes,    info.register_plugin};
}

} // namespace pactum
