// A deal's KT plan holds exactly the checklist items its facts call for: each condition of the
// shipped checklist is pinned by a deal that turns it on and one that turns it off, and the plan
// is a kt_plan Document whose items are clauses carrying their owner and due date as terms.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include <yaml-cpp/yaml.h>

#include "templates/generator.hpp"
#include "templates/kt_plan.hpp"
#include "test_template.hpp"

using namespace pactum;
using namespace pactum::host;
using pactum::test::cs_outsourcing;
using pactum::test::shipped_vocabulary;

namespace {

YAML::Node uk_deal() {
  return YAML::Load(
      pactum::test::read_text(pactum::test::example_deal_path("uk-retail-philippines.yaml")));
}

Agreement generate(const YAML::Node& deal, const std::string& language = "en") {
  const DealLoad loaded = load_deal(YAML::Dump(deal), "deal.yaml", cs_outsourcing());
  if (!loaded.deal) {
    ADD_FAILURE() << loaded.errors.front().line();
    return {};
  }
  return generate_agreement({cs_outsourcing(), *loaded.deal, {}, shipped_vocabulary(), language});
}

// The ids of the plan's items, from the owner term every generated item carries.
std::set<std::string> item_ids(const Agreement& agreement) {
  std::set<std::string> ids;
  for (const Term& term : agreement.terms) {
    if (term.name == "kt.item.owner") {
      ids.insert(term.qualifier);
    }
  }
  return ids;
}

// Items in `with` and not in `without`, and the other way round.
std::set<std::string> added(const std::set<std::string>& with,
                            const std::set<std::string>& without) {
  std::set<std::string> out;
  std::ranges::set_difference(with, without, std::inserter(out, out.begin()));
  return out;
}

const std::set<std::string>& uk_ids() {
  static const std::set<std::string> ids = item_ids(generate(uk_deal()));
  return ids;
}

} // namespace

TEST(KtPlan, TheGeneratedAgreementEndsWithTheKtPlanAsSchedule4) {
  const Agreement agreement = generate(uk_deal());
  ASSERT_FALSE(agreement.documents.empty());
  const Document& plan = agreement.documents.back();
  EXPECT_EQ(plan.type, DocumentType::kt_plan);
  EXPECT_EQ(plan.id, "kt_plan");
  EXPECT_EQ(plan.title, "Schedule 4 – Knowledge-Transfer Plan");
  EXPECT_NE(plan.text.find("Harbour & Finch Retail Ltd"), std::string::npos);
  EXPECT_NE(plan.text.find("1 March 2027"), std::string::npos) << "the go-live date, in words";
  // One clause per item, numbered phase.item, each span a table row holding the item's task.
  EXPECT_EQ(plan.clauses.size(), uk_ids().size());
  EXPECT_EQ(plan.clauses.front().section, "1.1");
  EXPECT_EQ(plan.clauses.front().kind, "kt.governance");
  EXPECT_TRUE(plan.text_of(plan.clauses.front()).starts_with("1.1\tName a knowledge-transfer lead"))
      << plan.text_of(plan.clauses.front());
  for (const Clause& clause : plan.clauses) {
    EXPECT_TRUE(kind_matches(clause.kind, "kt.*")) << clause.kind;
    EXPECT_EQ(plan.text_of(clause).find('\n'), std::string_view::npos) << clause.section;
  }
  // The MSA's KT clause points at it.
  const Document& msa = agreement.documents.front();
  EXPECT_NE(msa.text.find("Schedule 4"), std::string::npos);
}

TEST(KtPlan, ItemsCarryOwnerOffsetAndDueDatePointingAtTheirClause) {
  const Agreement agreement = generate(uk_deal());
  const std::size_t plan_index = agreement.documents.size() - 1;
  const Term* owner = agreement.term("kt.item.owner", "kt-leads");
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->value, "both");
  EXPECT_EQ(owner->origin.document, plan_index);
  EXPECT_EQ(owner->origin.clause, 0U);
  EXPECT_EQ(agreement.term("kt.item.offset", "kt-leads")->value, "-P90D");
  EXPECT_EQ(agreement.term("kt.item.due", "kt-leads")->value, "2026-12-01"); // 90 days before
  EXPECT_EQ(agreement.term("kt.item.due", "go-live-gate")->value, "2027-02-27");
  EXPECT_EQ(agreement.term("kt.gate.criteria", "go-live-gate")->value, "7");
  // The pilot exit gate counts from the end of the 90-day pilot, and also states the pilot KPI.
  EXPECT_EQ(agreement.term("kt.item.from", "pilot-exit-gate")->value, "pilot_end");
  EXPECT_EQ(agreement.term("kt.item.due", "pilot-exit-gate")->value, "2027-05-30");
  EXPECT_EQ(agreement.term("kt.gate.criteria", "pilot-exit-gate")->value, "2");
  const Document& plan = agreement.documents.back();
  EXPECT_NE(plan.text.find("Service level (voice and chat) at or above 80%"), std::string::npos);
  // Exit items count from an exit notice nobody has given yet: an offset, no date.
  EXPECT_EQ(agreement.term("kt.item.from", "exit-plan-on-notice")->value, "exit");
  EXPECT_EQ(agreement.term("kt.item.due", "exit-plan-on-notice"), nullptr);
  EXPECT_NE(plan.text.find("30 days after the exit notice"), std::string::npos);
}

TEST(KtPlan, PersonalDataAddsTheDataTermsTrainingAndReturnItems) {
  YAML::Node deal = uk_deal();
  ASSERT_TRUE(deal.remove("personal_data"));
  const std::set<std::string> without = item_ids(generate(deal));
  EXPECT_EQ(added(uk_ids(), without),
            (std::set<std::string>{"data-protection-training", "data-return-deletion",
                                   "dp-terms-signed", "pci-training"}))
      << "card payments are part of the personal data block, so PCI training goes too";
  EXPECT_TRUE(added(without, uk_ids()).empty());
}

TEST(KtPlan, CardPaymentsAddPciTraining) {
  YAML::Node deal = uk_deal();
  deal["personal_data"]["card_payments"] = false;
  EXPECT_EQ(added(uk_ids(), item_ids(generate(deal))), (std::set<std::string>{"pci-training"}));
}

TEST(KtPlan, HealthDataAddsHealthDataTraining) {
  YAML::Node deal = uk_deal();
  deal["personal_data"]["health_data"] = true;
  EXPECT_EQ(added(item_ids(generate(deal)), uk_ids()),
            (std::set<std::string>{"health-data-training"}));
}

TEST(KtPlan, EachOffshoreSiteCountryAddsImmersionAndACulturalBriefing) {
  YAML::Node onshore = uk_deal();
  onshore["services"]["sites"][0]["country"] = "GB";
  EXPECT_EQ(added(uk_ids(), item_ids(generate(onshore))),
            (std::set<std::string>{"cultural-briefing-ph", "site-immersion-ph"}));
  YAML::Node two = uk_deal();
  YAML::Node site;
  site["city"] = "Cape Town";
  site["country"] = "ZA";
  two["services"]["sites"].push_back(site);
  const Agreement agreement = generate(two);
  EXPECT_EQ(added(item_ids(agreement), uk_ids()),
            (std::set<std::string>{"cultural-briefing-za", "site-immersion-za"}));
  EXPECT_NE(agreement.documents.back().text.find("South Africa"), std::string::npos);
}

TEST(KtPlan, APriorOutsourcingAddsTheIncumbentsKnowledge) {
  YAML::Node deal = uk_deal();
  deal["client"]["prior_outsourcing"] = true;
  EXPECT_EQ(added(item_ids(generate(deal)), uk_ids()),
            (std::set<std::string>{"incumbent-knowledge"}));
}

TEST(KtPlan, APilotAddsThePilotExitGate) {
  YAML::Node deal = uk_deal();
  ASSERT_TRUE(deal.remove("pilot"));
  EXPECT_EQ(added(uk_ids(), item_ids(generate(deal))), (std::set<std::string>{"pilot-exit-gate"}));
}

TEST(KtPlan, HighAttritionRiskAddsRetrainingAndKnowledgeBaseAudits) {
  YAML::Node deal = uk_deal();
  deal["services"]["attrition_risk"] = "high";
  const Agreement agreement = generate(deal);
  EXPECT_EQ(added(item_ids(agreement), uk_ids()),
            (std::set<std::string>{"attrition-kb-audit", "attrition-new-joiners"}));
  EXPECT_EQ(agreement.term("personnel.attrition_risk")->value, "high");
  deal["services"]["attrition_risk"] = "low";
  EXPECT_EQ(item_ids(generate(deal)), uk_ids());
}

TEST(KtPlan, EachChannelLanguageAndContactTypeGetsItsOwnItem) {
  YAML::Node deal = uk_deal();
  deal["services"]["channels"].push_back("email");
  deal["services"]["languages"].push_back("Tagalog");
  deal["services"]["contact_types"].push_back("Gift cards & vouchers");
  const Agreement agreement = generate(deal);
  EXPECT_EQ(added(item_ids(agreement), uk_ids()),
            (std::set<std::string>{"capture-contact-type-gift-cards-vouchers",
                                   "channel-training-email", "language-check-tagalog"}));
  EXPECT_EQ(agreement.term("kt.item.covers", "channel-training-email")->value, "channel:email");
  EXPECT_EQ(agreement.term("kt.item.covers", "language-check-tagalog")->value, "language:Tagalog");
  EXPECT_EQ(agreement.term("kt.item.covers", "capture-contact-type-gift-cards-vouchers")->value,
            "contact_type:Gift cards & vouchers");
  EXPECT_NE(agreement.documents.back().text.find("for Gift cards & vouchers"), std::string::npos);
}

TEST(KtPlan, ValuesWithoutLatinLettersAreNumberedAndValuesThatSlugAlikeStayDistinct) {
  EXPECT_EQ(kt_each_item_id("capture-contact-type", "订单查询", 2), "capture-contact-type-3");
  EXPECT_EQ(kt_each_item_id("capture-contact-type", " Billing / refunds ", 0),
            "capture-contact-type-billing-refunds");
  YAML::Node deal = uk_deal();
  deal["services"]["contact_types"].push_back("Returns");
  const std::set<std::string> ids = item_ids(generate(deal));
  EXPECT_TRUE(ids.contains("capture-contact-type-returns"));
  EXPECT_TRUE(ids.contains("capture-contact-type-returns-2"));
}

TEST(KtPlan, TheDanishPlanUsesTheChecklistsDanishTextAndOwners) {
  YAML::Node deal = uk_deal();
  const Agreement agreement = generate(deal, "da");
  const Document& plan = agreement.documents.back();
  EXPECT_EQ(plan.language, "da");
  EXPECT_EQ(plan.title, "Bilag 4 – Videnoverdragelsesplan");
  EXPECT_NE(plan.text.find("Leverandøren"), std::string::npos);
  EXPECT_NE(plan.text.find("1. marts 2027"), std::string::npos);
  EXPECT_NE(plan.text.find("telefon"), std::string::npos) << "the voice channel, in Danish";
}

TEST(KtPlan, NamesAreFilledInWithOrWithoutSpacesInsideTheBraces) {
  const KtChecklist checklist = KtChecklist::parse(
      "id: kt\nversion: 1.0.0\ntitle: {en: 'Plan for {{ client }}'}\nphases:\n"
      "  - id: governance\n    title: {en: Governance}\n    items:\n"
      "      - id: leads\n        kind: kt.governance\n"
      "        title: {en: '{{provider}} and {{ client}} name leads by {{go_live }}'}\n"
      "        evidence: {en: notice}\n        acceptance: {en: named}\n"
      "        owner: both\n        due: -P10D\n        tags: [escm-st]\n",
      "checklist.yaml", shipped_vocabulary());
  KtScope scope;
  scope.client = "Acme {{client}} Ltd"; // a name that looks like a tag is not filled in again
  scope.provider = "Bayview";
  scope.go_live = "2027-03-01";
  const KtPlan plan = build_kt_plan(checklist, scope, "en");
  EXPECT_EQ(plan.title, "Plan for Acme {{client}} Ltd");
  ASSERT_EQ(plan.phases.size(), 1U);
  EXPECT_EQ(plan.phases[0].items.at(0).title,
            "Bayview and Acme {{client}} Ltd name leads by 1 March 2027");
  EXPECT_EQ(plan.phases[0].items.at(0).due, "2027-02-19");
}
