// Shooting at people in a protest report: "opened fire on X", "fired live ammunition at X",
// "shot at X". The preposition that ends a phrase trigger is the phrase's own, and the people
// after it are the victims. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4FireOnPeople, ThePeopleAfterThePhrasesPrepositionAreTheVictims) {
  for (const char* text :
       {"Soldiers opened fire on Tomas Varga in the square.",
        "Soldiers opened fire on the marchers.", "Gunmen shot at Tomas Varga outside his home.",
        "Riot police fired rubber bullets at Tomas Varga.",
        "Riot police fired live ammunition at the marchers on Tuesday."}) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, "assault");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_FALSE(ev[0]->victims.empty()) << text;
    EXPECT_FALSE(ev[0]->perpetrators.empty()) << text;
  }
  Extraction y = extract_text("Security agents spied on Tomas Varga for months.");
  EXPECT_TRUE(has_name(first_victims(y, "communication_restriction"), "Tomas Varga"));
}

TEST(Issue4FireOnPeople, NothingFiredIsNoShooting) {
  Extraction x = extract_text("Reporters fired questions at the minister.");
  EXPECT_TRUE(events_of(x, "assault").empty());
  // A place after a verb's own preposition is still no victim.
  Extraction y = extract_text("Soldiers opened fire in Lusaka on Tuesday.");
  for (const Event* e : events_of(y, "assault")) EXPECT_TRUE(e->victims.empty());
}

// "the shot was fired by a guard": a weapon's shot fired is no one fired from a job, and the
// noun "shot" before "was" is no shooting of the company named after it.
TEST(Issue4FireOnPeople, AShotFiredIsNoDismissal) {
  Extraction x = extract_text("Witnesses said the shot was fired by one of the company guards.");
  EXPECT_TRUE(events_of(x, "harassment").empty());
  for (const Event& e : x.events) EXPECT_FALSE(has_name(names_of(x, e.victims), "company"));
  Extraction y = extract_text("Teachers were fired from the school in May.");
  EXPECT_EQ(events_of(y, "harassment").size(), 1u);
  // The shot itself is still a shooting, by whoever fired it.
  Extraction z = extract_text("The shot was fired by one of the guards.");
  auto ev = events_of(z, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(z, ev[0]->perpetrators), "guards"));
  EXPECT_TRUE(ev[0]->victims.empty());
  // Warning shots in the air are fired at no one.
  Extraction w = extract_text("Soldiers fired warning shots in the air above the crowd.");
  EXPECT_TRUE(events_of(w, "assault").empty());
}

}  // namespace
}  // namespace casebook::testing
