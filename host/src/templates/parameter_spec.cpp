#include "templates/parameter_spec.hpp"

#include <array>
#include <utility>

namespace pactum::host {
namespace {

constexpr std::array<std::pair<ParamType, std::string_view>, 15> type_names{{
    {ParamType::string_, "string"},
    {ParamType::integer, "integer"},
    {ParamType::decimal, "decimal"},
    {ParamType::percent, "percent"},
    {ParamType::money, "money"},
    {ParamType::duration, "duration"},
    {ParamType::date, "date"},
    {ParamType::enumeration, "enum"},
    {ParamType::country, "country"},
    {ParamType::jurisdiction, "jurisdiction"},
    {ParamType::currency, "currency"},
    {ParamType::boolean, "boolean"},
    {ParamType::kpi_target, "kpi_target"},
    {ParamType::list, "list"},
    {ParamType::object, "object"},
}};

} // namespace

std::string_view to_string(ParamType type) {
  for (const auto& [t, name] : type_names) {
    if (t == type) {
      return name;
    }
  }
  return "unknown";
}

std::optional<ParamType> parse_param_type(std::string_view text) {
  for (const auto& [t, name] : type_names) {
    if (name == text) {
      return t;
    }
  }
  return std::nullopt;
}

const ParamSpec* ParamSpec::at(std::string_view path) const {
  const ParamSpec* node = this;
  while (node != nullptr && !path.empty()) {
    const auto dot = path.find('.');
    node = node->field(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
  }
  return node;
}

} // namespace pactum::host
