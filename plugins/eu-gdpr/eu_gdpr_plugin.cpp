// EU GDPR (Regulation (EU) 2016/679): processor terms (Art. 28), breach notice (Art. 33) and
// transfers out of the EEA (Arts. 44-46). Rule catalog: docs/rules/gdpr-*.md.
//
// The Art. 28 and Art. 33 rules are the pack shared with uk-gdpr (plugins/gdpr-common), named
// here with the prefix `gdpr`; jurisdiction.yaml says where the law reaches and which
// destinations are adequate, so the host can decide per Agreement whether these rules apply.
#include <string>

#include "eu_gdpr_data.hpp"
#include "pactum/plugin/pack_parameters.hpp"
#include "pactum/plugin/plugin.hpp"
#include "pactum/version.hpp"

namespace {

void register_eu_gdpr(pactum::Registrar& registrar) {
  registrar.add_clause_kind(
      {"gdpr.scc", "The 2021 Standard Contractual Clauses (Implementing Decision (EU) 2021/914) "
                   "incorporated, module not stated"});
  registrar.add_clause_kind(
      {"gdpr.scc.module_2", "2021 SCCs, Module Two: transfer from controller to processor"});
  registrar.add_clause_kind(
      {"gdpr.scc.module_3", "2021 SCCs, Module Three: transfer from processor to processor"});
  registrar.add_clause_kind(
      {"gdpr.scc_2010", "Standard contractual clauses under the repealed Decisions 2001/497/EC, "
                        "2004/915/EC or 2010/87/EU"});
  registrar.add_clause_kind({"gdpr.transfer_impact_assessment",
                             "A documented assessment of the destination country's law and "
                             "practice for transfers on the SCCs"});
  registrar.add_jurisdiction({std::string(jurisdiction_origin), std::string(jurisdiction_yaml)});
  registrar.add_rule_pack({std::string(art28_origin),
                           pactum::with_pack_parameters(art28_origin, art28_yaml,
                                                        {{"prefix", "gdpr"}, {"law", "GDPR"}})});
  registrar.add_rule_pack({std::string(transfers_origin), std::string(transfers_yaml)});
  registrar.add_clause_library(
      {std::string(transfer_clauses_origin), std::string(transfer_clauses_yaml)});
  registrar.add_pattern_pack({std::string(en_origin), std::string(en_yaml)});
}

constexpr const char* eu_gdpr_prefixes[] = {"gdpr", nullptr};

} // namespace

PACTUM_PLUGIN({.name = "eu-gdpr",
               .version = PACTUM_VERSION,
               .description = "EU GDPR: Art. 28 processor terms, Art. 33 breach notice, "
                              "transfers out of the EEA on the 2021 SCCs",
               .license = "Apache-2.0",
               .prefixes = eu_gdpr_prefixes,
               .register_plugin = &register_eu_gdpr})
