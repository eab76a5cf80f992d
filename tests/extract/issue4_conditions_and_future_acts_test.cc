// Issue 4: acts that did not happen, or not yet. "Had the police arrested X, his family would
// have been told" is a condition put by inverting its verb; "those who take part in the rally
// on 25 May may be detained", written on 10 May, names a rally still to come. Both were
// recorded as acts done. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ConditionsAndFutureActs, AnInvertedConditionIsHypothetical) {
  for (const char* text : {"Had the police arrested Ivo Marek, his family would have been told.",
                           "Should Ivo Marek be arrested, his lawyer will appeal."}) {
    Extraction x = extract_text(text);
    ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u) << text;
    EXPECT_TRUE(events_of(x, "arrest_detention")[0]->hypothetical) << text;
  }
  // "had" after its subject is a past perfect, not a condition.
  Extraction x = extract_text("Police had arrested Ivo Marek, his lawyer said.");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->hypothetical);
}

TEST(Issue4ConditionsAndFutureActs, AnActDatedAfterTheWritingIsToCome) {
  Extraction x =
      extract_text("Those who take part in the rally on 25 May may be detained.", "2024-05-10");
  ASSERT_EQ(events_of(x, "protest").size(), 1u);
  EXPECT_TRUE(events_of(x, "protest")[0]->hypothetical);
  // Told in the past, a day before the writing is an act done.
  x = extract_text("Police detained Ivo Marek at the rally on 3 May.", "2024-05-10");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->hypothetical);
}

TEST(Issue4ConditionsAndFutureActs, HadSuchAComplaintBeenFiled) {
  Extraction x = extract_text(
      "Had such a complaint of torture been filed by Ivo Marek, it would have been investigated.");
  ASSERT_EQ(events_of(x, "torture_ill_treatment").size(), 1u);
  EXPECT_TRUE(events_of(x, "torture_ill_treatment")[0]->hypothetical);
}

}  // namespace
}  // namespace casebook::testing
