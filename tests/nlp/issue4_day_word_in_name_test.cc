// Issue 4: "a journalist with Kloop Today, was summoned" dated the summons the day of writing:
// a capitalised "Today" right after a capitalised name, and not before another capitalised
// word, ends the name (an outlet's), and is no time.
#include <gtest/gtest.h>

#include <string>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

size_t times_in(const std::string& text) {
  return find_time_expressions(text, parse_iso("2024-05-10")).size();
}

TEST(Issue4DayWordInName, AnOutletsTodayIsNoTime) {
  EXPECT_EQ(times_in("Talant Osmonov, a journalist with Kloop Today, was summoned."), 0u);
  EXPECT_EQ(times_in("USA Today reported the arrest."), 0u);
}

TEST(Issue4DayWordInName, TodayStillDatesAnAct) {
  EXPECT_EQ(times_in("Police detained him today."), 1u);
  EXPECT_EQ(times_in("Today police detained him."), 1u);
  EXPECT_EQ(times_in("He said: Today they came for me."), 1u);
}

}  // namespace
}  // namespace casebook
