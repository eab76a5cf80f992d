// Issue 4: a verdict names each defendant's outcome. "The court acquitted A and sentenced B to
// three years": A is acquitted, B sentenced (a verb after "and" opens another clause, so B is
// no second object of "acquitted"). "sentenced A to six years and B to five years": the verb
// is left out before B, who is sentenced too. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

const Event* with_outcome(const Extraction& x, const std::string& outcome) {
  for (const Event* ev : events_of(x, "prosecution"))
    if (ev->outcome == outcome) return ev;
  return nullptr;
}

TEST(Issue4VerdictDefendants, EachOutcomeItsDefendant) {
  Extraction x = extract_text(
      "The court acquitted Sara Nurieva and sentenced Ilgar Mammadli to three years.");
  const Event* acquitted = with_outcome(x, "acquitted");
  const Event* sentenced = with_outcome(x, "sentenced");
  ASSERT_NE(acquitted, nullptr);
  ASSERT_NE(sentenced, nullptr);
  EXPECT_EQ(names_of(x, acquitted->victims), std::vector<std::string>{"Sara Nurieva"});
  EXPECT_EQ(names_of(x, sentenced->victims), std::vector<std::string>{"Ilgar Mammadli"});
}

TEST(Issue4VerdictDefendants, AVerbLeftOutBeforeTheNextDefendant) {
  Extraction x = extract_text(
      "The court sentenced Sara Nurieva to six years, Ilgar Mammadli to five years and Rauf "
      "Aliyev to three years.");
  const Event* sentenced = with_outcome(x, "sentenced");
  ASSERT_NE(sentenced, nullptr);
  EXPECT_EQ(names_of(x, sentenced->victims),
            (std::vector<std::string>{"Sara Nurieva", "Ilgar Mammadli", "Rauf Aliyev"}));
}

TEST(Issue4VerdictDefendants, AnotherVerbEndsTheGap) {
  Extraction x = extract_text(
      "The judge sentenced Sara Nurieva to six years and released Ilgar Mammadli to his family.");
  const Event* sentenced = with_outcome(x, "sentenced");
  ASSERT_NE(sentenced, nullptr);
  EXPECT_EQ(names_of(x, sentenced->victims), std::vector<std::string>{"Sara Nurieva"});
}

}  // namespace
}  // namespace casebook::testing
