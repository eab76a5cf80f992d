// Issue 4: a pronoun in a main clause does not stand for a name inside a relative clause set
// off by commas before it ("X, who shared a stage with Y and Z, told reporters about her
// detention": her = X). A relative clause still open at the pronoun, and a name outside any
// relative clause, are read as before. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PronounPastRelativeClause, TheHeadOfTheRelativeClauseIsThePronoun) {
  Extraction x = extract_text(
      "The poet Lena Ortiz, who shared a stage in Lyon with Tom Reyes and Maya Cole, told "
      "reporters about her detention.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Lena Ortiz"));
}

TEST(Issue4PronounPastRelativeClause, InsideTheRelativeClauseTheNearestStillFits) {
  Extraction x = extract_text(
      "The poet Lena Ortiz, who visited Maya Cole after her detention, spoke on Sunday.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Maya Cole"));
}

}  // namespace
}  // namespace casebook::testing
