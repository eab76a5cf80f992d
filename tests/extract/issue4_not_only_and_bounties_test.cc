// Issue 4: words that look like negation or fact but are neither. "not only detained but
// beaten" and "not the only activist stopped" deny nothing; "has not commented on the
// charges" denies a comment, not the charges. A reward "for information leading to the
// arrest of X" asks for an arrest that has not happened; "Every person who is arrested" is
// a rule, not an arrest. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NotOnlyAndBounties, NotOnlyDeniesNothing) {
  for (const char* text : {"Lena Sorel was not only detained but also beaten.",
                           "Lena Sorel was not the only student detained that week.",
                           "The ministry has not commented on the charges against Lena Sorel."}) {
    Extraction x = extract_text(text);
    ASSERT_FALSE(x.events.empty()) << text;
    EXPECT_FALSE(x.events[0].negated) << text;
  }
  Extraction x = extract_text("Lena Sorel was not detained.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_TRUE(x.events[0].negated);
}

TEST(Issue4NotOnlyAndBounties, RewardForAnArrestAsksForIt) {
  Extraction x =
      extract_text("Police offered a reward for information leading to the arrest of Lena Sorel.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->hypothetical);
}

TEST(Issue4NotOnlyAndBounties, EveryPersonWhoIsARule) {
  Extraction x = extract_text("Every person who is detained must see a judge within two days.");
  for (const Event& ev : x.events) EXPECT_TRUE(ev.generic || ev.hypothetical);
}

}  // namespace
}  // namespace casebook::testing
