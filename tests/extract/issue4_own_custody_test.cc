// Issue 4: no one orders their own custody. In "Judge Petrov extended her detention" or "the
// court upheld his sentence" the possessive right after the verb is someone other than the
// subject: the one named before, not the judge. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OwnCustody, TheJudgeIsNotTheDetainee) {
  Extraction x =
      extract_text("Police detained Mila Dorn.\n\nJudge Petrovski extended her detention.");
  for (const Event& ev : x.events) {
    EXPECT_FALSE(has_name(names_of(x, ev.victims), "Petrovski")) << ev.type;
  }
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Mila Dorn"});
}

}  // namespace
}  // namespace casebook::testing
