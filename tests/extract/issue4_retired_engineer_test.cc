// Issue 4: "Officers detained X, a retired engineer, and his brother, Y" lost the brother: the
// participle in the apposition ("retired") was read as a verb, so the apposition did not close
// and the list stopped at X. A participle right after an article or a possessive is a modifier.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RetiredEngineer, TheListGoesOnPastTheApposition) {
  Extraction x = extract_text(
      "Officers detained Bolat Serikov, a retired engineer, and his brother, Timur Serikov.",
      "2024-05-10");
  auto victims = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(victims, "Bolat Serikov"));
  EXPECT_TRUE(has_name(victims, "Timur Serikov"));
}

TEST(Issue4RetiredEngineer, AClauseInTheAppositionStillEndsIt) {
  Extraction x = extract_text(
      "Police detained Ana Lima, a lawyer who was arrested before, and questioned Rui Costa.",
      "2024-05-10");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Rui Costa"));
}

}  // namespace
}  // namespace casebook::testing
