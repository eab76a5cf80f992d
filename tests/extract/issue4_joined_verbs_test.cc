// Issue 4: a base form joined by "and" to a verb after "to" ("paid two men to drown and torture
// three goats", "vowed to find and prosecute those responsible") is a verb too, when an object
// phrase follows it, so its object is read as a verb's: a thing vetoes the act, people are its
// victims. Not "the right to assemble and free speech", where "free" is no verb. Also
// "those" with a participle after it ("those marching") is people, and "torture chambers",
// "torture scenes" are no torture. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4JoinedVerbs, AJoinedVerbOnAThingIsNoAct) {
  Extraction x =
      extract_text("The farmer paid two men to drown and torture three goats for a video.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
}

TEST(Issue4JoinedVerbs, AJoinedVerbOnPeopleIsAnAct) {
  Extraction x =
      extract_text("The governor ordered troops to round up and deport the striking miners.");
  EXPECT_FALSE(events_of(x, "deportation_extradition").empty());
  Extraction z =
      extract_text("The junta used the new law to jail and deport many foreign reporters.");
  EXPECT_FALSE(events_of(z, "deportation_extradition").empty());
  Extraction y =
      extract_text("The junta went on to jail and torture those marching in the capital.");
  EXPECT_FALSE(events_of(y, "torture_ill_treatment").empty());
}

TEST(Issue4JoinedVerbs, AnAdjectiveAfterToAndIsNoVerb) {
  Extraction x = extract_text(
      "The group said officials keep violating the right to assemble and free speech.");
  EXPECT_TRUE(events_of(x, "release").empty());
}

TEST(Issue4JoinedVerbs, TortureAsAModifierOfAPlaceOrAPictureIsNoTorture) {
  Extraction x = extract_text("Visitors walked through the torture chambers of the old castle.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  Extraction y = extract_text("The audience looked away when the torture scenes began.");
  EXPECT_TRUE(events_of(y, "torture_ill_treatment").empty());
}

}  // namespace
}  // namespace casebook::testing
