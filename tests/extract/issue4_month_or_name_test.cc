// Issue 4: "Jan" is both a month's abbreviation and a common given name. Before a
// capitalised word it opens a person's name ("Jan Novak was detained"); inside a date the
// time finder read ("on Jan 5, 2021", "in Jan 2020") it is the month and names no one. After a
// title a weekday or a month is a given name ("Mr Sunday Okoro").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4MonthOrName, JanBeforeASurnameIsAGivenName) {
  Extraction x = extract_text("Police detained the poet Jan Novak and Pavel Holub in Brno.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Jan Novak"));
  EXPECT_TRUE(has_name(v, "Pavel Holub"));
}

TEST(Issue4MonthOrName, JanInADateIsTheMonth) {
  Extraction x = extract_text(
      "Jan Novak was detained on Jan 5, 2021. In Jan 2022 he was sentenced.", "2022-03-01");
  for (const Entity& e : x.entities) {
    for (const auto& m : e.mentions) EXPECT_NE(m.text, "Jan");
  }
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2021-01-05");
}

// After a title a weekday or a month is a given name: "Mr Sunday Okoro", "Mrs April Mensah";
// alone it stays a day ("On Sunday Mr Okoro said").
TEST(Issue4MonthOrName, AWeekdayAfterATitleIsAGivenName) {
  Extraction x = extract_text("Mr Sunday Okoro and Mrs April Mensah were detained in Lagos.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Sunday Okoro"));
  EXPECT_TRUE(has_name(v, "April Mensah"));
  Extraction y = extract_text("On Sunday Mr Okoro was detained in Lagos.", "2024-06-12");
  auto ev = events_of(y, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2024-06-09");
}

}  // namespace
}  // namespace casebook
