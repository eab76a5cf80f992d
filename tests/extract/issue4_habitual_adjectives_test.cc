// Issue 4: adjectives that make an act habitual ("frequent", "rampant", "rife",
// "commonplace", "endemic") mark it generic only when they are said of the act itself: right
// before the act noun ("suffer frequent beatings") or after it and a copula ("abductions
// have become commonplace"). The same word on something else in the sentence ("anger over
// rampant corruption") or a verb form of it ("a market frequented by traders") leaves a
// real act real. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HabitualAdjectives, AnAdjectiveBeforeTheActNounMakesItHabitual) {
  Extraction x = extract_text("Inmates at the northern prison suffer frequent beatings by guards.");
  EXPECT_TRUE(first_generic(x, "torture_ill_treatment"));
  Extraction y = extract_text("The report blamed rampant killings by the militia on the governor.");
  EXPECT_TRUE(first_generic(y, "killing"));
}

TEST(Issue4HabitualAdjectives, AnAdjectiveAfterACopulaMakesTheActHabitual) {
  Extraction x =
      extract_text("Abductions of farmers have become all too commonplace in the province.");
  EXPECT_TRUE(first_generic(x, "abduction"));
  Extraction y =
      extract_text("Arrests and beatings of reporters were frequent under the former governor.");
  EXPECT_TRUE(first_generic(y, "arrest_detention"));
  Extraction z = extract_text("Kidnappings are rife along the northern highway.");
  EXPECT_TRUE(first_generic(z, "abduction"));
}

TEST(Issue4HabitualAdjectives, AnAdjectiveOnSomethingElseLeavesTheActReal) {
  Extraction x = extract_text(
      "Crowds gathered on Friday in anger over rampant corruption, and police arrested forty "
      "people.");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_FALSE(first_generic(x, "arrest_detention"));
  Extraction y =
      extract_text("A police officer was arrested over a string of rampant kidnappings.");
  ASSERT_FALSE(events_of(y, "arrest_detention").empty());
  EXPECT_FALSE(first_generic(y, "arrest_detention"));
  EXPECT_TRUE(first_generic(y, "abduction"));
}

TEST(Issue4HabitualAdjectives, AVerbFormIsNoHabitualAdjective) {
  Extraction x =
      extract_text("Gunmen attacked the market, which is frequented by traders, on Sunday.");
  ASSERT_FALSE(events_of(x, "assault").empty());
  EXPECT_FALSE(first_generic(x, "assault"));
}

TEST(Issue4HabitualAdjectives, AFrequentOccurrenceIsHabitual) {
  Extraction x = extract_text(
      "In the first years of the junta, arrests of student leaders were a frequent occurrence.");
  EXPECT_TRUE(first_generic(x, "arrest_detention"));
}

}  // namespace
}  // namespace casebook::testing
