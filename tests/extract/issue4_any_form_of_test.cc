// Issue 4: "X was never exposed to any kind of abuse" was an act of ill-treatment: "any
// kind of" pushed the negation past the four words a negation reaches back over. The
// words of "any form/kind of" count as none. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AnyFormOf, TheNegationReachesPastIt) {
  for (const char* text : {"Ivo Marek was never exposed to any form of ill-treatment.",
                           "Ivo Marek was not subjected to any kind of torture."}) {
    Extraction x = extract_text(text);
    ASSERT_EQ(events_of(x, "torture_ill_treatment").size(), 1u) << text;
    EXPECT_TRUE(events_of(x, "torture_ill_treatment")[0]->negated) << text;
  }
}

TEST(Issue4AnyFormOf, NoNegationNoChange) {
  Extraction x = extract_text("Guards subjected Ivo Marek to every form of ill-treatment.");
  ASSERT_EQ(events_of(x, "torture_ill_treatment").size(), 1u);
  EXPECT_FALSE(events_of(x, "torture_ill_treatment")[0]->negated);
}

}  // namespace
}  // namespace casebook::testing
