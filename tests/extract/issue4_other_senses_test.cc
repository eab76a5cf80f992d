// Issue 4: a day's news feed holds sport and business, whose words look like repression's. A
// match's score near the act ("were beaten 2-0 by") tells a game; "seized the opportunity" a
// chance taken; "seized the phones of X" takes things, not X (a property seizure, not an
// arrest). A date range ("beat protesters on 3-4 May") is no score. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OtherSenses, AGameAndAChanceAreNoActs) {
  for (const char* text : {"Eastfield were beaten 2-0 by Norbridge on Saturday.",
                           "Norbridge beat Eastfield 3-1 at home.",
                           "The company seized the opportunity to expand."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(x.events.empty()) << text;
  }
}

TEST(Issue4OtherSenses, ADateRangeIsNoScore) {
  Extraction x = extract_text("Police beat 12 protesters on 3-4 May in Gomel.");
  EXPECT_FALSE(x.events.empty());
}

TEST(Issue4OtherSenses, ThingsSeizedAreNoArrest) {
  Extraction x = extract_text("Police seized the phones of Dana Holt.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  EXPECT_EQ(events_of(x, "property_seizure").size(), 1u);
  x = extract_text("Police seized the activist Dana Holt at her home.");
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
