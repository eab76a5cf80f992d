// Issue 4: "follow" with an act or a happening as its subject or object tells what came
// after what ("weeks of silence followed X's beating", "the arrests that followed the
// protest"), not that someone was tailed; plain-clothes police following a reporter still
// harass her. A fatal or deadly shooting, stabbing or beating is a killing.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4FollowInTime, AnActAfterAnotherIsNoTailing) {
  Extraction x = extract_text("Weeks of silence followed Dalia Kern's beating by police in Leeds.");
  EXPECT_TRUE(events_of(x, "harassment").empty());
  Extraction y = extract_text("The detentions that followed the rally were condemned by police.");
  EXPECT_TRUE(events_of(y, "harassment").empty());
}

TEST(Issue4FollowInTime, PoliceFollowingAPersonIsHarassment) {
  Extraction x = extract_text("Plainclothes police followed the journalist Dalia Kern home.");
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Dalia Kern"));
}

TEST(Issue4FollowInTime, AFatalShootingIsAKilling) {
  Extraction x = extract_text(
      "The inquiry into the deadly shooting of Omar Haddad by a guard opened on Monday.");
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Omar Haddad"));
  Extraction y = extract_text("The inquiry into the shooting of Omar Haddad opened on Monday.");
  EXPECT_TRUE(events_of(y, "killing").empty());
}

}  // namespace
}  // namespace casebook
