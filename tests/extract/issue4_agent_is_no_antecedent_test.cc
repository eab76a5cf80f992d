// Issue 4: the doer named in a "by" phrase is rarely what a pronoun after it stands for.
// "The students were beaten by police after their arrest": the students were arrested.
// "detained by police, who beat them": the relative clause's head is its verb's subject, not
// the ones beaten. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AgentIsNoAntecedent, PossessiveAfterAPassivesAgent) {
  for (const char* text : {"The nurses were beaten by riot police after their arrest.",
                           "Several pupils were kicked by Border Guard officers after their "
                           "arrest."}) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, "arrest_detention");
    ASSERT_EQ(ev.size(), 1u) << text;
    const std::vector<std::string> victims = names_of(x, ev[0]->victims);
    ASSERT_EQ(victims.size(), 1u) << text;
    EXPECT_TRUE(victims[0] == "nurses" || victims[0] == "pupils") << text << ": " << victims[0];
  }
}

TEST(Issue4AgentIsNoAntecedent, RelativeClauseHeadIsNoObject) {
  Extraction x = extract_text("The nurses were detained by soldiers, who beat them.");
  auto ev = events_of(x, "torture_ill_treatment");
  if (ev.empty()) ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"nurses"});
}

TEST(Issue4AgentIsNoAntecedent, PossessiveWithNoOtherSubjectStays) {
  // Only the agent is there to own "their": it stays the one meant.
  Extraction x = extract_text("Ana Lima was arrested by officers on their way to the station.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Ana Lima"});
}

}  // namespace
}  // namespace casebook::testing
