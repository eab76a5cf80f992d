// Issue 4: reprisals on an exile's family. A threat passed through a relative ("Police told
// my mother that I would be arrested if I returned") threatens the relative told as well as
// the one named; "his in-laws" are relatives of the exile, a group tied to him by kinship.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4FamilyReprisals, TheRelativeToldIsThreatenedToo) {
  Extraction x = extract_text(
      "My name is Vera Lis. Police told my mother that I would be arrested if I returned.");
  std::vector<const Event*> ev = events_of(x, "threat_intimidation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Vera Lis"));
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "mother of Vera Lis"));
  x = extract_text(
      "Officers told Rahim Sadr that his son would be jailed unless he stopped posting videos.");
  ev = events_of(x, "threat_intimidation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Rahim Sadr"));
}

TEST(Issue4FamilyReprisals, InLawsAreRelatives) {
  Extraction x = extract_text(
      "Karim Sadr is an exiled blogger. Police searched the house of his in-laws.");
  EXPECT_EQ(first_victims(x, "raid_search"), std::vector<std::string>{"in-laws of Karim Sadr"});
  EXPECT_TRUE(has_relation(x, "in-laws of Karim Sadr", "relative", "Karim Sadr"));
}

TEST(Issue4FamilyReprisals, PickedUpByMenInPlainClothes) {
  Extraction x = extract_text("Karim Sadr was picked up by men in plain clothes.");
  std::vector<const Event*> ev = events_of(x, "abduction");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Karim Sadr"});
  x = extract_text("Two masked men picked it up from the road and drove off.");
  EXPECT_TRUE(events_of(x, "abduction").empty());
}

}  // namespace
}  // namespace casebook::testing
