// Issue 4: the gerund after "for" tells what the person before "for" did ("arrested a man for
// beating workers"), so that person is its doer, not the sentence's subject; suspects and
// fugitives are people an arrest can take.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::extract_text;
using testing::first_perpetrators;
using testing::first_victims;
using testing::has_name;

TEST(Issue4DoerBeforeFor, ObjectOfTheArrestDidTheBeating) {
  Extraction x =
      extract_text("Police arrested the landowner Oskar Brandt for beating two farm hands.");
  EXPECT_TRUE(has_name(first_perpetrators(x, "torture_ill_treatment"), "Oskar Brandt"));
  EXPECT_FALSE(has_name(first_perpetrators(x, "torture_ill_treatment"), "Police"));
}

TEST(Issue4DoerBeforeFor, PersonBeforeAParticipleAndFor) {
  Extraction x = extract_text(
      "Police said a fugitive wanted for killing a cashier in Lindholm has been arrested.");
  auto perps = first_perpetrators(x, "killing");
  ASSERT_EQ(perps.size(), 1u);
  EXPECT_EQ(perps[0], "fugitive");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "fugitive"));
}

TEST(Issue4DoerBeforeFor, NoOneBetweenTheVerbAndForKeepsTheSubject) {
  // "was arrested for beating": the subject, Ida Rask, did the beating.
  Extraction x = extract_text("Ida Rask was arrested for beating a neighbour.");
  EXPECT_TRUE(has_name(first_perpetrators(x, "torture_ill_treatment"), "Ida Rask") ||
              has_name(first_perpetrators(x, "assault"), "Ida Rask"));
  // "Soldiers beat him for hours": no "for" before the act, the subject beat him.
  Extraction z = extract_text("Soldiers detained the reporter Lev Aho and beat him for hours.");
  EXPECT_FALSE(has_name(first_perpetrators(z, "torture_ill_treatment"), "Lev Aho"));
}

TEST(Issue4DoerBeforeFor, SuspectsAreWhomTheArrestTakes) {
  Extraction x = extract_text("Police arrested four suspects in the village of Tarn.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "suspects"));
}

}  // namespace
}  // namespace casebook
