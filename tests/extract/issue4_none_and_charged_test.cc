// Issue 4: two readings of plain news sentences. "On Tuesday prosecutors charged X" gave no
// charge: "On Tuesday prosecutors charged" was taken for the phrase "on ... charges" and then
// refused, its words lost to the verb. "None of the children has been detained" was a
// detention: "none" as the subject of a passive act denies it, as "no one" does.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NoneAndCharged, ADayThenASubjectThenCharged) {
  Extraction x = extract_text("On Tuesday prosecutors charged Samir Toumi.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Samir Toumi"));
  EXPECT_EQ(date_of_only(x, "prosecution"), "2024-05-07");
}

TEST(Issue4NoneAndCharged, OnChargesIsStillTheNoun) {
  Extraction x =
      extract_text("Samir Toumi was arrested on fabricated smuggling charges.", "2024-05-10");
  EXPECT_EQ(events_of(x, "prosecution").size(), 1u);
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
}

TEST(Issue4NoneAndCharged, NoneOfThemDetainedIsDenied) {
  Extraction x = extract_text("None of the children has been detained.", "2024-05-10");
  auto events = events_of(x, "arrest_detention");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0]->negated);
  Extraction y = extract_text("Several of the children have been detained.", "2024-05-10");
  auto others = events_of(y, "arrest_detention");
  ASSERT_EQ(others.size(), 1u);
  EXPECT_FALSE(others[0]->negated);
}

}  // namespace
}  // namespace casebook::testing
