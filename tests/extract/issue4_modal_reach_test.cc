// Issue 4: a modal a few words before an act makes it hypothetical; an adverb of likelihood or
// time between them does not count toward the distance ("would probably end in his
// torture"). Other words still do: "should be visiting the dissidents held in" keeps the
// detention real. A noun later in a list of acts shares the list's distance ("could mean
// prison, beatings and torture for").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

TEST(Issue4ModalReach, AnAdverbOfLikelihoodDoesNotCount) {
  Extraction x = extract_text("Sending him back would probably end in his torture.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->hypothetical);
}

TEST(Issue4ModalReach, AnActFurtherOnStaysReal) {
  Extraction x =
      extract_text("Officials should be visiting the dissidents held in Kashimpur jail.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->hypothetical);
}

// A noun later in a list of acts is as far from the modal as the list's first.
TEST(Issue4ModalReach, ActsListedAfterTheFirstShareItsModality) {
  Extraction x =
      extract_text("Deportation could mean prison, beatings and torture for the activist.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->hypothetical);
  Extraction y = extract_text("Guards beat him, and the torture went on for days.");
  for (const Event* e : events_of(y, "torture_ill_treatment")) EXPECT_FALSE(e->hypothetical);
}

}  // namespace
}  // namespace casebook
