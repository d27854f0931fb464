#include "templates/condition.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "templates/scalar_types.hpp"
#include "templates/yaml_reader.hpp"

namespace pactum::host {
namespace {

constexpr std::array<std::pair<std::string_view, Condition::Op>, 10> op_names{{
    {"all", Condition::Op::all},
    {"any", Condition::Op::any},
    {"not", Condition::Op::not_},
    {"set", Condition::Op::set},
    {"eq", Condition::Op::eq},
    {"in", Condition::Op::in},
    {"gt", Condition::Op::gt},
    {"ge", Condition::Op::ge},
    {"lt", Condition::Op::lt},
    {"le", Condition::Op::le},
}};

std::optional<std::string> canonical_operand(const Resolved& resolved, const std::string& raw) {
  ParamSpec spec;
  spec.type = resolved.type;
  if (resolved.type == ParamType::enumeration) {
    spec.type = ParamType::string_;
  }
  const auto value = canonicalize(spec, raw);
  return value ? std::optional<std::string>(value->value) : std::nullopt;
}

} // namespace

Condition parse_condition(const YAML::Node& node, std::string_view origin) {
  const YamlReader reader{std::string(origin)};
  if (!node.IsMap() || node.size() != 1) {
    reader.fail(node, "a condition is a map with one operator: all, any, not, set, eq, in, gt, "
                      "ge, lt, le");
  }
  const auto entry = *node.begin();
  const std::string name = entry.first.Scalar();
  const auto found = std::ranges::find_if(op_names, [&](const auto& p) { return p.first == name; });
  if (found == op_names.end()) {
    reader.fail(entry.first, "unknown condition operator '" + name + "'");
  }
  Condition condition;
  condition.op = found->second;
  condition.where = reader.position(node);
  const YAML::Node& argument = entry.second;
  switch (condition.op) {
  case Condition::Op::all:
  case Condition::Op::any:
    if (!argument.IsSequence() || argument.size() == 0) {
      reader.fail(argument, "'" + name + "' takes a non-empty list of conditions");
    }
    for (const auto& child : argument) {
      condition.children.push_back(parse_condition(child, origin));
    }
    break;
  case Condition::Op::not_:
    condition.children.push_back(parse_condition(argument, origin));
    break;
  case Condition::Op::set:
    condition.path = reader.scalar(argument, "the path of 'set'");
    break;
  case Condition::Op::in: {
    if (!argument.IsSequence() || argument.size() != 2 || !argument[1].IsSequence()) {
      reader.fail(argument, "'in' takes [PATH, [VALUE, ...]]");
    }
    condition.path = reader.scalar(argument[0], "the path of 'in'");
    for (const auto& value : argument[1]) {
      condition.operands.push_back(reader.scalar(value, "a value of 'in'"));
    }
    break;
  }
  default:
    if (!argument.IsSequence() || argument.size() != 2) {
      reader.fail(argument, "'" + name + "' takes [PATH, VALUE]");
    }
    condition.path = reader.scalar(argument[0], "the path of '" + name + "'");
    condition.operands.push_back(reader.scalar(argument[1], "the value of '" + name + "'"));
  }
  return condition;
}

bool evaluate(const Condition& condition, const PathResolver& resolve) {
  switch (condition.op) {
  case Condition::Op::all:
    return std::ranges::all_of(condition.children,
                               [&](const Condition& c) { return evaluate(c, resolve); });
  case Condition::Op::any:
    return std::ranges::any_of(condition.children,
                               [&](const Condition& c) { return evaluate(c, resolve); });
  case Condition::Op::not_:
    return !evaluate(condition.children.front(), resolve);
  default:
    break;
  }
  const Resolved resolved = resolve(condition.path);
  if (condition.op == Condition::Op::set) {
    if (!resolved.present || resolved.values.empty()) {
      return resolved.present && !resolved.is_list && resolved.type == ParamType::object;
    }
    return !(resolved.type == ParamType::boolean && resolved.values.front() == "false") &&
           !(resolved.values.size() == 1 && resolved.values.front().empty());
  }
  if (!resolved.present) {
    return false;
  }
  if (condition.op == Condition::Op::in) {
    return std::ranges::any_of(condition.operands, [&](const std::string& raw) {
      const auto operand = canonical_operand(resolved, raw);
      return operand && std::ranges::find(resolved.values, *operand) != resolved.values.end();
    });
  }
  if (resolved.is_list && condition.op != Condition::Op::eq) {
    // On a list, gt/ge/lt/le compare how many items it has: {gt: [languages, 1]}.
    std::size_t limit = 0;
    const std::string& raw = condition.operands.front();
    if (std::from_chars(raw.data(), raw.data() + raw.size(), limit).ec != std::errc()) {
      return false;
    }
    const std::size_t count = resolved.values.size();
    switch (condition.op) {
    case Condition::Op::gt:
      return count > limit;
    case Condition::Op::ge:
      return count >= limit;
    case Condition::Op::lt:
      return count < limit;
    case Condition::Op::le:
      return count <= limit;
    default:
      return false;
    }
  }
  const auto operand = canonical_operand(resolved, condition.operands.front());
  if (!operand || resolved.values.empty()) {
    return false;
  }
  if (condition.op == Condition::Op::eq) {
    return std::ranges::find(resolved.values, *operand) != resolved.values.end();
  }
  const auto order = compare_canonical(resolved.type, resolved.values.front(), *operand);
  if (!order) {
    return false;
  }
  switch (condition.op) {
  case Condition::Op::gt:
    return *order > 0;
  case Condition::Op::ge:
    return *order >= 0;
  case Condition::Op::lt:
    return *order < 0;
  case Condition::Op::le:
    return *order <= 0;
  default:
    return false;
  }
}

std::optional<bool> evaluate_known(const Condition& condition, const PathResolver& resolve) {
  switch (condition.op) {
  case Condition::Op::all: {
    bool undecided = false;
    for (const Condition& child : condition.children) {
      const auto value = evaluate_known(child, resolve);
      if (value == false) {
        return false;
      }
      undecided = undecided || !value;
    }
    return undecided ? std::nullopt : std::optional<bool>(true);
  }
  case Condition::Op::any: {
    bool undecided = false;
    for (const Condition& child : condition.children) {
      const auto value = evaluate_known(child, resolve);
      if (value == true) {
        return true;
      }
      undecided = undecided || !value;
    }
    return undecided ? std::nullopt : std::optional<bool>(false);
  }
  case Condition::Op::not_: {
    const auto value = evaluate_known(condition.children.front(), resolve);
    return value ? std::optional<bool>(!*value) : std::nullopt;
  }
  default:
    if (resolve(condition.path).unknown) {
      return std::nullopt;
    }
    return evaluate(condition, resolve);
  }
}

void for_each_path(const Condition& condition,
                   const std::function<void(const Condition& leaf)>& visit) {
  if (condition.children.empty()) {
    visit(condition);
    return;
  }
  for (const Condition& child : condition.children) {
    for_each_path(child, visit);
  }
}

} // namespace pactum::host
