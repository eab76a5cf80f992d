// Issue 4: "X was arrested after a video he filmed of riot police firing tear gas at marchers
// went viral" made X the one who fired, and his arrest police work on a violent man: an -ing
// form right after the people an "of" names is what they do.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DoerOfAFilmedAct, ThePeopleFilmedDidIt) {
  Extraction x = extract_text(
      "Omid Rahnama was arrested after a video he filmed of riot police firing tear gas at "
      "marchers went viral.",
      "2024-05-10");
  auto doers = first_perpetrators(x, "assault");
  EXPECT_FALSE(has_name(doers, "Omid Rahnama"));
  EXPECT_TRUE(has_name(doers, "riot police"));
  auto arrest = events_of(x, "arrest_detention");
  ASSERT_EQ(arrest.size(), 1u);
  EXPECT_FALSE(arrest[0]->law_enforcement);
}

}  // namespace
}  // namespace casebook::testing
