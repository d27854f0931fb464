// Parties and whose right a sentence states, as English agreements define and word them.
#include <gtest/gtest.h>

#include "extract/party_roles.hpp"

using pactum::Party;
using pactum::PartyRole;
using pactum::host::find_parties;
using pactum::host::sentence_party;

TEST(FindParties, DefinedTermsGiveNamesRolesAndCountries) {
  const auto parties = find_parties(
      "THIS CONTACT CENTRE SERVICES AGREEMENT is made on 1 March 2027 BETWEEN:\n"
      "(1) Harbour & Finch Retail Limited, a company incorporated in England and Wales with "
      "company number 01234567 (the \"Client\"); and\n"
      "(2) Bayview Contact Solutions Inc., a corporation organised under the laws of the "
      "Philippines (the \"Supplier\").\n",
      "en");
  ASSERT_EQ(parties.size(), 2U);
  EXPECT_EQ(parties[0].name, "Harbour & Finch Retail Limited");
  EXPECT_EQ(parties[0].role, PartyRole::client);
  EXPECT_EQ(parties[0].defined_term, "Client");
  EXPECT_EQ(parties[0].country, "GB");
  EXPECT_EQ(parties[1].name, "Bayview Contact Solutions Inc.");
  EXPECT_EQ(parties[1].role, PartyRole::provider);
  EXPECT_EQ(parties[1].country, "PH");
}

TEST(FindParties, NeutralTermTakesTheRoleTheCounterpartLeaves) {
  const auto parties = find_parties(
      "This Services Agreement is entered into by and between Acme Corp., a Delaware "
      "corporation (\"Company\"), and Widget Services LLC, a New York limited liability "
      "company (\"Vendor\").",
      "en");
  ASSERT_EQ(parties.size(), 2U);
  EXPECT_EQ(parties[0].role, PartyRole::client);
  EXPECT_EQ(parties[0].country, "US");
  EXPECT_EQ(parties[1].role, PartyRole::provider);
}

TEST(FindParties, DefinedTermsThatAreNotPartiesAreSkipped) {
  const auto parties =
      find_parties("This agreement (the \"Agreement\") takes effect on the date of signature (the "
                   "\"Effective Date\") between Northwind Ltd (\"Customer\") and Southwind Ltd "
                   "(\"Provider\").",
                   "en");
  ASSERT_EQ(parties.size(), 2U);
  EXPECT_EQ(parties[0].defined_term, "Customer");
  EXPECT_EQ(parties[1].defined_term, "Provider");
}

TEST(SentenceParty, SubjectBeforeTheModalVerbDecides) {
  const std::vector<Party> parties = {{"A Ltd", PartyRole::client, "Client", "GB"},
                                      {"B Inc", PartyRole::provider, "Supplier", "PH"}};
  EXPECT_EQ(sentence_party("The Client may terminate this Agreement for convenience on ninety "
                           "(90) days' written notice to the Supplier.",
                           parties),
            PartyRole::client);
  EXPECT_EQ(sentence_party("The Supplier may terminate this Agreement for convenience by giving "
                           "the Client 180 days' notice.",
                           parties),
            PartyRole::provider);
  EXPECT_EQ(sentence_party("Either party may terminate this Agreement without cause.", parties),
            PartyRole::mutual);
  EXPECT_EQ(sentence_party("This Agreement may be terminated for convenience.", parties),
            PartyRole::unknown);
}

TEST(SentenceParty, PossessiveIsNotTheSubject) {
  const std::vector<Party> parties = {{"A Ltd", PartyRole::client, "Client", ""},
                                      {"B Inc", PartyRole::provider, "Supplier", ""}};
  EXPECT_EQ(sentence_party("On the Client's request the Supplier shall provide exit assistance.",
                           parties),
            PartyRole::provider);
}
