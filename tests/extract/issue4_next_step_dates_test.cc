// Issue 4: times that point forward. "Ordered to appear for questioning next Monday" was dated
// a year back, as if "next Monday" were a month written without a year; and "adjourned the
// trial until September 17" dated the trial a year back, where the time is when the next
// hearing comes, not when the court sat.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NextStepDates, NextMondayCountsFromTheDayOfWriting) {
  Extraction x =
      extract_text("Omar Haddad was ordered to appear for questioning next Monday.", "2024-05-10");
  EXPECT_EQ(date_of_only(x, "interrogation"), "2024-05-13");
}

TEST(Issue4NextStepDates, UntilADateIsNotWhenTheCourtSat) {
  Extraction x = extract_text("The court adjourned the trial of Omar Haddad until September 17.",
                              "2024-05-10");
  EXPECT_EQ(date_of_only(x, "prosecution"), "");
  Extraction y =
      extract_text("The court postponed the trial of Omar Haddad to 17 September.", "2024-05-10");
  EXPECT_EQ(date_of_only(y, "prosecution"), "");
}

TEST(Issue4NextStepDates, AMonthAfterWritingIsStillLastYearsWhenToldInThePast) {
  Extraction x = extract_text("Omar Haddad was arrested in November.", "2024-05-10");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2023-11");
  Extraction y = extract_text("Omar Haddad was held until March 2020.", "2024-05-10");
  EXPECT_EQ(date_of_only(y, "arrest_detention"), "2020-03");
}

}  // namespace
}  // namespace casebook::testing
