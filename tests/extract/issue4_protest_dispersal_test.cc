// Issue 4: shapes of a report on a protest broken up by soldiers. "died of gunshot wounds":
// after "of" and a modifier, "wounds" is a noun, no verb whose subject wounded someone; "saw
// him being led into a military truck": the one before "being", seen, is the one held.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ProtestDispersal, DiedOfGunshotWoundsWoundsNoOne) {
  Extraction x = extract_text(
      "Two marchers, Ana Condori and Luis Ticona, died of gunshot wounds in hospital.");
  for (const Event* e : events_of(x, "assault")) {
    EXPECT_FALSE(has_name(names_of(x, e->perpetrators), "Ana Condori"));
  }
  Extraction y = extract_text("Three villagers sustained stab wounds during the raid.");
  for (const Event* e : events_of(y, "assault")) {
    EXPECT_FALSE(has_name(names_of(y, e->perpetrators), "villagers"));
  }
}

TEST(Issue4ProtestDispersal, AVerbAfterOfWithAnObjectStaysAVerb) {
  Extraction x = extract_text("The group of guards beats prisoners every week.");
  EXPECT_FALSE(events_of(x, "assault").empty() && events_of(x, "torture_ill_treatment").empty());
}

TEST(Issue4ProtestDispersal, SeenBeingLedIntoAMilitaryTruck) {
  Extraction x = extract_text(
      "Soldiers cleared the road on Tuesday. Neighbours saw Ana Condori being led into a "
      "military truck.",
      "2025-08-20");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Ana Condori"));
  EXPECT_FALSE(has_name(v, "Neighbours"));
  EXPECT_FALSE(has_name(v, "neighbours"));
}

TEST(Issue4ProtestDispersal, ATruckWithoutForcesIsNoDetention) {
  Extraction x = extract_text("The farmers led the cattle into a truck at dawn.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
