// Issue 4: a prosecution told in steps ("tried in absentia and sentenced to eight years",
// "found guilty ... was sentenced to six years") keeps the latest stage the text tells:
// charged, tried, convicted, sentenced. "in absentia" only says how ("charged in absentia"
// stays charged), and an appeal upheld stays upheld. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::string outcome_of(const Extraction& x) {
  std::vector<const Event*> ev = events_of(x, "prosecution");
  return ev.size() == 1 ? ev[0]->outcome : "(" + std::to_string(ev.size()) + " events)";
}

TEST(Issue4ProsecutionStage, TheLatestStageTold) {
  EXPECT_EQ(outcome_of(extract_text("Vera Lis was tried in absentia and sentenced on 3 May 2024 "
                                    "to eight years in prison.")),
            "sentenced");
  EXPECT_EQ(outcome_of(extract_text(
                "Judge Petrov found Oleg Brin guilty. Brin was sentenced to six years.")),
            "sentenced");
}

TEST(Issue4ProsecutionStage, InAbsentiaOnlySaysHow) {
  EXPECT_EQ(outcome_of(extract_text("Vera Lis, who lives in Vilnius, was charged in absentia "
                                    "with spreading false news.")),
            "charged");
}

TEST(Issue4ProsecutionStage, AnUpheldSentenceStaysUpheld) {
  EXPECT_EQ(outcome_of(extract_text(
                "An appeals court upheld the six-year sentence handed to Oleg Brin.")),
            "upheld");
}

}  // namespace
}  // namespace casebook::testing
