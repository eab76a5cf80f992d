// Issue 4: "held" as a detention in both voices. "hold" has a row for each voice with its own
// context words; both are tried, and the clause keeps the one whose voice it has, so "Police
// held X for four days at a police station" is a detention, as "X was held from 15 June to 26
// June" is. The active row needs a person held ("held a press conference for two hours" is
// none); "held accountable" and "held responsible" are no custody. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HeldInCustody, ActiveHoldingOfAPerson) {
  for (const char* text : {"Police held Timur Sadykov for four days at a police station.",
                           "Officers held Timur Sadykov overnight."}) {
    Extraction x = extract_text(text);
    std::vector<const Event*> ev = events_of(x, "arrest_detention");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Timur Sadykov"}) << text;
    EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "police") ||
                has_name(names_of(x, ev[0]->perpetrators), "officers"))
        << text;
  }
}

TEST(Issue4HeldInCustody, PassiveHoldingUntilADate) {
  Extraction x = extract_text("Timur Sadykov was held from 15 June until 26 June 2021.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Timur Sadykov"});
}

TEST(Issue4HeldInCustody, NoPersonHeldNoDetention) {
  for (const char* text : {"The police held a press conference for two hours.",
                           "The minister was held responsible for the delays until May.",
                           "Workers held managers hostage for a day."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(events_of(x, "arrest_detention").empty()) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
