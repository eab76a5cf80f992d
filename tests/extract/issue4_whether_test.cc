// Issue 4: "urged the authorities to investigate whether X was killed" made the group that
// urged the one killed: "whether" opens a clause of its own, whose subject is its own, and
// what it asks about is not told as done.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Whether, TheClauseHasItsOwnSubject) {
  Extraction x = extract_text(
      "The Press Freedom Forum urged the authorities to investigate whether Armando Salas was "
      "killed.",
      "2024-05-10");
  auto victims = first_victims(x, "killing");
  EXPECT_TRUE(has_name(victims, "Armando Salas"));
  EXPECT_FALSE(has_name(victims, "Press Freedom Forum"));
  for (const Event* ev : events_of(x, "killing")) EXPECT_TRUE(ev->hypothetical);
}

}  // namespace
}  // namespace casebook::testing
