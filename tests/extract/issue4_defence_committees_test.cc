// Issue 4: a citizens' body named for what it defends ("the Sevarin Lake Defence Committee",
// "the Human Rights Defence Centre") is an organisation its members belong to, not a state's
// defence body that arrests them; "the State Defence Committee" stays a state body. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DefenceCommittees, ACitizensBodyIsNoStateActor) {
  Extraction x = extract_text(
      "Oleg Brin, a member of the Varna Lake Defence Committee, was arrested on 3 May 2025.");
  EXPECT_NE(entity_named(x, "Varna Lake Defence Committee", "organization"), nullptr);
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  EXPECT_TRUE(has_relation(x, "Oleg Brin", "member", "Varna Lake Defence Committee"));
}

TEST(Issue4DefenceCommittees, AStateDefenceBodyStaysOne) {
  Extraction x = extract_text("The State Defence Committee ordered the arrest of Oleg Brin.");
  EXPECT_NE(entity_named(x, "State Defence Committee", "state_actor"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
