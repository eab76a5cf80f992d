// Issue 4: a date of birth ("born on 26/04/1991", "born in 1987", "(b. 1962)", "date of birth:
// 3 May 1990") dates no act: not one told in the same sentence, nor the acts of the sentences
// after it as the story's date. A date after "born" that is no birth ("in 1975 ... arrested in
// 2001") still dates its own act.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::date_of_only;
using testing::extract_text;

TEST(Issue4BirthDates, ABirthInTheSentenceDatesNoAct) {
  Extraction x = extract_text(
      "The poet Irena Walczak, born in 1983, was detained after reading her verses at a rally.",
      "2024-05-08");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "");
  Extraction y =
      extract_text("Lena Ortiz (b. 1962) was detained at the airport in Lima.", "2024-05-08");
  EXPECT_EQ(date_of_only(y, "arrest_detention"), "");
}

TEST(Issue4BirthDates, ABirthIsNoStoryDateForTheNextSentences) {
  Extraction x = extract_text(
      "Tomas Berger was born on 14 March 1979 in Graz. Police arrested him at his office.",
      "2024-05-08");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "");
  Extraction y = extract_text(
      "Profile of the detainee. Date of birth: 3 May 1990. Guards beat him in the cell.",
      "2024-05-08");
  EXPECT_EQ(date_of_only(y, "torture_ill_treatment"), "");
}

TEST(Issue4BirthDates, TheActsOwnDateStillCounts) {
  Extraction x =
      extract_text("Tomas Berger was born in 1975 and was arrested in 2001.", "2024-05-08");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2001");
  // A date that follows "in" with no "born" before it is the act's.
  Extraction y = extract_text("Tomas Berger was detained in 2019. He was born and raised in Graz.",
                              "2024-05-08");
  EXPECT_EQ(date_of_only(y, "arrest_detention"), "2019");
}

}  // namespace
}  // namespace casebook
