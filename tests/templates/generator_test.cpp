// The generator builds the Agreement itself: every clause with a kind, section and span; every
// term from the deal with where it was set; conditions decide what is in it.
#include <gtest/gtest.h>

#include <algorithm>

#include "pactum/error.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "test_template.hpp"

using namespace pactum;
using namespace pactum::host;
using pactum::test::cs_outsourcing;
using pactum::test::shipped_vocabulary;

namespace {

const std::vector<std::string> example_deals{"uk-retail-philippines.yaml", "dk-utility-poland.yaml",
                                             "it-telecom-albania.yaml", "cn-platform-china.yaml"};

Agreement generate_text(const std::string& text, const std::string& origin) {
  const DealLoad loaded = load_deal(text, origin, cs_outsourcing());
  if (!loaded.deal) {
    ADD_FAILURE() << loaded.errors.front().line();
    return {};
  }
  return generate_agreement({cs_outsourcing(), *loaded.deal, {}, shipped_vocabulary(), "en"});
}

Agreement generate_example(const std::string& name) {
  const std::string path = pactum::test::example_deal_path(name);
  return generate_text(pactum::test::read_text(path), path);
}

// The UK example with one top-level key removed.
Agreement generate_uk_without(const char* key) {
  YAML::Node deal =
      YAML::Load(pactum::test::read_text(pactum::test::example_deal_path(example_deals[0])));
  EXPECT_TRUE(deal.remove(key)) << key;
  return generate_text(YAML::Dump(deal), "mutated.yaml");
}

const Document* find_document(const Agreement& agreement, std::string_view id) {
  const auto found =
      std::ranges::find_if(agreement.documents, [&](const Document& d) { return d.id == id; });
  return found == agreement.documents.end() ? nullptr : &*found;
}

} // namespace

TEST(Generator, EveryExampleDealGivesDocumentsWhoseClausesHaveKindSectionAndSpan) {
  for (const auto& name : example_deals) {
    const Agreement agreement = generate_example(name);
    ASSERT_GE(agreement.documents.size(), 3U) << name;
    for (const Document& document : agreement.documents) {
      ASSERT_FALSE(document.clauses.empty()) << name << " " << document.id;
      std::size_t previous_end = 0;
      for (const Clause& clause : document.clauses) {
        EXPECT_TRUE(shipped_vocabulary().has_kind(clause.kind)) << clause.kind;
        EXPECT_FALSE(clause.section.empty()) << document.id << " " << clause.kind;
        EXPECT_LT(clause.begin, clause.end);
        EXPECT_LE(clause.end, document.text.size());
        EXPECT_GE(clause.begin, previous_end) << "clauses overlap in " << document.id;
        previous_end = clause.end;
        EXPECT_EQ(clause.origin, ClauseOrigin::generated);
        EXPECT_EQ(clause.confidence, 1.0);
        const std::string_view text = document.text_of(clause);
        EXPECT_EQ(text.find("{{"), std::string_view::npos) << "unrendered Mustache: " << text;
        if (clause.kind != "kpi.schedule" || text.find('\t') == std::string_view::npos) {
          EXPECT_TRUE(text.starts_with(clause.section + " ") || text.starts_with(clause.section))
              << text.substr(0, 40);
        }
      }
      for (const Block& block : document.blocks) {
        EXPECT_LE(block.end, document.text.size());
        EXPECT_LE(block.begin, block.end);
      }
    }
  }
}

TEST(Generator, WritesValuesInLegalStyleAndNeverEscapes) {
  const Agreement agreement = generate_example("uk-retail-philippines.yaml");
  const Document* msa = find_document(agreement, "msa");
  ASSERT_NE(msa, nullptr);
  EXPECT_NE(msa->text.find("Harbour & Finch Retail Ltd"), std::string::npos);
  EXPECT_EQ(msa->text.find("&amp;"), std::string::npos);
  EXPECT_NE(msa->text.find("ninety (90) days"), std::string::npos);
  EXPECT_NE(msa->text.find("three (3) years"), std::string::npos);
  EXPECT_NE(msa->text.find("1 March 2027"), std::string::npos);
  EXPECT_NE(msa->text.find("the Service level KPI"), std::string::npos);
}

TEST(Generator, TermsCarryCanonicalValuesAndWhereTheDealSetThem) {
  const Agreement agreement = generate_example("uk-retail-philippines.yaml");
  const Term* notice = agreement.term("termination.convenience.notice");
  ASSERT_NE(notice, nullptr);
  EXPECT_EQ(notice->value, "P90D");
  ASSERT_TRUE(notice->origin.deal.has_value());
  EXPECT_TRUE(notice->origin.deal->file.ends_with("uk-retail-philippines.yaml"));
  EXPECT_GT(notice->origin.deal->line, 0U);
  EXPECT_EQ(agreement.term("kpi.target", "service_level")->value, ">= 0.80 within PT20S");
  EXPECT_EQ(agreement.term("governing_law")->value, "GB-ENG");
  EXPECT_EQ(agreement.term("termination.convenience.fee_cap")->value, "GBP 250000.00");
  EXPECT_EQ(agreement.term("service_credits.at_risk")->value, "0.12");
  // A default the deal did not write points at the template's parameter.
  const Term* flex = agreement.term("services.forecast.flex");
  ASSERT_NE(flex, nullptr);
  YAML::Node deal =
      YAML::Load(pactum::test::read_text(pactum::test::example_deal_path(example_deals[0])));
  deal["services"]["forecast"].remove("flex");
  const Agreement defaulted = generate_text(YAML::Dump(deal), "mutated.yaml");
  EXPECT_EQ(defaulted.term("services.forecast.flex")->value, "0.15");
  EXPECT_TRUE(
      defaulted.term("services.forecast.flex")->origin.deal->file.ends_with("parameters.yaml"));
}

TEST(Generator, FactsComeFromTheDeal) {
  const Agreement agreement = generate_example("uk-retail-philippines.yaml");
  EXPECT_EQ(agreement.facts.processing_locations.contains("PH"), Tri::yes);
  EXPECT_EQ(agreement.facts.processing_locations.contains("GB"), Tri::no);
  EXPECT_EQ(agreement.facts.personal_data, Tri::yes);
  EXPECT_EQ(agreement.facts.payment_card_data, Tri::yes);
  EXPECT_EQ(agreement.facts.prior_outsourcing, Tri::no);
  EXPECT_EQ(agreement.facts.channels.contains("voice"), Tri::yes);
  ASSERT_NE(agreement.party(PartyRole::client), nullptr);
  EXPECT_EQ(agreement.party(PartyRole::client)->name, "Harbour & Finch Retail Ltd");
  EXPECT_EQ(agreement.party(PartyRole::provider)->country, "PH");
}

TEST(Generator, NoPilotClauseWhenTheDealHasNoPilot) {
  EXPECT_TRUE(generate_example("uk-retail-philippines.yaml").has_clause("pilot", 0.5));
  const Agreement agreement = generate_uk_without("pilot");
  EXPECT_FALSE(agreement.has_clause("pilot", 0.0));
  EXPECT_FALSE(agreement.has_clause("pilot.exit_criteria", 0.0));
  EXPECT_EQ(agreement.term("pilot.duration"), nullptr);
}

TEST(Generator, DataProcessingTermsOnlyWhenPersonalDataIsProcessed) {
  const Agreement with_data = generate_example("uk-retail-philippines.yaml");
  EXPECT_NE(find_document(with_data, "dpa"), nullptr);
  EXPECT_TRUE(with_data.has_clause("dp.processing_details", 0.5));

  const Agreement without = generate_uk_without("personal_data");
  EXPECT_EQ(find_document(without, "dpa"), nullptr);
  EXPECT_EQ(without.facts.personal_data, Tri::no);
  for (const auto& ref : without.clauses("dp.*", 0.0)) {
    // Only the MSA's statement that no personal data is processed may remain.
    EXPECT_EQ(ref.clause->kind, "dp.processing_details") << ref.document->text_of(*ref.clause);
    EXPECT_NE(ref.document->text_of(*ref.clause).find("not intend the Provider to process"),
              std::string_view::npos);
  }
}

TEST(Generator, SectionsRenumberWhenAConditionDropsOne) {
  const Agreement with_pilot = generate_example("uk-retail-philippines.yaml");
  const Agreement without_pilot = generate_uk_without("pilot");
  const auto section_of = [](const Agreement& a, std::string_view kind) {
    return a.clauses(kind, 0.0).front().clause->section;
  };
  const std::string before = section_of(with_pilot, "kt.plan");
  const std::string after = section_of(without_pilot, "kt.plan");
  EXPECT_EQ(std::stoi(after), std::stoi(before) - 1) << before << " vs " << after;
}

TEST(Generator, KpiTableHasAHeaderRowAndOneRowPerKpi) {
  const Agreement agreement = generate_example("uk-retail-philippines.yaml");
  const Document* schedule = find_document(agreement, "kpi_schedule");
  ASSERT_NE(schedule, nullptr);
  std::size_t header_cells = 0;
  std::size_t rows = 0;
  for (const Block& block : schedule->blocks) {
    if (block.kind == BlockKind::table_cell) {
      header_cells += block.header ? 1 : 0;
      rows = std::max(rows, block.row);
    }
  }
  EXPECT_EQ(header_cells, 7U);
  EXPECT_EQ(rows, 4U); // the UK deal has four KPIs
  EXPECT_NE(schedule->text.find("at least 80% within 20 seconds"), std::string::npos);
}

TEST(Generator, RefusesALanguageTheTemplateHasNoTextIn) {
  const std::string path = pactum::test::example_deal_path("dk-utility-poland.yaml");
  const DealLoad loaded = load_deal(pactum::test::read_text(path), path, cs_outsourcing());
  ASSERT_TRUE(loaded.deal);
  EXPECT_THROW(
      (void)generate_agreement({cs_outsourcing(), *loaded.deal, {}, shipped_vocabulary(), "tlh"}),
      pactum::Error);
}
