// Issue 4: a request governs every act coordinated with the first one asked for. "urged the
// authorities to release X and drop the charges": the dropping is asked for as well, not an
// acquittal. Acts told after "and" without a request stay real. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CoordinatedRequests, SecondActAskedForIsHypothetical) {
  for (const char* text :
       {"The association urged the authorities to free Pavel Morozko and drop the charges "
        "he faces.",
        "Lawyers asked the prosecutors to release Pavel Morozko and drop the charges against "
        "him."}) {
    Extraction x = extract_text(text);
    auto prosecutions = events_of(x, "prosecution");
    ASSERT_EQ(prosecutions.size(), 1u) << text;
    EXPECT_TRUE(prosecutions[0]->hypothetical) << text;
    EXPECT_TRUE(first_hypothetical(x, "release")) << text;
  }
}

TEST(Issue4CoordinatedRequests, ActsToldAfterAndStayReal) {
  Extraction x = extract_text("Police went to arrest Pavel Morozko and charged him with fraud.");
  auto prosecutions = events_of(x, "prosecution");
  ASSERT_EQ(prosecutions.size(), 1u);
  EXPECT_FALSE(prosecutions[0]->hypothetical);
}

}  // namespace
}  // namespace casebook::testing
