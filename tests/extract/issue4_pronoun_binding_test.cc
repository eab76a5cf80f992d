// Issue 4: an object pronoun is never the subject of its own verb ("soldiers beat them": the
// soldiers did not beat themselves), also when the verb's past is its base form ("beat",
// "hit"), also past an auxiliary ("guards had tortured them"); and "them" after "A, a nurse,
// and B, her neighbour," stands for both people.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4PronounBinding, TheSubjectOfTheVerbIsNotItsObjectPronoun) {
  Extraction x = extract_text("Omar Saleh and Hani Nasser said soldiers beat them.");
  auto v = first_victims(x, "assault");
  EXPECT_TRUE(has_name(v, "Omar Saleh"));
  EXPECT_FALSE(has_name(v, "soldiers"));
}

TEST(Issue4PronounBinding, ThemStandsForPeopleListedWithAppositions) {
  Extraction x =
      extract_text("Lena Park, a nurse, and Tom Reyes, her neighbour, said guards tortured them.");
  auto v = first_victims(x, "torture_ill_treatment");
  EXPECT_TRUE(has_name(v, "Lena Park"));
  EXPECT_TRUE(has_name(v, "Tom Reyes"));
  Extraction y =
      extract_text("Lena Park and Tom Reyes told the court that guards had tortured them.");
  EXPECT_FALSE(has_name(first_victims(y, "torture_ill_treatment"), "guards"));
}

// "X told his lawyer Y that officers had kicked him": the teller tells of himself; the one
// told would be "you". Not when the teller is a body: "Police told X that his son ...".
TEST(Issue4PronounBinding, HimAfterToldIsTheTeller) {
  using casebook::testing::events_of;
  using casebook::testing::names_of;
  Extraction x = extract_text(
      "Tomas Varga told his lawyer Pavel Novak that officers had kicked him in the cell.");
  ASSERT_EQ(x.events.size(), 1u);  // kicked in a cell: ill-treatment in custody
  EXPECT_TRUE(has_name(names_of(x, x.events[0].victims), "Tomas Varga"));
  EXPECT_FALSE(has_name(names_of(x, x.events[0].victims), "Pavel Novak"));
  Extraction y = extract_text("Police told Pavel Novak that his son had been arrested.");
  auto ay = events_of(y, "arrest_detention");
  ASSERT_EQ(ay.size(), 1u);
  EXPECT_TRUE(has_name(names_of(y, ay[0]->victims), "son of Pavel Novak"));
}

// "Relatives fear he is held incommunicado": those who fear or believe stand outside the clause
// they fear; what is feared stays uncertain. Not "men suspected of links to a gang".
TEST(Issue4PronounBinding, TheOnesWhoFearAreOutsideTheClause) {
  using casebook::testing::events_of;
  using casebook::testing::names_of;
  Extraction x =
      extract_text("Tomas Varga was detained on 9 April. Relatives fear he is held incommunicado.",
                   "2024-05-10");
  auto ev = events_of(x, "arrest_detention");
  for (const Event* e : ev) {
    EXPECT_FALSE(has_name(names_of(x, e->victims), "relatives"));
    EXPECT_TRUE(has_name(names_of(x, e->victims), "Tomas Varga"));
  }
  Extraction y = extract_text("Relatives feared the arrest of Tomas Varga.");
  ASSERT_EQ(events_of(y, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(y, "arrest_detention")[0]->hypothetical);
  Extraction z = extract_text("Men suspected of links to a gang kidnapped Tomas Varga on 5 March.",
                              "2024-05-10");
  ASSERT_EQ(events_of(z, "abduction").size(), 1u);
  EXPECT_FALSE(events_of(z, "abduction")[0]->hypothetical);
}

}  // namespace
}  // namespace casebook
