// Issue 4: the killing of a land defender, as a press agency reports it. A defender "who had
// denounced illegal logging" shamed no one; the body a complaint was filed with is no doer of
// the threats that followed; those who opened an investigation did not kill the people of the
// next sentence; the police who "granted her protection measures" granted no asylum; and a
// quotation "said Ulloa's daughter, Rosa" is the daughter's, whose name may close the sentence.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4LandDefender, DenouncingAThingShamesNoOne) {
  Extraction x = extract_text(
      "Lucia Benitez, a land defender who had denounced illegal mining on her community's land, "
      "was shot dead on Sunday.");
  EXPECT_TRUE(events_of(x, "public_shaming").empty());
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Lucia Benitez"));
}

TEST(Issue4LandDefender, TheBodyAComplaintGoesToIsNoDoer) {
  Extraction x = extract_text(
      "Lucia Benitez had received death threats since March, when she filed a complaint with "
      "the public prosecutor against a mining company.");
  std::vector<const Event*> ev = events_of(x, "threat_intimidation");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "public prosecutor"));
}

TEST(Issue4LandDefender, InvestigatorsAreNoKillersOfTheNextSentence) {
  Extraction x = extract_text(
      "The prosecutor's office said it had opened an investigation. At least 14 environmental "
      "defenders have been killed in the country since January 2024.");
  std::vector<const Event*> ev = events_of(x, "killing");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4LandDefender, ProtectionMeasuresAreNoAsylum) {
  Extraction x = extract_text("The police granted Lucia Benitez protection measures in May.");
  EXPECT_TRUE(events_of(x, "asylum_decision").empty());
  Extraction y = extract_text("Germany granted Lucia Benitez subsidiary protection in May.");
  EXPECT_FALSE(events_of(y, "asylum_decision").empty());
}

TEST(Issue4LandDefender, TheSpeakerAfterAPossessive) {
  Extraction x = extract_text(
      "Lucia Benitez was shot dead on Sunday.\n\n\"We asked for protection and nobody listened,\" "
      "said Benitez's daughter, Ines.");
  ASSERT_EQ(x.quotes.size(), 1u);
  const Entity* daughter = entity_named(x, "Ines", "person");
  ASSERT_NE(daughter, nullptr);
  EXPECT_EQ(x.quotes[0].speaker, daughter->id);
}

TEST(Issue4LandDefender, ANameApposedToKinClosingTheSentence) {
  Extraction x = extract_text(
      "Lucia Benitez was shot dead on Sunday.\n\n\"Nobody listened,\" said Benitez's daughter, "
      "Nidia.");
  EXPECT_TRUE(has_relation(x, "Nidia", "daughter", "Lucia Benitez"));
}

}  // namespace
}  // namespace casebook::testing
