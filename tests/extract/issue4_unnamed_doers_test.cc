// Issue 4: doers the text does not name. "The government said \"armed elements\" had attacked a
// police station": the act's own subject did it, not the government that speaks, and no other
// actor of the sentence stands in for it. Soldiers who "dragged him into a pickup truck" took
// him (not a farmer dragging sacks into a truck). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4UnnamedDoers, TheSpeakerIsNotTheDoerOfAReportedClausesOwnSubject) {
  Extraction x = extract_text(
      "The provincial government said that \"armed elements\" had attacked the activist Ivo "
      "Brenner.");
  std::vector<const Event*> ev = events_of(x, "assault");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  Extraction y = extract_text("The provincial government said police had detained Ivo Brenner.");
  std::vector<const Event*> ey = events_of(y, "arrest_detention");
  ASSERT_FALSE(ey.empty());
  EXPECT_TRUE(has_name(names_of(y, ey[0]->perpetrators), "police"));
}

TEST(Issue4UnnamedDoers, DraggedIntoATruckBySoldiers) {
  Extraction x = extract_text("Soldiers beat the student Ivo Brenner and dragged him into a "
                              "pickup truck.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Ivo Brenner"));
  Extraction y = extract_text("The farmer Ivo Brenner dragged the sacks into the truck.");
  EXPECT_TRUE(events_of(y, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
