// Issue 4: "Jan" is both a month's abbreviation and a common given name. Before a
// capitalised word it opens a person's name ("Jan Novak was detained"); inside a date the
// time finder read ("on Jan 5, 2021", "in Jan 2020") it is the month and names no one.
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

}  // namespace
}  // namespace casebook
