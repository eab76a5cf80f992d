// Issue 4: "Police on Wednesday arrested a man suspected of killing X" dated the killing
// Wednesday, the arrest's day, and the story's summary with it. The deed a person is
// suspected or accused of takes no date from the clause that arrests him; a time after the
// deed ("accused of kidnapping X in 2002") is the deed's.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DeedDate, TheArrestsDayIsNotTheKillings) {
  Extraction x = extract_text(
      "Police on Wednesday arrested a man suspected of killing the farmer leader Julián Mejía.",
      "2024-05-10");
  EXPECT_EQ(date_of_only(x, "killing"), "");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2024-05-08");
}

TEST(Issue4DeedDate, ATimeAfterTheDeedIsTheDeeds) {
  Extraction x =
      extract_text("Police arrested a man accused of kidnapping the reporter Daniel Soto in 2019.",
                   "2024-05-10");
  EXPECT_EQ(date_of_only(x, "abduction"), "2019");
}

}  // namespace
}  // namespace casebook::testing
