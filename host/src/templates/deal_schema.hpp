#pragma once

#include <string>

#include "templates/template.hpp"

namespace pactum::host {

// A JSON Schema (draft 2020-12) for the deal files of `templ`, built from its typed parameters,
// so that editors can complete and check a deal as it is written: one property per parameter
// with its help as description, its default, and a type, pattern or enum per parameter type;
// `additionalProperties: false` on every object. Parameters with no default and not marked
// `required: false` are required. The schema is looser than `pactum generate` where JSON Schema
// cannot say more (bounds of durations and money, ISO code lists, KPI target grammar): the
// generator stays the authority. Two-space indented, key order fixed, final newline.
std::string deal_json_schema(const Template& templ);

} // namespace pactum::host
