// Issue 4: "Police detained her on 3 March at Bahrain's request" put the detention in Bahrain.
// A country that asks or orders an act ("at X's request", "on X's orders") is an actor, not
// where the act happened. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::string arrest_place(const Extraction& x) {
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  return ev.size() == 1 ? place_of(x, *ev[0]) : "?";
}

TEST(Issue4RequestingCountry, TheAskingCountryIsNoPlace) {
  Extraction x = extract_text("Serbian police detained Lena Dovic on 3 March at Bahrain's request.",
                              "2024-05-10");
  EXPECT_NE(arrest_place(x), "Bahrain");
  // A place of its own still counts.
  x = extract_text("Police detained Lena Dovic in Belgrade on 3 March at Bahrain's request.",
                   "2024-05-10");
  EXPECT_EQ(arrest_place(x), "Belgrade");
  // And a country that is where it happened.
  x = extract_text("Police detained Lena Dovic in Bahrain on 3 March.", "2024-05-10");
  EXPECT_EQ(arrest_place(x), "Bahrain");
}

}  // namespace
}  // namespace casebook::testing
