// Issue 4: "sentenced X over posts she shared in 2021": the year is when she shared the
// posts, in a relative clause with no "that", not when she was sentenced. The noun before
// the clause may be a plural that is also a verb's "-s" form ("posts"); a verb of saying is
// no such noun ("says she was beaten in 2021" dates the beating). Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ContactRelativePlural, TimeOfTheRelativeClause) {
  Extraction x = extract_text("A court sentenced Selin Kaya over posts she shared in 2021.");
  EXPECT_EQ(date_of_only(x, "prosecution"), "");
}

TEST(Issue4ContactRelativePlural, VerbOfSayingIsNoNoun) {
  Extraction x = extract_text("The judge jailed Selin Kaya, who says she was beaten in 2021.");
  EXPECT_EQ(date_of_only(x, "torture_ill_treatment"), "2021");
}

}  // namespace
}  // namespace casebook::testing
