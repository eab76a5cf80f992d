// Issue 4: in a text with no date of writing (a witness statement, a chronology pasted as
// plain text), a calendar date written without its year ("on 28 September") takes the year the
// story last wrote ("In September 2023 ..."). With a date of writing, that date decides as
// before; with no year written before, the date stays without one.
#include <gtest/gtest.h>

#include <string>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

TEST(Issue4StoryYear, AYearlessDateTakesTheStorysLastYear) {
  const std::string text =
      "In March 2022 she wrote about the mine. On 14 April, two men stopped her in the street. "
      "In June she left the country.";
  const auto found = find_time_expressions(text, CivilDate{});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(to_iso(found[1].value), "2022-04-14");
  EXPECT_FALSE(found[1].year_written);
  EXPECT_FALSE(found[1].uses_reference);
  EXPECT_EQ(to_iso(found[2].value), "2022-06");
}

TEST(Issue4StoryYear, TheDateOfWritingStillDecides) {
  const std::string text = "In March 2022 she wrote about the mine. On 14 April, two men came.";
  const auto found = find_time_expressions(text, parse_iso("2024-05-01"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(to_iso(found[1].value), "2024-04-14");
}

TEST(Issue4StoryYear, NoYearWrittenBeforeLeavesTheDateWithoutOne) {
  const std::string text = "On 14 April, two men came. She left in 2022.";
  const auto found = find_time_expressions(text, CivilDate{});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value.year, 0);
}

}  // namespace
// "last week", "yesterday" and "on Tuesday" count from the day of writing by their words; a
// calendar date without its year ("14 April") only takes the year of writing.
TEST(Issue4StoryYear, DeicticTimesAreToldApart) {
  const std::string text =
      "Last week she was fined. Yesterday she was warned. On Tuesday she was questioned. On 14 "
      "April, two men came.";
  const auto found = find_time_expressions(text, parse_iso("2024-05-10"));
  ASSERT_EQ(found.size(), 4u);
  EXPECT_TRUE(found[0].deictic);
  EXPECT_TRUE(found[1].deictic);
  EXPECT_TRUE(found[2].deictic);
  EXPECT_FALSE(found[3].deictic);
  EXPECT_TRUE(found[3].uses_reference);
}

}  // namespace casebook
