// Issue 4: "follow" with an act or a happening as its subject or object tells what came
// after what ("the march followed the shooting of X", "the arrests that followed the
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
  Extraction x = extract_text(
      "The vigil followed the beating of Dalia Kern by police officers in Leeds.");
  EXPECT_TRUE(events_of(x, "harassment").empty());
  Extraction y = extract_text("The detentions that followed the rally were condemned by police.");
  EXPECT_TRUE(events_of(y, "harassment").empty());
}

TEST(Issue4FollowInTime, PoliceFollowingAPersonIsHarassment) {
  Extraction x = extract_text("Plainclothes police followed the journalist Dalia Kern home.");
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Dalia Kern"));
}

TEST(Issue4FollowInTime, AFatalShootingIsAKilling) {
  Extraction x = extract_text("Crowds gathered after the fatal police shooting of Omar Haddad.");
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Omar Haddad"));
  Extraction y = extract_text("Crowds gathered after the shooting of Omar Haddad.");
  EXPECT_TRUE(events_of(y, "killing").empty());
}

}  // namespace
}  // namespace casebook
