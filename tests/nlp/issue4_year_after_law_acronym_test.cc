// Issue 4: "the Cyber Offences Act (COA) 2016": a year after a bracketed acronym ends a
// law's name and dates nothing. "in 2016" after a bracketed word stays a year. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

size_t count_times(const std::string& text) {
  return find_time_expressions(text, parse_iso("2024-05-10")).size();
}

TEST(Issue4YearAfterLawAcronym, YearClosingALawsNameIsNoDate) {
  EXPECT_EQ(count_times("He was charged under the Cyber Offences Act (COA) 2016."), 0u);
}

TEST(Issue4YearAfterLawAcronym, YearAfterAPrepositionStays) {
  EXPECT_EQ(count_times("He was charged by the agency (FIA) in 2016."), 1u);
}

}  // namespace
}  // namespace casebook
