// Issue 4: two acts that did not happen. "She went into hiding in December and has not been
// seen since" was an enforced disappearance; "incitement is punishable by up to two years of
// imprisonment" was a detention, the penalty a law sets read past its length.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HidingAndPenalties, UnseenInHidingIsNoDisappearance) {
  Extraction x =
      extract_text("Mira Kovac went into hiding in December and has not been seen in public since.",
                   "2024-05-10");
  EXPECT_TRUE(events_of(x, "enforced_disappearance").empty());
  Extraction y = extract_text(
      "Mira Kovac was taken by armed men in December and has not been seen since.", "2024-05-10");
  EXPECT_EQ(events_of(y, "enforced_disappearance").size(), 1u);
}

TEST(Issue4HidingAndPenalties, ALawsLongPenaltyIsNoDetention) {
  Extraction x = extract_text(
      "Under the penal code, incitement is punishable by up to two years of imprisonment.",
      "2024-05-10");
  for (const Event* ev : events_of(x, "arrest_detention")) EXPECT_TRUE(ev->hypothetical);
}

}  // namespace
}  // namespace casebook::testing
