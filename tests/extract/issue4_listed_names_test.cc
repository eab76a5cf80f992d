// Issue 4: an NGO's appeal lists the detained one to a line under "The detained students
// are:"; the names are the victims, not the word "students". A group named with other groups
// ("among them teachers") stays a group. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ListedNames, OneNameToALineUnderAColon) {
  Extraction x = extract_text(
      "The detained students are:\n\nDara Nasseri, 21, engineering student\n\nMina Sadeghi, 20, "
      "law student\n\nThey have not been charged.\n");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Dara Nasseri"));
  EXPECT_TRUE(has_name(v, "Mina Sadeghi"));
  EXPECT_FALSE(has_name(v, "students"));
}

TEST(Issue4ListedNames, AGroupWithOtherGroupsStaysAGroup) {
  Extraction x = extract_text(
      "In three provinces the militia rounded up dozens of villagers, among them teachers and "
      "nurses.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "villagers"));
}

}  // namespace
}  // namespace casebook::testing
