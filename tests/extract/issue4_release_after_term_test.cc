// Issue 4: "The journalists were held for three days before being released": "for three days
// before" is the term they were held, not a time three days before the release, and the
// release comes that term after the day the holding began. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ReleaseAfterTerm, TheReleaseComesTheTermAfter) {
  Extraction x = extract_text(
      "On 9 March 2024 police detained two reporters in Brest. The reporters were held for "
      "three days before being released without charge.");
  for (const Event* e : events_of(x, "arrest_detention")) EXPECT_EQ(e->date.start, "2024-03-09");
  std::vector<const Event*> ev = events_of(x, "release");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2024-03-12");
  x = extract_text(
      "On 9 March 2024 police detained Ana Lima in Brest. She was held for a week and then "
      "released.");
  ASSERT_EQ(events_of(x, "release").size(), 1u);
  EXPECT_EQ(events_of(x, "release")[0]->date.start, "2024-03-16");
}

}  // namespace
}  // namespace casebook::testing
