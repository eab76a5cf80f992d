// Issue 6: the sense vetoes (data/events/vetoes.tsv) compare each row's neighbour word before
// the trigger's tokens; a veto must still need both, on its own side of the trigger, past one
// determiner after it. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(VetoNeighbours, Issue6WordBeforeTheTrigger) {
  EXPECT_TRUE(
      events_of(extract_text("Rafael Ortiz suffered a heart attack at home on Monday."), "assault")
          .empty());
  EXPECT_FALSE(events_of(extract_text("Gunmen attacked Rafael Ortiz at home on Monday."), "assault")
                   .empty());
}

TEST(VetoNeighbours, Issue6WordAfterTheTriggerPastADeterminer) {
  EXPECT_TRUE(events_of(extract_text("The new dams arrested the erosion of the riverbank."),
                        "arrest_detention")
                  .empty());
  EXPECT_TRUE(
      events_of(extract_text("The new dams arrested erosion of the riverbank."), "arrest_detention")
          .empty());
}

TEST(VetoNeighbours, Issue6TheWordOnTheWrongSideVetoesNothing) {
  // "heart" vetoes "attack" only before it; "camera" vetoes "surveillance" only after it.
  EXPECT_FALSE(events_of(extract_text("Gunmen attacked heart surgeon Rafael Ortiz at home on "
                                      "Monday."),
                         "assault")
                   .empty());
  const char* before =
      "Police placed the activist Rafael Ortiz under camera surveillance for months.";
  const char* after =
      "Police placed the activist Rafael Ortiz under surveillance cameras for months.";
  EXPECT_FALSE(extract_text(before).events.empty());
  EXPECT_TRUE(extract_text(after).events.empty());
}

TEST(VetoNeighbours, Issue6TheNeighbourAloneVetoesNothing) {
  // "camera" vetoes "surveillance", not another trigger it stands after.
  EXPECT_FALSE(events_of(extract_text("Police detained the camera operator Rafael Ortiz in the "
                                      "capital on Monday."),
                         "arrest_detention")
                   .empty());
}

}  // namespace
}  // namespace casebook::testing
