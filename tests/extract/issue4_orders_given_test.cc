// Issue 4: who orders an act is its perpetrator. "Colonel Ivo Marek ordered the arrest of
// X" and "oversaw the torture of X" left the act with no perpetrator, though a sanctions file
// is built on exactly that name. Not a gerund after a preposition ("accused the governor of
// orchestrating the murder": the accuser did nothing), nor who orders a release. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OrdersGiven, WhoOrdersOrOverseesTheActDoesIt) {
  Extraction x = extract_text("Colonel Ivo Marek ordered the arrest of Lena Dovic on 3 May 2023.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Lena Dovic"});
  EXPECT_EQ(first_perpetrators(x, "arrest_detention"), std::vector<std::string>{"Ivo Marek"});
  x = extract_text("Ivo Marek oversaw the torture of Lena Dovic in the basement.");
  EXPECT_EQ(first_perpetrators(x, "torture_ill_treatment"), std::vector<std::string>{"Ivo Marek"});
}

TEST(Issue4OrdersGiven, AnAccuserOrAReleaseIsNot) {
  Extraction x = extract_text(
      "Omar Tesh accused the governor Ivo Marek of orchestrating the murder of Lena Dovic.");
  ASSERT_EQ(events_of(x, "killing").size(), 1u);
  EXPECT_FALSE(has_name(first_perpetrators(x, "killing"), "Omar Tesh"));
  x = extract_text("Lena Dovic ordered the release of Omar Tesh.");
  EXPECT_TRUE(first_perpetrators(x, "release").empty());
}

}  // namespace
}  // namespace casebook::testing
