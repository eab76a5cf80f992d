// Issue 4: "Two men forced X into a pickup truck" counted two people abducted: a number before
// the act that counts its doers ("two men", "three officers searched") is no statistic of
// those the act was done to. "Police detained 40 students" still counts.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DoersCounted, ANumberOfDoersIsNoStatistic) {
  for (const char* text : {"Two men forced Tomas Quispe into a pickup truck on Monday.",
                           "Three officers searched the flat of Tomas Quispe on Monday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_TRUE(x.statistics.empty()) << text;
  }
}

TEST(Issue4DoersCounted, ANumberOfVictimsStillCounts) {
  Extraction x = extract_text("Police detained 40 students on Monday.", "2024-05-10");
  ASSERT_EQ(x.statistics.size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
