#include "templates/deal.hpp"

#include <algorithm>
#include <set>

#include "templates/scalar_types.hpp"
#include "templates/template.hpp"
#include "text/utf8.hpp"

namespace pactum::host {
namespace {

// Keys a deal may carry besides the parameters: its template, and waivers for `pactum check`.
constexpr std::string_view reserved_keys[] = {"template", "waivers"};

FilePosition position_of(const YAML::Node& node, std::string_view origin) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return {std::string(origin), 0, 0};
  }
  return {std::string(origin), static_cast<std::size_t>(mark.line) + 1,
          static_cast<std::size_t>(mark.column) + 1};
}

std::string found_text(const YAML::Node& node) {
  if (!node || node.IsNull()) {
    return "nothing";
  }
  if (node.IsMap()) {
    return "a map";
  }
  if (node.IsSequence()) {
    return "a list";
  }
  std::string text = node.Scalar();
  if (text.size() > 60) {
    text = text.substr(0, 57) + "...";
  }
  return "\"" + text + "\"";
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string suggestion(std::string_view key, const ParamSpec& spec) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& field : spec.fields) {
    const std::size_t d = edit_distance(key, field->name);
    if (d < best_distance) {
      best_distance = d;
      best = field->name;
    }
  }
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

std::string joined_path(const std::string& parent, std::string_view child) {
  return parent.empty() ? std::string(child) : parent + "." + std::string(child);
}

int depth_of(const YAML::Node& node, int limit) {
  if (limit <= 0) {
    return 0;
  }
  int deepest = 0;
  if (node.IsMap()) {
    for (const auto& entry : node) {
      deepest = std::max(deepest, depth_of(entry.second, limit - 1));
    }
  } else if (node.IsSequence()) {
    for (const auto& item : node) {
      deepest = std::max(deepest, depth_of(item, limit - 1));
    }
  }
  return deepest + 1;
}

// Nodes (keys included) as the validator would visit them, an alias counted at each use. Stops
// counting once past `budget`, so an alias bomb costs no more than `budget` steps.
std::size_t nodes_of(const YAML::Node& node, std::size_t budget) {
  std::size_t count = 1;
  if (node.IsMap()) {
    for (const auto& entry : node) {
      if (count > budget) {
        break;
      }
      count += 1 + nodes_of(entry.second, budget - count);
    }
  } else if (node.IsSequence()) {
    for (const auto& item : node) {
      if (count > budget) {
        break;
      }
      count += nodes_of(item, budget - count);
    }
  }
  return count;
}

// Why `text` cannot be a value of an agreement, or nullopt: every value may end up in the XML
// output, which must be UTF-8 without the control characters XML 1.0 cannot carry. YAML escapes
// ("\x01", "\uFFFF") and raw bytes reach here unchecked.
std::optional<std::string> unprintable(std::string_view text) {
  return unusable_in_xml(text);
}

void check_bounds(const ParamSpec& spec, const Value& value, const std::string& path,
                  const YAML::Node& node, std::string_view origin, std::vector<DealError>& errors) {
  const auto out = [&](const std::string& bound, std::string_view word) {
    errors.push_back({position_of(node, origin), path + ": expected " + std::string(word) + " " +
                                                     bound + ", found \"" + node.Scalar() + "\""});
  };
  if (spec.min) {
    const auto order = compare_canonical(spec.type, value.scalar, *spec.min);
    if (order && *order < 0) {
      out(*spec.min, "at least");
      return;
    }
  }
  if (spec.max) {
    const auto order = compare_canonical(spec.type, value.scalar, *spec.max);
    if (order && *order > 0) {
      out(*spec.max, "at most");
    }
  }
}

} // namespace

std::string DealError::line() const {
  std::string out = where.file;
  if (where.line > 0) {
    out += ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
  }
  return out + ": error: " + message;
}

Value validate_value(const ParamSpec& spec, const YAML::Node& node, const std::string& path,
                     std::string_view origin, std::vector<DealError>& errors) {
  if (!node || node.IsNull()) {
    if (spec.default_yaml) {
      // Defaults are validated at template load; here they only need filling in.
      std::vector<DealError> ignored;
      Value value = validate_value(spec, YAML::Load(*spec.default_yaml), path, "", ignored);
      value.where = {};
      return value;
    }
    if (spec.required) {
      errors.push_back({position_of(node, origin),
                        path + ": missing required parameter (" + expected_text(spec) +
                            (spec.help.empty() ? "" : "; " + spec.help) + ")"});
    }
    return {};
  }
  Value value;
  value.where = position_of(node, origin);
  switch (spec.type) {
  case ParamType::object: {
    value.kind = Value::Kind::object;
    if (!node.IsMap()) {
      errors.push_back(
          {value.where, path + ": expected a map of fields, found " + found_text(node)});
      return {};
    }
    std::set<std::string> seen;
    for (const auto& entry : node) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
      if (!seen.insert(key).second) {
        errors.push_back(
            {position_of(entry.first, origin), "duplicate key '" + joined_path(path, key) + "'"});
        continue;
      }
      const bool reserved =
          path.empty() && std::ranges::find(reserved_keys, key) != std::end(reserved_keys);
      if (!reserved && spec.field(key) == nullptr) {
        errors.push_back(
            {position_of(entry.first, origin),
             "unknown parameter '" + joined_path(path, key) + "'" + suggestion(key, spec)});
      }
    }
    for (const auto& field : spec.fields) {
      // The first occurrence wins for duplicates; the duplicate was reported above. (Held in an
      // optional: assigning to a yaml-cpp node would write through to the node it refers to.)
      std::optional<YAML::Node> child;
      for (const auto& entry : node) {
        if (entry.first.IsScalar() && entry.first.Scalar() == field->name) {
          child.emplace(entry.second);
          break;
        }
      }
      if (!child) {
        // A missing field is reported at the map that lacks it.
        const std::size_t before = errors.size();
        Value inner =
            validate_value(*field, YAML::Node(), joined_path(path, field->name), origin, errors);
        if (errors.size() > before) {
          errors.back().where = value.where;
        }
        value.fields.emplace_back(field->name, std::move(inner));
        continue;
      }
      value.fields.emplace_back(
          field->name,
          validate_value(*field, *child, joined_path(path, field->name), origin, errors));
    }
    return value;
  }
  case ParamType::list: {
    value.kind = Value::Kind::list;
    if (!node.IsSequence()) {
      errors.push_back({value.where, path + ": expected a list, found " + found_text(node)});
      return {};
    }
    if (spec.min_items && node.size() < *spec.min_items) {
      errors.push_back({value.where, path + ": expected at least " +
                                         std::to_string(*spec.min_items) + " item(s), found " +
                                         std::to_string(node.size())});
    }
    if (spec.max_items && node.size() > *spec.max_items) {
      errors.push_back({value.where, path + ": expected at most " +
                                         std::to_string(*spec.max_items) + " item(s), found " +
                                         std::to_string(node.size())});
    }
    if (node.size() > max_list_items) {
      errors.push_back({value.where, path + ": expected at most " + std::to_string(max_list_items) +
                                         " items (the limit for any list), found " +
                                         std::to_string(node.size())});
      return {};
    }
    std::size_t index = 0;
    for (const auto& item : node) {
      value.items.push_back(validate_value(
          *spec.items, item, path + "[" + std::to_string(index++) + "]", origin, errors));
    }
    return value;
  }
  default:
    break;
  }
  if (!node.IsScalar()) {
    errors.push_back(
        {value.where, path + ": expected " + expected_text(spec) + ", found " + found_text(node)});
    return {};
  }
  if (const auto problem = unprintable(node.Scalar())) {
    errors.push_back({value.where, path + ": " + *problem});
    return {};
  }
  const auto canonical = canonicalize(spec, node.Scalar());
  if (!canonical) {
    errors.push_back(
        {value.where, path + ": expected " + expected_text(spec) + ", found " + found_text(node)});
    return {};
  }
  value.kind = Value::Kind::scalar;
  value.scalar = canonical->value;
  value.business_days = canonical->business_days;
  check_bounds(spec, value, path, node, origin, errors);
  return value;
}

namespace {

// The deal's YAML root, or nullopt with an error for text that is too large or not YAML.
std::optional<YAML::Node> parse_root(std::string_view text, std::string_view origin,
                                     std::vector<DealError>& errors) {
  if (text.size() > max_deal_bytes) {
    errors.push_back({{std::string(origin), 0, 0},
                      "the deal file is " + std::to_string(text.size()) +
                          " bytes; deal files are limited to " + std::to_string(max_deal_bytes)});
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    FilePosition where{std::string(origin), 0, 0};
    if (!e.mark.is_null()) {
      where.line = static_cast<std::size_t>(e.mark.line) + 1;
      where.column = static_cast<std::size_t>(e.mark.column) + 1;
    }
    errors.push_back({where, "not valid YAML: " + e.msg});
    return std::nullopt;
  }
  if (!root.IsMap()) {
    errors.push_back({position_of(root, origin),
                      "a deal file is a map of parameters, found " + found_text(root)});
    return std::nullopt;
  }
  return root;
}

std::optional<std::string> template_of(const YAML::Node& root, std::string_view origin,
                                       std::vector<DealError>& errors) {
  const YAML::Node ref = root["template"];
  if (!ref || !ref.IsScalar() || ref.Scalar().empty()) {
    errors.push_back({position_of(root, origin),
                      "template: missing: the deal must name its template (template: "
                      "cs-outsourcing)"});
    return std::nullopt;
  }
  return ref.Scalar();
}

} // namespace

std::optional<std::string> read_template_ref(std::string_view text, std::string_view origin,
                                             std::vector<DealError>& errors) {
  const auto root = parse_root(text, origin, errors);
  return root ? template_of(*root, origin, errors) : std::nullopt;
}

DealLoad load_deal(std::string_view text, std::string_view origin, const Template& templ) {
  DealLoad result;
  const auto parsed = parse_root(text, origin, result.errors);
  if (!parsed) {
    return result;
  }
  const YAML::Node& root = *parsed;
  const auto ref = template_of(root, origin, result.errors);
  if (!ref) {
    return result;
  }
  if (nodes_of(root, max_deal_nodes) > max_deal_nodes) {
    result.errors.push_back(
        {position_of(root, origin), "the deal has more than " + std::to_string(max_deal_nodes) +
                                        " values and keys (an alias counts at each use)"});
    return result;
  }
  if (depth_of(root, max_deal_depth + 1) > max_deal_depth) {
    result.errors.push_back(
        {position_of(root, origin),
         "the deal nests deeper than " + std::to_string(max_deal_depth) + " levels"});
    return result;
  }
  if (*ref != templ.id) {
    result.errors.push_back({position_of(root["template"], origin),
                             "template: expected '" + templ.id + "', found \"" + *ref + "\""});
    return result;
  }
  Deal deal;
  deal.file = std::string(origin);
  deal.template_ref = *ref;
  deal.values = validate_value(templ.parameters, root, "", origin, result.errors);
  if (const Value* languages = deal.values.field("languages")) {
    for (const Value& language : languages->items) {
      deal.languages.push_back(language.scalar);
    }
  }
  if (deal.languages.empty()) {
    deal.languages.push_back("en");
  }
  std::ranges::stable_sort(result.errors, [](const DealError& a, const DealError& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  if (result.errors.empty()) {
    result.deal = std::move(deal);
  }
  return result;
}

} // namespace pactum::host
