// Issue 4: a relative of a person known only by a role ("the brother of an exiled blogger",
// "relatives of the jailed lawyer") is the one the act was done to, tied to that person by a
// kinship relation, so the reprisal on a family is not read as an act on the exile. A
// pronoun's relative ("his son" of an unnamed man) still makes no entity. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativeOfDescribed, TheRelativeIsTheVictimNotTheExile) {
  Extraction x = extract_text("Police detained the brother of an exiled blogger on Friday.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"brother of blogger"});
  EXPECT_TRUE(has_relation(x, "brother of blogger", "brother", "blogger"));
}

TEST(Issue4RelativeOfDescribed, AGroupOfRelativesInThePassive) {
  Extraction x =
      extract_text("Relatives of the jailed lawyer were questioned by security officers.");
  std::vector<const Event*> ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"relatives of lawyer"});
  EXPECT_TRUE(has_relation(x, "relatives of lawyer", "relative", "lawyer"));
}

TEST(Issue4RelativeOfDescribed, APronounsRelativeOfAnUnnamedManStaysUnmade) {
  Extraction x = extract_text("A farmer said police had detained his son in March.");
  EXPECT_EQ(entity_named(x, "son of farmer", "person"), nullptr);
}

TEST(Issue4RelativeOfDescribed, ADescriptionOfSomeoneNamedMakesNoRelative) {
  Extraction x = extract_text(
      "Tomas Grel was born in 1971, the son of a miner. He was arrested in 2019.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Tomas Grel"});
  EXPECT_EQ(entity_named(x, "son of miner", "person"), nullptr);
  x = extract_text("Tomas Grel is the son of a miner. Police detained him in 2019.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Tomas Grel"});
}

}  // namespace
}  // namespace casebook::testing
