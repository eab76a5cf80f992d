// Issue 4: "rejected his appeal, clearing the way for his deportation": the deportation has
// not happened; it is made possible. A cue of several words ending in a preposition governs
// the act noun one or two words after it ("the way for his deportation"), though it starts
// more than four words back. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ClearingTheWay, TheDeportationIsNotYet) {
  Extraction x = extract_text(
      "A court in Berlin rejected the appeal of Sherzod Rahimov, clearing the way for his "
      "deportation to Tajikistan.");
  std::vector<const Event*> ev = events_of(x, "deportation_extradition");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->hypothetical);
}

TEST(Issue4ClearingTheWay, ADeportationThatHappened) {
  Extraction x = extract_text(
      "Germany deported Sherzod Rahimov to Tajikistan on Monday after a court cleared his case.");
  std::vector<const Event*> ev = events_of(x, "deportation_extradition");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->hypothetical);
}

}  // namespace
}  // namespace casebook::testing
