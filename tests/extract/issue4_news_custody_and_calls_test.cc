// Issue 4: custody and calls in news stories: "denied X medical care" (a name between the verb
// and the care), "denied family visits", "forced X into a pickup truck" were missed; "journalists
// who are threatened may be given bodyguards" (a kind of people a law speaks of) was a real
// threat; "called on the government to drop the charges against X" read as charges dropped.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

Extraction read(const char* text) { return extract_text(text, "2024-05-10"); }

TEST(Issue4NewsCustodyAndCalls, DeniedCareAndVisits) {
  EXPECT_TRUE(has_name(first_victims(read("Prison authorities denied Parisa Rahimi medical care."),
                                     "torture_ill_treatment"),
                       "Parisa Rahimi"));
  EXPECT_TRUE(has_name(first_victims(read("Parisa Rahimi has been denied family visits since "
                                          "February."),
                                     "communication_restriction"),
                       "Parisa Rahimi"));
  EXPECT_TRUE(events_of(read("The ministry denied that inspectors had visited the school."),
                        "communication_restriction")
                  .empty());
}

TEST(Issue4NewsCustodyAndCalls, ForcedIntoAPickupTruck) {
  Extraction x = read("Two men forced Tomas Quispe into a pickup truck on Monday.");
  EXPECT_TRUE(has_name(first_victims(x, "abduction"), "Tomas Quispe"));
}

TEST(Issue4NewsCustodyAndCalls, AKindOfPeopleALawSpeaksOfIsNoVictim) {
  Extraction x = read(
      "Under the law, reporters who are threatened may be given police "
      "protection.");
  auto ev = events_of(x, "threat_intimidation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->generic);
  Extraction y = read("Relatives of activists who are detained in Baku protested on Monday.");
  ASSERT_FALSE(events_of(y, "arrest_detention").empty());
  EXPECT_FALSE(events_of(y, "arrest_detention")[0]->generic);
}

TEST(Issue4NewsCustodyAndCalls, ChargesAskedToBeDroppedStand) {
  Extraction x = read(
      "The union called on the government to drop the charges against Samir "
      "Haddad.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->outcome, "charged");
  Extraction y = read("Prosecutors dropped the charges against Samir Haddad in March.");
  ASSERT_EQ(events_of(y, "prosecution").size(), 1u);
  EXPECT_EQ(events_of(y, "prosecution")[0]->outcome, "acquitted");
}

}  // namespace
}  // namespace casebook::testing
