// Issue 4: a sentence with two acts and two dates ("detained on 3 January 2024 and released
// on 9 February 2024") gives each act its own: a date after an act is counted from the act's
// last word, so the release is not dated by the detention's date before "and". Sentences
// written for these tests. A participle after "and" shares the "be" before the first one:
// "was arrested in May and charged in June" is charged too. A time counted from the act right
// after it ("freed two weeks later", "released after 30 days") dates the release from the
// detention's date.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TwoDates, EachActItsDate) {
  for (const char* text :
       {"Timur Sadykov was detained on 3 January 2024 and released on 9 February 2024.",
        "Police arrested Timur Sadykov on 3 January 2024 and released him on 9 February 2024."}) {
    Extraction x = extract_text(text);
    EXPECT_EQ(date_of_only(x, "arrest_detention"), "2024-01-03") << text;
    EXPECT_EQ(date_of_only(x, "release"), "2024-02-09") << text;
  }
}

TEST(Issue4TwoDates, ArrestedInOneYearSentencedInTheNext) {
  Extraction x =
      extract_text("Timur Sadykov was arrested in 2019 and sentenced in 2020 to four years.");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2019");
  EXPECT_EQ(date_of_only(x, "prosecution"), "2020");
}

TEST(Issue4TwoDates, ArrestedThenCharged) {
  Extraction x = extract_text("Timur Sadykov was arrested in May 2024 and charged in June 2024.");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2024-05");
  EXPECT_EQ(date_of_only(x, "prosecution"), "2024-06");
}

TEST(Issue4TwoDates, ReleasedAfterATerm) {
  Extraction x = extract_text(
      "Timur Sadykov was detained on 2 May 2023 and freed two weeks later.", "2024-01-10");
  EXPECT_EQ(date_of_only(x, "release"), "2023-05-16");
  x = extract_text("Timur Sadykov was arrested on 4 November 2022 and released after 30 days.");
  EXPECT_EQ(date_of_only(x, "release"), "2022-12-04");
}

}  // namespace
}  // namespace casebook::testing
