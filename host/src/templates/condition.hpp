#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "pactum/model/source_span.hpp"
#include "templates/parameter_spec.hpp"

namespace pactum::host {

// A `when` condition, as data: {all: […]}, {any: […]}, {not: …}, {set: PATH},
// {eq: [PATH, V]}, {in: [PATH, [V…]]}, {gt|ge|lt|le: [PATH, V]}.
struct Condition {
  enum class Op { all, any, not_, set, eq, in, gt, ge, lt, le };
  Op op = Op::set;
  std::vector<Condition> children;
  std::string path;
  std::vector<std::string> operands; // as written; canonicalised against the path's type
  FilePosition where;
};

// What a path resolves to when a condition is evaluated.
struct Resolved {
  bool present = false;
  ParamType type = ParamType::string_;
  std::vector<std::string> values; // one for scalars; the items for lists
  bool is_list = false;
  bool unknown = false; // a fact nobody knows: the condition cannot be decided on it
};

using PathResolver = std::function<Resolved(std::string_view path)>;

// Throws pactum::Error "file:line:column: error: …" for a malformed condition.
Condition parse_condition(const YAML::Node& node, std::string_view origin);
bool evaluate(const Condition& condition, const PathResolver& resolve);
// Three-valued: nullopt when the result depends on a path that resolves as unknown.
std::optional<bool> evaluate_known(const Condition& condition, const PathResolver& resolve);
void for_each_path(const Condition& condition,
                   const std::function<void(const Condition& leaf)>& visit);

} // namespace pactum::host
