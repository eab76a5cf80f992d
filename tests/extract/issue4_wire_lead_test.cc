// Issue 4: the lead of a wire story. "NAIROBI, March 9 (Horn Wire) -": the agency in the date
// line's brackets did nothing the story tells (it had been taken for the doer of every act of
// the lead), and the date line's place in capitals, of one word or several ("KUALA LUMPUR"),
// is where the story was filed. "Sri Lanka police" are named in full. The
// arrest of a leader "on Saturday, killing four" is no arrest over a killing. ", three
// witnesses and a hospital official said" names speakers, not victims. A quotation followed by
// '"said one witness"' is not the previous speaker's. Soldiers who "shot at people who were
// only singing" did one thing once, not a habit. A state after the date line's city is the
// state ("DENVER, Colorado"), not a foreign town of its name. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4WireLead, TheAgencyInTheDatelineIsNoDoer) {
  Extraction x = extract_text(
      "Troops fire on marchers\n\nLUSAKA, May 4 (Coastal Wire) - Zambian soldiers opened fire "
      "on hundreds of marchers in Kabwe on Sunday.");
  std::vector<const Event*> ev = events_of(x, "assault");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "Zambian soldiers"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Coastal Wire"));
}

TEST(Issue4WireLead, ADatelinePlaceOfTwoWordsInCapitals) {
  Extraction x = extract_text(
      "Publisher held\n\nKUALA LUMPUR (Coastal Wire) - Malaysian police arrested the publisher "
      "Ivo Brenner on Monday.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "Malaysian police"));
  EXPECT_EQ(entity_named(x, "LUMPUR", "organization"), nullptr);
  Extraction y = extract_text("Sri Lanka police arrested the publisher Ivo Brenner on Monday.");
  EXPECT_TRUE(has_name(first_perpetrators(y, "arrest_detention"), "Sri Lanka police"));
}

TEST(Issue4WireLead, AStateAfterTheDatelineCityIsTheState) {
  // "Colorado" alone is the US state, not the small Brazilian town of that name.
  Extraction x = extract_text(
      "Organisers held\n\nDENVER, Colorado \xE2\x80\x94 Police detained two organisers of a "
      "vigil on Monday.");
  EXPECT_EQ(x.summary.country, "US");
}

TEST(Issue4WireLead, AnArrestOnADayIsNoArrestOverTheKillingAfterIt) {
  Extraction x = extract_text(
      "Soldiers opened fire on people protesting against the arrest of the union leader Ivo "
      "Brenner in Kabwe on Saturday, killing four.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->law_enforcement);
  Extraction y = extract_text("Police arrested Ivo Brenner on murder charges.");
  std::vector<const Event*> ey = events_of(y, "arrest_detention");
  ASSERT_FALSE(ey.empty());
  EXPECT_TRUE(ey[0]->law_enforcement);
}

TEST(Issue4WireLead, SpeakersAfterTheCommaAreNoVictims) {
  Extraction x = extract_text(
      "Soldiers opened fire on marchers in Kabwe, wounding more than a dozen, three witnesses "
      "and a hospital official said.");
  EXPECT_FALSE(has_name(first_victims(x, "assault"), "witnesses"));
}

TEST(Issue4WireLead, AQuotationWithItsOwnUnnamedSpeaker) {
  Extraction x = extract_text(
      "His wife, Lina Brenner, said officers did not show a warrant.\n\n\"They shot at people "
      "who were only singing,\" said one witness, who gave only a first name.");
  ASSERT_EQ(x.quotes.size(), 1u);
  const Entity* wife = entity_named(x, "Lina Brenner", "person");
  ASSERT_NE(wife, nullptr);
  EXPECT_NE(x.quotes[0].speaker, wife->id);
}

TEST(Issue4WireLead, PeopleWhoWereSingingAreSomePeople) {
  Extraction x = extract_text("Soldiers shot at people who were only singing in Kabwe.");
  std::vector<const Event*> ev = events_of(x, "assault");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->generic);
  Extraction y = extract_text("Police routinely detain people who criticise the government.");
  std::vector<const Event*> ey = events_of(y, "arrest_detention");
  ASSERT_FALSE(ey.empty());
  EXPECT_TRUE(ey[0]->generic);
}

}  // namespace
}  // namespace casebook::testing
