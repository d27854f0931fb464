// Names of the model's enumerations as they appear in YAML, JSON and reports.
#include <array>
#include <utility>

#include "pactum/model/clause.hpp"
#include "pactum/model/document.hpp"
#include "pactum/model/outcome.hpp"
#include "pactum/model/party.hpp"
#include "pactum/model/tri.hpp"

namespace pactum {
namespace {

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names,
                         Enum value) noexcept {
  for (const auto& [e, name] : names) {
    if (e == value) {
      return name;
    }
  }
  return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::pair<Enum, std::string_view>, N>& names,
                               std::string_view text) noexcept {
  for (const auto& [e, name] : names) {
    if (name == text) {
      return e;
    }
  }
  return std::nullopt;
}

constexpr std::array<std::pair<Tri, std::string_view>, 3> tri_names{
    {{Tri::unknown, "unknown"}, {Tri::yes, "true"}, {Tri::no, "false"}}};

constexpr std::array<std::pair<PartyRole, std::string_view>, 5> party_role_names{
    {{PartyRole::client, "client"},
     {PartyRole::provider, "provider"},
     {PartyRole::mutual, "mutual"},
     {PartyRole::other, "other"},
     {PartyRole::unknown, "unknown"}}};

constexpr std::array<std::pair<ClauseOrigin, std::string_view>, 2> clause_origin_names{
    {{ClauseOrigin::generated, "generated"}, {ClauseOrigin::detected, "detected"}}};

constexpr std::array<std::pair<DocumentType, std::string_view>, 7> document_type_names{
    {{DocumentType::msa, "msa"},
     {DocumentType::sow, "sow"},
     {DocumentType::schedule, "schedule"},
     {DocumentType::dpa, "dpa"},
     {DocumentType::amendment, "amendment"},
     {DocumentType::kt_plan, "kt_plan"},
     {DocumentType::other, "other"}}};

constexpr std::array<std::pair<BlockKind, std::string_view>, 4> block_kind_names{
    {{BlockKind::heading, "heading"},
     {BlockKind::paragraph, "paragraph"},
     {BlockKind::list_item, "list_item"},
     {BlockKind::table_cell, "table_cell"}}};

constexpr std::array<std::pair<Severity, std::string_view>, 3> severity_names{
    {{Severity::info, "info"}, {Severity::warning, "warning"}, {Severity::error, "error"}}};

constexpr std::array<std::pair<OutcomeStatus, std::string_view>, 5> outcome_status_names{
    {{OutcomeStatus::fail, "fail"},
     {OutcomeStatus::pass, "pass"},
     {OutcomeStatus::not_applicable, "not_applicable"},
     {OutcomeStatus::undetermined, "undetermined"},
     {OutcomeStatus::waived, "waived"}}};

constexpr std::array<std::pair<Position, std::string_view>, 4> position_names{
    {{Position::none, "none"},
     {Position::preferred, "preferred"},
     {Position::fallback, "fallback"},
     {Position::beyond_walk_away, "beyond walk-away"}}};

} // namespace

std::string_view to_string(Tri value) noexcept {
  return name_of(tri_names, value);
}
std::string_view to_string(PartyRole role) noexcept {
  return name_of(party_role_names, role);
}
std::optional<PartyRole> parse_party_role(std::string_view text) noexcept {
  return parse_name(party_role_names, text);
}
std::string_view to_string(ClauseOrigin origin) noexcept {
  return name_of(clause_origin_names, origin);
}
std::string_view to_string(DocumentType type) noexcept {
  return name_of(document_type_names, type);
}
std::optional<DocumentType> parse_document_type(std::string_view text) noexcept {
  return parse_name(document_type_names, text);
}
std::string_view to_string(BlockKind kind) noexcept {
  return name_of(block_kind_names, kind);
}
std::string_view to_string(Severity severity) noexcept {
  return name_of(severity_names, severity);
}
std::optional<Severity> parse_severity(std::string_view text) noexcept {
  return parse_name(severity_names, text);
}
std::string_view to_string(OutcomeStatus status) noexcept {
  return name_of(outcome_status_names, status);
}
std::string_view to_string(Position position) noexcept {
  return name_of(position_names, position);
}

} // namespace pactum
