// Issue 4: "killing at least four people, witnesses and hospital staff said" made the
// witnesses dead: people listed after a comma whose list a verb of saying closes are those who
// speak. "X, Y and Z, her lawyer said" keeps all three.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ListClosedBySaying, WitnessesWhoSpeakAreNotKilled) {
  Extraction x = extract_text(
      "Soldiers opened fire on supporters, killing at least four people, witnesses and hospital "
      "staff said.",
      "2024-05-10");
  auto victims = first_victims(x, "killing");
  EXPECT_TRUE(has_name(victims, "people"));
  EXPECT_FALSE(has_name(victims, "witnesses"));
}

TEST(Issue4ListClosedBySaying, ASpeakerAfterACommaLeavesTheList) {
  Extraction x = extract_text(
      "Police detained Ana Lima, Rui Costa and Marta Sousa, her lawyer said.", "2024-05-10");
  auto victims = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(victims, "Rui Costa"));
  EXPECT_TRUE(has_name(victims, "Marta Sousa"));
}

}  // namespace
}  // namespace casebook::testing
