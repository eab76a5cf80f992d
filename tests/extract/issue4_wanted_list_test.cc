// Issue 4: "Activist put on wanted list after fleeing Russia", a headline, made the activist
// the one who put someone on the list ("put" is its own participle); and "X was fined. In
// April police put him on the wanted list" told one act, the fine dated April. A wanted list
// is a stage of a prosecution of its own.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4WantedList, TheHeadlinesActivistIsTheOneListed) {
  Extraction x = extract_text("Activist put on wanted list after fleeing abroad", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "activist"));
  EXPECT_FALSE(has_name(first_perpetrators(x, "prosecution"), "activist"));
}

TEST(Issue4WantedList, AFineAndAWantedListAreTwoSteps) {
  Extraction x = extract_text("Ilya Sorokin was fined. In April police put him on the wanted list.",
                              "2024-05-10");
  EXPECT_EQ(events_of(x, "prosecution").size(), 2u);
}

}  // namespace
}  // namespace casebook::testing
