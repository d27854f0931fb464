#pragma once

#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "pactum/error.hpp"
#include "pactum/model/source_span.hpp"
#include "yaml/yaml_location.hpp"

namespace pactum::host {

// Small helpers for reading template files strictly: every error is a pactum::Error that reads
// "file:line:column: error: message".
struct YamlReader {
  std::string origin;

  [[noreturn]] void fail(const YAML::Node& at, std::string_view message) const {
    // A missing key yields an invalid node that has no position; say the file at least.
    throw Error(located(origin, at.IsDefined() ? at.Mark() : YAML::Mark::null_mark(), message));
  }
  // Parses a document this reader names; a syntax error is located like every other error.
  YAML::Node load(const std::string& yaml) const {
    try {
      return YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
      throw Error(located(origin, e.mark, e.msg));
    }
  }
  FilePosition position(const YAML::Node& at) const {
    const YAML::Mark mark = at.Mark();
    if (mark.is_null()) {
      return {origin, 0, 0};
    }
    return {origin, static_cast<std::size_t>(mark.line) + 1,
            static_cast<std::size_t>(mark.column) + 1};
  }
  // The value of `key` in `map`, reported at the map when it is missing.
  std::string required(const YAML::Node& map, const char* key, std::string_view what) const {
    if (!map[key]) {
      fail(map, std::string(what) + ": missing '" + key + "'");
    }
    return scalar(map[key], what);
  }
  std::string scalar(const YAML::Node& node, std::string_view what) const {
    if (!node || !node.IsScalar()) {
      fail(node, std::string(what) + " must be a single value");
    }
    return node.Scalar();
  }
  // Refuses keys outside `allowed` so that a typo in a template is an error, not a no-op.
  template <std::size_t N>
  void only_keys(const YAML::Node& map, const std::string_view (&allowed)[N],
                 std::string_view what) const {
    if (!map.IsMap()) {
      fail(map, std::string(what) + " must be a map");
    }
    for (const auto& entry : map) {
      const std::string key = entry.first.Scalar();
      bool known = false;
      for (const std::string_view a : allowed) {
        known = known || a == key;
      }
      if (!known) {
        fail(entry.first, "unknown key '" + key + "' in " + std::string(what));
      }
    }
  }
};

} // namespace pactum::host
