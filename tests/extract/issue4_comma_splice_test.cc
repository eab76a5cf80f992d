// Issue 4: two clauses spliced by a comma ("My father is ill, my brother is in prison"), each
// with its own subject and verb: the act of the second is its own subject's. A name set off
// by commas ("Ali, his brother, is in jail") and a clause opened by "if" stay as they were.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CommaSplice, TheSecondClausesSubject) {
  Extraction x = extract_text(
      "Karim Sadr is a blogger. \"My father is ill, my brother is in prison,\" he said.");
  EXPECT_EQ(first_victims(x, "arrest_detention"),
            std::vector<std::string>{"brother of Karim Sadr"});
  x = extract_text("Karim Sadr is ill, his brother is in jail.");
  EXPECT_EQ(first_victims(x, "arrest_detention"),
            std::vector<std::string>{"brother of Karim Sadr"});
}

TEST(Issue4CommaSplice, AnAppositionIsNoSplice) {
  Extraction x = extract_text("Karim Sadr, a blogger, is in jail.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Karim Sadr"});
}

}  // namespace
}  // namespace casebook::testing
