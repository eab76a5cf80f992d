// Issue 4: a weekday followed by a date names the date's day: "on Sunday, April 7" and "on
// a Sunday morning, April 7" are April 7, not the last Sunday before the day of writing.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

std::string first_date(const std::string& text) {
  const auto found = find_time_expressions(text, parse_iso("2024-05-10"));
  if (found.empty()) return "none";
  return to_iso(found[0].value);
}

TEST(Issue4WeekdayThenDate, DayPartBetweenWeekdayAndDate) {
  EXPECT_EQ(first_date("She was detained on a Sunday morning, April 7."), "2024-04-07");
  EXPECT_EQ(first_date("She was detained on Friday night, 3 May."), "2024-05-03");
  EXPECT_EQ(first_date("She was detained on Sunday, April 7."), "2024-04-07");
}

TEST(Issue4WeekdayThenDate, DayPartAloneIsTheLastSuchDay) {
  EXPECT_EQ(first_date("She was detained on Sunday morning."), "2024-05-05");
  EXPECT_EQ(first_date("She was detained on Sunday morning and freed on April 7."), "2024-05-05");
}

}  // namespace
}  // namespace casebook
