// Issue 4: names apposed to a group stand for it past an outlet named after a preposition
// ("journalists from the newspaper X — A and B —", "a reporter with X TV, A,") and past
// each name's age ("— A, 27, and B, 24 —").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4ApposedNames, PastTheOutletAfterAPreposition) {
  Extraction x = extract_text(
      "Police on Tuesday detained journalists from the newspaper Nasha Pravda — Karim Nouri "
      "and Samir Daoud — for covering a protest.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Karim Nouri"));
  EXPECT_TRUE(has_name(v, "Samir Daoud"));
}

TEST(Issue4ApposedNames, PastEachNamesAge) {
  Extraction x = extract_text(
      "On Monday, two reporters for the opposition channel Svoboda TV -- Anna Belova, 27, and "
      "Olga Sirko, 24 -- were detained.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Anna Belova"));
  EXPECT_TRUE(has_name(v, "Olga Sirko"));
}

// A name after the preposition, with no dash or comma since, is the preposition's object.
TEST(Issue4ApposedNames, ANameAfterThePrepositionAloneIsNotTheGroups) {
  Extraction x = extract_text("Police detained two supporters of Karim Nouri in the square.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Karim Nouri"));
}

}  // namespace
}  // namespace casebook
