#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/playbook.hpp"

namespace pactum::host {

// How input files become Agreements: each file its own (the default), or each folder's files
// together. Groups a playbook names (`agreements:`) come first either way.
enum class GroupBy { file, dir };

std::optional<GroupBy> parse_group_by(std::string_view text) noexcept;

struct InputGroup {
  std::string id;
  std::vector<std::filesystem::path> files; // in input order
};

// Groups in the order of their first file, so reports keep the inputs' stable order. A file
// matching several playbook groups joins the first; `base` is the playbook's folder, against
// which its globs are matched.
std::vector<InputGroup> group_inputs(std::span<const std::filesystem::path> files, GroupBy by,
                                     std::span<const AgreementGroupSpec> groups,
                                     const std::filesystem::path& base);

} // namespace pactum::host
