// Issue 4: "the judge remanded him in custody on charges of fraud", "security services
// detained X on charges of treason": the charges named after an act, with no one of their own
// in the clause, are those of the one the act took. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ChargesOfTheHeld, TheDetainedIsCharged) {
  Extraction x = extract_text(
      "On 25 February, the district court in Osh ordered the pre-trial detention of Timur "
      "Karimov on charges of calls to mass disorder.");
  bool charged = false;
  for (const Event* e : events_of(x, "prosecution")) {
    charged = charged || has_name(names_of(x, e->victims), "Timur Karimov");
  }
  EXPECT_TRUE(charged);
}

TEST(Issue4ChargesOfTheHeld, NotAnActTold) {
  Extraction x =
      extract_text("Timur Karimov was not detained, and no one faces charges of fraud in Osh.");
  for (const Event* e : events_of(x, "prosecution")) {
    EXPECT_FALSE(has_name(names_of(x, e->victims), "Timur Karimov"));
  }
}

}  // namespace
}  // namespace casebook::testing
