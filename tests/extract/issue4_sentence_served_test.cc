// Issue 4: "Nadia Harbi was released on Tuesday after serving her sentence" added a sentencing
// dated Tuesday, the release's day. A sentence told as served or completed is an earlier act's,
// no new one.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SentenceServed, ServingHerSentenceIsNoNewSentencing) {
  Extraction x =
      extract_text("Nadia Harbi was released on Tuesday after serving her sentence.", "2024-05-10");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  EXPECT_EQ(events_of(x, "release").size(), 1u);
}

TEST(Issue4SentenceServed, AnUpheldSentenceIsStillOne) {
  Extraction x = extract_text("A court upheld her sentence on Tuesday.", "2024-05-10");
  EXPECT_EQ(events_of(x, "prosecution").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
