// Issue 4: a family that has no news of a disappeared person, or is not told where they are
// held, is never the one who took them. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NoNews, TheFamilyIsNoPerpetrator) {
  Extraction x =
      extract_text("Relatives of Pavel Sych have had no news of him since August 2024.");
  std::vector<const Event*> ev = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Pavel Sych"});
}

}  // namespace
}  // namespace casebook::testing
