// Issue 4: "Karimov was taken to the pre-trial detention facility of the security service":
// the "of" after a place of holding names its keeper, not whom the detention took, so the
// security service is no victim and Karimov no perpetrator. "detention facilities for
// hostages" still names the held. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4KeeperOfAHoldingPlace, TheKeeperIsNoVictim) {
  Extraction x = extract_text(
      "Police detained Farrukh Karimov on Monday. Karimov was taken to the pre-trial detention "
      "facility of the State Security Service, where he has been held incommunicado since.");
  for (const Event* e : events_of(x, "arrest_detention")) {
    EXPECT_FALSE(has_name(names_of(x, e->victims), "State Security Service"));
    EXPECT_FALSE(has_name(names_of(x, e->perpetrators), "Farrukh Karimov"));
  }
}

TEST(Issue4KeeperOfAHoldingPlace, FacilitiesForTheHeld) {
  Extraction x =
      extract_text("The militia ran detention facilities for hostages near the border in 2015.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "hostages"));
}

}  // namespace
}  // namespace casebook::testing
