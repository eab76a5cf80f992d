// Issue 4: "his elder brother, X" and "his little sister" are kinship like "his younger
// brother"; and two or three unknown capitalised words that "died" or "disappeared" are a
// person, as the subject of "was arrested" already was, so the kin that follow have an owner.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ElderBrother, AdjectivesOfAgeBeforeAKinshipNoun) {
  Extraction x = extract_text(
      "Ivan Sorokin died in custody. Officials summoned his elder brother, Oleg Sorokin.");
  EXPECT_TRUE(has_relation(x, "Oleg Sorokin", "brother", "Ivan Sorokin"));
  Extraction y = extract_text("Ivan Sorokin died in custody. Police questioned his little sister.");
  EXPECT_EQ(first_victims(y, "interrogation"), std::vector<std::string>{"sister of Ivan Sorokin"});
}

TEST(Issue4ElderBrother, UnknownNameThatDiedIsAPerson) {
  Extraction x = extract_text(
      "Lhakpa Dorjee died in custody. Officials summoned his brother, Ngawang Choephel, and his "
      "mother, Dolkar Tso.");
  EXPECT_EQ(first_victims(x, "killing"), std::vector<std::string>{"Lhakpa Dorjee"});
  EXPECT_TRUE(has_relation(x, "Dolkar Tso", "mother", "Lhakpa Dorjee"));
  EXPECT_FALSE(has_relation(x, "Dolkar Tso", "mother", "Ngawang Choephel"));
}

}  // namespace
}  // namespace casebook::testing
