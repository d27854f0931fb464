#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "templates/parameter_spec.hpp"
#include "templates/value.hpp"

namespace pactum::host {

struct Template;

// One problem with a deal: where, and what — the parameter, what was expected, what was found.
struct DealError {
  FilePosition where;
  std::string message;

  std::string line() const; // "deal.yaml:12:5: error: pilot.duration: expected …, found …"
};

// A deal validated against its template: every value canonical, every default filled in.
struct Deal {
  std::string file;
  std::string template_ref;
  Value values; // the root object
  std::vector<std::string> languages;
};

struct DealLoad {
  std::optional<Deal> deal;
  std::vector<DealError> errors; // all of them, in file order; empty when deal is set
};

// Reads the template a deal names (its `template:` key) without validating anything else.
// Returns nullopt with an error when the text is not YAML or names no template.
std::optional<std::string> read_template_ref(std::string_view text, std::string_view origin,
                                             std::vector<DealError>& errors);

// Parses and validates a deal against a template. Never throws for bad input: every problem
// is collected, so a drafter sees all of them at once.
DealLoad load_deal(std::string_view text, std::string_view origin, const Template& templ);

// Validates one YAML value against one parameter spec; `path` names it in messages. Missing
// values (null node) take the default, or are an error when required.
Value validate_value(const ParamSpec& spec, const YAML::Node& node, const std::string& path,
                     std::string_view origin, std::vector<DealError>& errors);

// Upper bound on a deal file's size: a deal is a page of YAML; anything far larger is a mistake
// or an attack on the parser.
inline constexpr std::size_t max_deal_bytes = 1 << 20;
// Upper bound on YAML nesting: yaml-cpp recurses per level.
inline constexpr int max_deal_depth = 64;
// Upper bound on YAML nodes, an alias counted at each use: a real deal has a few hundred, and
// aliases can repeat a subtree exponentially ("billion laughs") in a few hundred bytes.
inline constexpr std::size_t max_deal_nodes = 2500;
// Upper bound on the items of any list, whatever the template allows: generating a table costs
// its rows times the size of the whole deal.
inline constexpr std::size_t max_list_items = 100;

} // namespace pactum::host
