// Issue 4: a weekday's short form written without a period right after a capitalised name
// word is a syllable of the name ("Khin Thu", "Zaw Min Sat": Burmese names have many), not a
// day; a date after it ("Thu, 9 May 2024") keeps it a day. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4WeekdaySyllablesInNames, AShortWeekdayAfterANameWordIsPartOfTheName) {
  Extraction x = extract_text(
      "Soldiers detained Khin Thu, a teacher, at her school in Mandalay. "
      "Zaw Min Sat, a student, was arrested the same night.",
      "2024-05-10");
  EXPECT_NE(entity_named(x, "Khin Thu", "person"), nullptr);
  EXPECT_NE(entity_named(x, "Zaw Min Sat", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Zaw Min", "person"), nullptr);
  auto ar = events_of(x, "arrest_detention");
  ASSERT_GE(ar.size(), 2u);
  EXPECT_TRUE(has_name(names_of(x, ar[0]->victims), "Khin Thu"));
  EXPECT_TRUE(has_name(names_of(x, ar[1]->victims), "Zaw Min Sat"));
}

TEST(Issue4WeekdaySyllablesInNames, AShortWeekdayBeforeADateIsStillADay) {
  Extraction x = extract_text(
      "Soldiers arrested the reporter Aung Min in Yangon Thu, 9 May 2024.", "2024-05-10");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_FALSE(ar.empty());
  EXPECT_EQ(ar[0]->date.start, "2024-05-09");
  EXPECT_TRUE(has_name(names_of(x, ar[0]->victims), "Aung Min"));
  for (const Entity& e : x.entities) EXPECT_EQ(e.name.find("Thu"), std::string::npos) << e.name;
}

}  // namespace
}  // namespace casebook::testing
