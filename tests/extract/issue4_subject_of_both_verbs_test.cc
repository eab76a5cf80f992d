// Issue 4: "police put both under house arrest and charged them" made the police the ones
// charged: the subject of two verbs joined by "and" is no object pronoun of the second.
// "They marched and police beat them" keeps the marchers.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SubjectOfBothVerbs, ThePoliceDidNotChargeThemselves) {
  Extraction x = extract_text(
      "Police put both Wei and Ma under house arrest and accused them of fraud.", "2024-05-10");
  for (const Event* ev : events_of(x, "prosecution")) {
    EXPECT_FALSE(has_name(names_of(x, ev->victims), "police"));
  }
}

TEST(Issue4SubjectOfBothVerbs, AnotherSubjectAfterAndStillBinds) {
  Extraction x =
      extract_text("The students marched to the square and police beat them.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "students"));
}

}  // namespace
}  // namespace casebook::testing
