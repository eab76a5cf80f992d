// Issue 4: more ways of telling an abduction. "Four men in plain clothes led X to a van",
// "led X to a waiting car", "bundled the three into a minibus". A driver leading guests to
// his car is none. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4LedToAVan, TakenToAVehicle) {
  for (const char* text : {"Four men in plain clothes led Selin Avcı to a white van.",
                           "Two men led Selin Avcı to a waiting car.",
                           "Masked men bundled Selin Avcı into a minibus."}) {
    Extraction x = extract_text(text);
    EXPECT_EQ(first_victims(x, "abduction"), std::vector<std::string>{"Selin Avcı"}) << text;
  }
}

TEST(Issue4LedToAVan, ADriverAndHisGuests) {
  Extraction x = extract_text("The driver led the guests to his car.");
  EXPECT_TRUE(events_of(x, "abduction").empty());
}

}  // namespace
}  // namespace casebook::testing
