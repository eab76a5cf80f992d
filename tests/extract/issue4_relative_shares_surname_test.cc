// Issue 4: the relative of an exile keeps the exile's name. In "Ivo Marek lives in exile.
// Agents on the orders of Colonel Anton Pello arrested his brother, Oskar Marek", "his" went
// to the colonel, the nearest man, so the brother became the colonel's and lost the
// relative-of-exile mark the hostage pattern is found by. A possessive before a kinship noun
// whose relative is then named stands for the person who shares the relative's surname.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativeSharesSurname, TheBrotherIsTheExilesBrother) {
  Extraction x = extract_text(
      "Ivo Marek is a journalist living in exile in Vienna. On 7 January 2024, agents acting on "
      "the orders of Colonel Anton Pello arrested his brother, Oskar Marek, at home.");
  EXPECT_TRUE(has_relation(x, "Oskar Marek", "brother", "Ivo Marek"));
  EXPECT_FALSE(has_relation(x, "Oskar Marek", "brother", "Anton Pello"));
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Oskar Marek"});
}

TEST(Issue4RelativeSharesSurname, WithoutASharedSurnameTheNearestStays) {
  Extraction x = extract_text(
      "Ivo Marek lives in exile. Police officer Anton Pello arrested his brother, Oskar Lind.");
  EXPECT_FALSE(has_relation(x, "Oskar Lind", "brother", "Ivo Marek"));
}

TEST(Issue4RelativeSharesSurname, TheirFatherIsTheFatherOfThemAll) {
  // "Their" is both children: not only the last Marek named.
  Extraction x = extract_text(
      "Police detained the activist Ana Marek on 3 March. Her brother, Oskar Marek, was "
      "questioned. Their father, Ivo Marek, was questioned on 17 March.",
      "2024-05-10");
  EXPECT_TRUE(has_relation(x, "Ivo Marek", "father", "Ana Marek"));
}

}  // namespace
}  // namespace casebook::testing
