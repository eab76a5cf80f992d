// Issue 4: "Officers took away his father, X" gave nothing: "took away" was an abduction only
// by masked or unknown men. Taken away by the state's agents, a person is arrested; not "police
// took away the banners", nor a phrase where the police are the ones attacked.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TakenAway, OfficersTookAwayAPerson) {
  Extraction x =
      extract_text("Security officers took away Yerlan Abenov on Monday night.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Yerlan Abenov"));
  Extraction y = extract_text("Yerlan Abenov was taken away by police on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Yerlan Abenov"));
}

TEST(Issue4TakenAway, NotThingsNorOthersTaking) {
  Extraction x = extract_text("Police took away the banners.", "2024-05-10");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  Extraction y = extract_text(
      "After taking them away, the gang shot a prison guard who tried to stop them.", "2024-05-10");
  EXPECT_TRUE(events_of(y, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
