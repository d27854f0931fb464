#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactum/model/source_span.hpp"

namespace pactum::host {

// A deal value after validation: scalars in canonical form ("P90D", "0.15", "GBP 250000.00",
// "true"), lists, and objects whose fields keep the template's order. Plain data, no YAML
// nodes, so it can be shared between threads.
struct Value {
  enum class Kind { absent, scalar, list, object };
  Kind kind = Kind::absent;
  std::string scalar;
  bool business_days = false; // for durations written as "10 business days"
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> fields;
  FilePosition where; // where the deal wrote it; empty file for defaults

  // Declared here, the destructor defined after the class: with an implicit one, Clang 14 with
  // libstdc++ 12 cannot instantiate std::pair<std::string, Value> (a recursive type) at all.
  Value() = default;
  Value(const Value&) = default;
  Value(Value&&) noexcept = default;
  Value& operator=(const Value&) = default;
  Value& operator=(Value&&) noexcept = default;
  ~Value();

  bool present() const { return kind != Kind::absent; }
  const Value* field(std::string_view name) const {
    for (const auto& [key, value] : fields) {
      if (key == name) {
        return &value;
      }
    }
    return nullptr;
  }
  // Follows a dotted path through objects ("pilot.duration"); nullptr where it leads nowhere.
  const Value* at(std::string_view path) const {
    const Value* node = this;
    while (node != nullptr && !path.empty()) {
      const auto dot = path.find('.');
      node = node->field(path.substr(0, dot));
      path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    }
    return node;
  }
};

inline Value::~Value() = default;

} // namespace pactum::host
