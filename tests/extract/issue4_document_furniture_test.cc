// Issue 4: the furniture of the documents users bring is no fact. A hashtag or a handle
// ("#FreeLenaOrlova") names no person; a part's number ("Section 4:", "Hearing 2 (3 May):"), a
// thread's post number ("10/") and an age ("died in custody at 58") count no one; an acronym
// of the actor lists is an actor only in capitals ("Mit Sawalim" is a town, "MIT" the
// service); "a protest song" is no protest and "without any warning" no threat; a numbered
// section heading ("III. Enforced Disappearances in the North") tells no act. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DocumentFurniture, AHashtagNamesNoOne) {
  Extraction x = extract_text("Lena Orlova is still in prison. Please share. #FreeLenaOrlova");
  EXPECT_EQ(entity_named(x, "FreeLenaOrlova", "person"), nullptr);
  EXPECT_NE(entity_named(x, "Lena Orlova", "person"), nullptr);
}

TEST(Issue4DocumentFurniture, NumbersOfPartsPostsAndAgesCountNoOne) {
  for (const char* text : {"Section 4: Arrests of journalists",
                           "Hearing 2 (3 May): The judge refused the motion.",
                           "10/ A year ago police searched the flat of Lena Orlova.",
                           "Pavel Orlov died in custody at 58."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(x.statistics.empty()) << text;
  }
  Extraction x = extract_text("Detained 24 activists in Gomel");
  ASSERT_EQ(x.statistics.size(), 1u);
  EXPECT_EQ(x.statistics[0].quantity, 24);
}

TEST(Issue4DocumentFurniture, AnAcronymIsAnActorOnlyInCapitals) {
  Extraction x = extract_text("Salma Idris went missing in Mit Rahina.");
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "state_actor") << e.name;
  x = extract_text("The MIT detained Salma Idris in Ankara.");
  EXPECT_NE(entity_named(x, "MIT", "state_actor"), nullptr);
  // Written with capitals inside, or with one before a force's people, it is still the force.
  x = extract_text("Omon riot police detained Anna Petrova. GUBOPiK officers searched her flat.");
  EXPECT_NE(entity_named(x, "omon", "state_actor"), nullptr);
  EXPECT_NE(entity_named(x, "gubopik", "state_actor"), nullptr);
  // Not members of parliament ("MPs"), a valley ("the Swat valley"), or raw footage.
  x = extract_text("Two MPs toured the Swat valley and saw the raw footage.");
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "state_actor") << e.name;
}

TEST(Issue4DocumentFurniture, ASongAndAMoveWithoutWarning) {
  Extraction x =
      extract_text("Oleg Brin was detained after a concert where he sang a protest song.");
  EXPECT_TRUE(events_of(x, "protest").empty());
  x = extract_text("Guards moved Oleg Brin to another prison without any warning.");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
}

TEST(Issue4DocumentFurniture, ANumberedSectionHeadingTellsNoAct) {
  Extraction x = extract_text(
      "Annual report\n\nThe group visited the region in May.\n\n"
      "III. Enforced Disappearances in the North\n\nOleg Brin was detained by police.");
  EXPECT_TRUE(events_of(x, "enforced_disappearance").empty());
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
  x = extract_text("Report\n\n2. Arrests of Journalists\n\nOleg Brin was detained by police.");
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
  x = extract_text("Report\n\n2. Police arrested Oleg Brin on Monday.");
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
