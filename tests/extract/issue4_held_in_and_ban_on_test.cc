// Issue 4: whom a phrase's act takes when the phrase follows its verb's object or is read as
// a noun. "Guards held X in solitary confinement": X is held so, by the guards. "imposed a
// travel ban on X", "a travel ban on X": X is banned. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HeldInAndBanOn, ObjectBeforeThePhrase) {
  Extraction x = extract_text("Guards held Amira Saleh in solitary confinement.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Amira Saleh"});
  EXPECT_EQ(names_of(x, ev[0]->perpetrators), std::vector<std::string>{"guards"});
}

TEST(Issue4HeldInAndBanOn, BanOnAPerson) {
  for (const char* text : {"The authorities imposed a travel ban on Amira Saleh.",
                           "A travel ban on Amira Saleh remains in force."}) {
    Extraction x = extract_text(text);
    EXPECT_EQ(first_victims(x, "travel_ban"), std::vector<std::string>{"Amira Saleh"}) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
