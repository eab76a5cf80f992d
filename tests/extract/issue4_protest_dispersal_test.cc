// Words of a protest's dispersal that also name other acts: police who "charged at" marchers
// did not charge them with a crime; a teacher "struck on the head" was not on strike; a
// prisoner "marched to a cell" was not marching. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ProtestDispersal, ChargingAtMarchersIsAnAssault) {
  Extraction x = extract_text("Riot police charged at the marchers with batons on Sunday.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  auto ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->victims.empty());
  // Not a charge "at least" or "at a hearing".
  for (const char* text : {"Prosecutors charged at least five marchers with treason.",
                           "Tomas Varga was charged at a hearing in Minsk with extremism."}) {
    Extraction y = extract_text(text);
    EXPECT_EQ(events_of(y, "prosecution").size(), 1u) << text;
    EXPECT_TRUE(events_of(y, "assault").empty()) << text;
  }
}

TEST(Issue4ProtestDispersal, StruckOnTheHeadIsABlowNoStrike) {
  Extraction x = extract_text("Tomas Varga, a teacher, was struck on the head by police.");
  EXPECT_TRUE(events_of(x, "protest").empty());
  EXPECT_TRUE(has_name(first_victims(x, "assault"), "Tomas Varga"));
  for (const char* text :
       {"A deal was struck with the union.", "Tomas Varga was struck by a car."}) {
    Extraction y = extract_text(text);
    EXPECT_TRUE(y.events.empty()) << text;
  }
  // A strike is still a strike.
  for (const char* text :
       {"Miners are striking in Karaganda.", "Teachers struck for higher pay on Monday."}) {
    Extraction y = extract_text(text);
    EXPECT_EQ(events_of(y, "protest").size(), 1u) << text;
  }
}

TEST(Issue4ProtestDispersal, MarchedToACellIsNoMarch) {
  Extraction x = extract_text("Tomas Varga was marched to a cell by guards.");
  EXPECT_TRUE(events_of(x, "protest").empty());
  Extraction y = extract_text("Thousands of people marched in Minsk on Sunday.");
  EXPECT_EQ(events_of(y, "protest").size(), 1u);
}

// "Police arrested X for taking part in the protest": the protest is the deed punished; the
// police did not protest.
TEST(Issue4ProtestDispersal, TheProtestAnArrestPunishesIsNotThePolices) {
  Extraction x = extract_text("Police arrested Tomas Varga for taking part in the protest.");
  auto ev = events_of(x, "protest");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  EXPECT_TRUE(ev[0]->actors.empty());
  // The one punished is still the one who protested.
  Extraction y = extract_text("Tomas Varga was fined for joining the protest.");
  auto py = events_of(y, "protest");
  ASSERT_EQ(py.size(), 1u);
  EXPECT_TRUE(has_name(names_of(y, py[0]->actors), "Tomas Varga"));
}

// "on Tuesday and charged at the crowd" is no "on ... charges" phrase; "acquitted X on
// Friday of charges that he rioted" names the charge, not the day.
TEST(Issue4ProtestDispersal, OnADayAndChargedIsNoCharge) {
  Extraction x = extract_text(
      "Riot police fired rubber bullets at marchers on Tuesday and charged at the crowd with "
      "batons.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  Extraction y = extract_text("A court acquitted Tomas Varga on Friday of charges that he rioted.");
  auto p = events_of(y, "prosecution");
  ASSERT_FALSE(p.empty());
  for (const Event* e : p) {
    if (e->reason) EXPECT_EQ(e->reason->activity.find("Friday"), std::string::npos);
  }
}

}  // namespace
}  // namespace casebook::testing
