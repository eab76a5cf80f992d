// Issue 4: "police seized the group's archive" and "seized Ana Lima's laptop" were arrests
// with no one arrested; a thing owned by someone named with "'s" is a seizure of the owner's
// property. "Seized the party's leader" still takes a person.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OwnedThings, AThingOwnedIsSeizedNotArrested) {
  for (const char* text : {"Police seized the union's archive on Monday.",
                           "Police seized Ana Lima's laptop on Monday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_TRUE(events_of(x, "arrest_detention").empty()) << text;
    EXPECT_EQ(events_of(x, "property_seizure").size(), 1u) << text;
  }
  Extraction x = extract_text("Police seized Ana Lima's laptop on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "property_seizure"), "Ana Lima"));
}

TEST(Issue4OwnedThings, APersonOwnedIsStillTaken) {
  Extraction x = extract_text("Police seized the group's leader on Monday.", "2024-05-10");
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(x, "property_seizure").empty());
}

}  // namespace
}  // namespace casebook::testing
