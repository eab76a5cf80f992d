// Issue 4: a past participle right after a noun phrase that names a thing ("a cargo ship
// formerly detained in port", "the trucks seized at the border") tells what was done to the
// thing, so it is no act on a person; people before the participle ("the farmers detained
// in May", "the only ones prosecuted") still are, and so are names after a reduced relative
// ("the journalists detained in Minsk, A and B,"). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ThingsBeforeParticiples, AShipDetainedInPortIsNoDetention) {
  Extraction x = extract_text(
      "A dockers' union said a cargo ship formerly detained in Gdansk for owing its crew their "
      "wages had sailed again.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4ThingsBeforeParticiples, AVideoReleasedOnlineIsNoRelease) {
  Extraction x = extract_text("The kidnappers sent a video released on Sunday by their leader.");
  EXPECT_TRUE(events_of(x, "release").empty());
}

TEST(Issue4ThingsBeforeParticiples, TrucksSeizedAtTheBorderAreNoArrest) {
  Extraction x = extract_text(
      "Police found the stolen car abandoned near the river, and the trucks seized at the "
      "border were returned.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4ThingsBeforeParticiples, PeopleBeforeTheParticipleAreStillDetained) {
  Extraction x = extract_text("The union named the two farmers detained in Gdansk on Monday.");
  EXPECT_FALSE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4ThingsBeforeParticiples, WordsThatStandForPeopleAreNoThings) {
  Extraction x = extract_text(
      "Both reporters shared the leaked memo, but Ilse Varga and Piet Mol were the only ones "
      "prosecuted for doing so.");
  EXPECT_FALSE(events_of(x, "prosecution").empty());
}

// "a member of a rights group imprisoned in May": the participle may be the member's.
TEST(Issue4ThingsBeforeParticiples, InsideAnOfPhraseNothingIsDecided) {
  Extraction x = extract_text(
      "Ilse Varga is the only former member of a farmers' cooperative imprisoned in the region.");
  EXPECT_FALSE(events_of(x, "arrest_detention").empty());
}

// "the three journalists detained in Minsk, A and B, were released": a participle after
// people, then a place phrase or a comma, is a reduced relative; the names after it are the
// journalists', detained, and the journalists detained no one.
TEST(Issue4ThingsBeforeParticiples, NamesAfterAReducedRelativeAreItsPeople) {
  Extraction x = extract_text(
      "The three journalists detained in Minsk, Ilse Varga and Piet Mol, were released.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_TRUE(ar[0]->perpetrators.empty());
  EXPECT_TRUE(has_name(names_of(x, ar[0]->victims), "Ilse Varga"));
  x = extract_text("The three journalists detained, Ilse Varga and Piet Mol, were released.");
  ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_TRUE(ar[0]->perpetrators.empty());
}

}  // namespace
}  // namespace casebook::testing
