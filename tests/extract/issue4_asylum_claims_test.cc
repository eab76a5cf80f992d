// Issue 4: "His application for asylum in Norway was rejected": the owner of the application
// is the one decided upon, past "application for", and a bare "asylum" takes the verdict of
// its clause. Not "the asylum ban" or "asylum officers", which decide nothing. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AsylumClaims, TheApplicantOfAnApplicationForAsylumIsDecidedUpon) {
  Extraction x = extract_text(
      "The blogger Timur Nazarov fled in 2019. His application for asylum in Norway was rejected "
      "in 2021.");
  std::vector<const Event*> ev = events_of(x, "asylum_decision");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Timur Nazarov"));
  EXPECT_EQ(ev[0]->outcome, "rejected");
}

TEST(Issue4AsylumClaims, ABareAsylumWithNoVerdictHasNoOutcome) {
  Extraction x =
      extract_text("Border officers, not trained asylum officers, now hold the interviews.");
  for (const Event* e : events_of(x, "asylum_decision")) EXPECT_TRUE(e->outcome.empty());
}

}  // namespace
}  // namespace casebook::testing
