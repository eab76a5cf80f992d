// Issue 4: an appeal on an asylum refusal has its own outcome. "upheld the rejection of his
// asylum claim" is a refusal, "overturned the rejection of his asylum claim" a grant, and
// "rejected the claim of X" in an asylum story a refusal; "rejected the claim of the
// company" is none. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AsylumAppeals, UpheldAndOverturnedRefusals) {
  Extraction x = extract_text("The tribunal upheld the rejection of her asylum claim.");
  auto ev = events_of(x, "asylum_decision");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->outcome, "rejected");
  Extraction y = extract_text("The tribunal overturned the rejection of her asylum claim.");
  ev = events_of(y, "asylum_decision");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->outcome, "granted");
}

TEST(Issue4AsylumAppeals, ClaimOfAPersonInAnAsylumStory) {
  Extraction x = extract_text("A refugee tribunal rejected the claim of Tesfay Gebre.");
  auto ev = events_of(x, "asylum_decision");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->outcome, "rejected");
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Tesfay Gebre"});
  Extraction y = extract_text("The court rejected the claim of the company.");
  EXPECT_TRUE(events_of(y, "asylum_decision").empty());
}

}  // namespace
}  // namespace casebook::testing
