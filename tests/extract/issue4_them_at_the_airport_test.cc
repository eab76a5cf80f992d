// Issue 4: "Liu and her son were stopped at Beijing Capital International Airport. Officers
// told them they were barred from leaving" made the airport the one barred: a body named as
// where something happened is no "them", and those who tell are no "they" of what they tell.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ThemAtTheAirport, TheAirportIsNoOneBarred) {
  Extraction x = extract_text(
      "Liu Fang and her son were stopped at Beijing Capital International Airport. Officers "
      "told them they were barred from leaving the country.",
      "2024-05-10");
  for (const Event* ev : events_of(x, "travel_ban")) {
    EXPECT_FALSE(has_name(names_of(x, ev->victims), "Beijing Capital International Airport"));
    EXPECT_FALSE(has_name(names_of(x, ev->victims), "officers"));
  }
}

TEST(Issue4ThemAtTheAirport, ThoseToldAreThey) {
  Extraction x =
      extract_text("Police told the families that they would be arrested.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "families"));
}

}  // namespace
}  // namespace casebook::testing
