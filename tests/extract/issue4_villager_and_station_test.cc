// Issue 4: "Police beat a villager" gave nothing, for "villager" did not stand for one person;
// and "three activists were abducted from a police station" made the station the abductor.
// A station they were taken from is a place; one they were beaten at still names the police.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4VillagerAndStation, AVillagerIsOnePerson) {
  Extraction x = extract_text("Police beat a villager on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "villager"));
}

TEST(Issue4VillagerAndStation, TakenFromAStationIsNoDoer) {
  Extraction x =
      extract_text("Three activists were abducted from a police station in Harare.", "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "abduction").empty());
  Extraction y =
      extract_text("Three activists were beaten at a police station in Harare.", "2024-05-10");
  EXPECT_FALSE(first_perpetrators(y, "torture_ill_treatment").empty());
}

}  // namespace
}  // namespace casebook::testing
