#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/export.hpp"
#include "pactum/model/tri.hpp"

namespace pactum {

// A set-valued fact (countries, regions, languages): either unknown, or a known list of codes.
// Asking whether a known set contains a code gives yes or no; asking an unknown set gives
// unknown, so rules can say which fact would decide them.
struct FactSet {
  bool known = false;
  std::vector<std::string> values;

  PACTUM_EXPORT Tri contains(std::string_view code) const;
  PACTUM_EXPORT Tri contains_any(std::span<const std::string> codes) const;
};

// What an Agreement says (or a deal declares) about the world around it. Every fact is
// tri-state; facts a plugin adds live in `extra` under the plugin's prefix.
struct Facts {
  FactSet processing_locations; // ISO 3166 codes where personal data is processed
  FactSet data_subject_regions; // where the consumers served are: "GB", "US-CA", "EU"
  FactSet languages;            // languages the service is delivered in
  FactSet channels;             // "voice", "chat", "email", "social"
  Tri personal_data = Tri::unknown;
  Tri payment_card_data = Tri::unknown;
  Tri health_data = Tri::unknown;
  Tri calls_recorded = Tri::unknown;
  Tri prior_outsourcing = Tri::unknown; // the client has outsourced this service before
  std::map<std::string, Tri> extra;
};

} // namespace pactum
