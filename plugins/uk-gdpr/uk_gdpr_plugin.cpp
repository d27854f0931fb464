// UK GDPR and the Data Protection Act 2018: processor terms (Art. 28), breach notice (Art. 33)
// and restricted transfers (Art. 46, DPA 2018 s.119A). Rule catalog: docs/rules/ukgdpr-*.md.
//
// The Art. 28 and Art. 33 rules are the pack shared with eu-gdpr (plugins/gdpr-common), named
// here with the prefix `ukgdpr`: an agreement under both laws reads one line per missing item.
#include <string>

#include "pactum/plugin/pack_parameters.hpp"
#include "pactum/plugin/plugin.hpp"
#include "pactum/version.hpp"
#include "uk_gdpr_data.hpp"

namespace {

void register_uk_gdpr(pactum::Registrar& registrar) {
  registrar.add_clause_kind({"ukgdpr.idta", "The ICO's International Data Transfer Agreement "
                                            "(DPA 2018 s.119A)"});
  registrar.add_clause_kind({"ukgdpr.addendum", "The ICO's International Data Transfer Addendum "
                                                "to the EU Standard Contractual Clauses"});
  registrar.add_clause_kind({"ukgdpr.scc_2010", "The pre-2021 EU standard contractual clauses "
                                                "relied on for UK transfers"});
  registrar.add_clause_kind({"ukgdpr.transfer_risk_assessment",
                             "A documented transfer risk assessment for restricted transfers"});
  registrar.add_jurisdiction({std::string(jurisdiction_origin), std::string(jurisdiction_yaml)});
  registrar.add_rule_pack(
      {std::string(art28_origin),
       pactum::with_pack_parameters(art28_origin, art28_yaml,
                                    {{"prefix", "ukgdpr"}, {"law", "UK GDPR"}})});
  registrar.add_rule_pack({std::string(transfers_origin), std::string(transfers_yaml)});
  registrar.add_clause_library(
      {std::string(transfer_clauses_origin), std::string(transfer_clauses_yaml)});
  registrar.add_pattern_pack({std::string(en_origin), std::string(en_yaml)});
}

constexpr const char* uk_gdpr_prefixes[] = {"ukgdpr", nullptr};

} // namespace

PACTUM_PLUGIN({.name = "uk-gdpr",
               .version = PACTUM_VERSION,
               .description = "UK GDPR and DPA 2018: Art. 28 processor terms, Art. 33 breach "
                              "notice, restricted transfers on the IDTA or UK Addendum",
               .license = "Apache-2.0",
               .prefixes = uk_gdpr_prefixes,
               .register_plugin = &register_uk_gdpr})
