// Issue 4: "her father, a retired teacher, was taken to a re-education camp": the role in the
// apposition is the father's, not a new unnamed teacher's (who then drew the pronouns of the
// story); and being taken to a camp or centre of detention is a detention. Not "took the
// children to a summer camp" or "to a health centre". Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativeDescribedAndTakenToACamp, TheRoleIsTheRelatives) {
  Extraction x = extract_text(
      "Aygul Tohti says her father, a retired teacher, was detained in Kashgar in 2017.");
  EXPECT_EQ(entity_named(x, "teacher"), nullptr);
  const Entity* f = entity_named(x, "father of Aygul Tohti");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(std::find(f->roles.begin(), f->roles.end(), "teacher"), f->roles.end());
}

TEST(Issue4RelativeDescribedAndTakenToACamp, TakenToACampOrACentre) {
  for (const char* text :
       {"Aygul Tohti says her father was taken to a re-education camp in Kashgar in 2017.",
        "Aygul Tohti says her father was taken to a vocational training centre in Kashgar."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "father of Aygul Tohti")) << text;
  }
}

TEST(Issue4RelativeDescribedAndTakenToACamp, NotASummerCamp) {
  Extraction x = extract_text(
      "The family took the children to a summer camp in 2017 and to a health centre in Kashgar.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
