// Issue 4: the shapes of an oral statement to a council. "Mr. President, ..." addresses the
// chair: no state actor of the text, no doer of the acts that follow. "the space for
// independent journalism has all but disappeared": a thing that disappears is no one taken
// (while "his friend who disappeared" and "activists have disappeared" are). Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OralStatement, TheChairAddressedIsNoDoer) {
  Extraction x = extract_text(
      "Madam President, at least 40 journalists have been detained since January.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4OralStatement, AThingThatDisappearsIsNoOneTaken) {
  Extraction x = extract_text(
      "Mr. President, the space for independent journalism has all but disappeared.");
  EXPECT_TRUE(events_of(x, "enforced_disappearance").empty());
  x = extract_text("He spoke about his friend who disappeared in June.");
  EXPECT_EQ(events_of(x, "enforced_disappearance").size(), 1u);
  x = extract_text("Many activists have disappeared since 2019.");
  EXPECT_EQ(events_of(x, "enforced_disappearance").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
