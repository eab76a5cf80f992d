// Issue 4: a round-up of the news ("our monthly round up", "the weekly news roundup") is
// a digest, not the rounding up of people (data/events/vetoes.tsv); police rounding people up
// and "the roundup of students" still are arrests. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NewsRoundup, ADigestOfTheNewsIsNoArrest) {
  Extraction x = extract_text("Read our monthly round up of court cases against reporters.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  Extraction y = extract_text("The weekly news roundup by Mira Das covers six countries.");
  EXPECT_TRUE(events_of(y, "arrest_detention").empty());
}

TEST(Issue4NewsRoundup, RoundingUpPeopleIsStillAnArrest) {
  Extraction x = extract_text("Police rounded up dozens of students in the capital.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "students"));
  Extraction y = extract_text("The roundup of students began at dawn.");
  EXPECT_FALSE(events_of(y, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
