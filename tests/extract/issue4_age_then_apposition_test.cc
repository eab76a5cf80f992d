// Issue 4: a list of victims where a name carries both an age and an apposition ("A, 21, a law
// student, and B, 20") kept only the first name: the list reader passed the age and then
// stopped at the apposition.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AgeThenApposition, BothNamesAreVictims) {
  for (const char* text :
       {"Police detained Dilnoza Rahimova, 23, a medical student, and Farrukh Aliev, 31, in "
        "Tashkent on Monday.",
        "Dilnoza Rahimova, 23, a medical student, and Farrukh Aliev, 31, were detained in "
        "Tashkent on Monday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    auto v = first_victims(x, "arrest_detention");
    EXPECT_TRUE(has_name(v, "Dilnoza Rahimova")) << text;
    EXPECT_TRUE(has_name(v, "Farrukh Aliev")) << text;
  }
}

TEST(Issue4AgeThenApposition, AnAppositionNamingSomeoneElseStillEndsTheList) {
  // The apposition holds another person: the list ends at it, and the brother named in it is
  // no victim of the arrest.
  Extraction x =
      extract_text("Police detained Dilnoza Rahimova, 23, the sister of Farrukh Aliev, on Monday.",
                   "2024-05-10");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Dilnoza Rahimova"));
  EXPECT_FALSE(has_name(v, "Farrukh Aliev"));
}

}  // namespace
}  // namespace casebook::testing
