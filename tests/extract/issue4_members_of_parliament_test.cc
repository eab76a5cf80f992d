// Issue 4: "Two members of parliament were abducted" made the parliament the abductor: the
// body's name after "members of" was read as a state actor. The phrase is a group of people.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4MembersOfParliament, ThePeopleNotTheBody) {
  Extraction x = extract_text("Two members of parliament were abducted on Saturday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "abduction"), "members of parliament"));
  EXPECT_TRUE(first_perpetrators(x, "abduction").empty());
}

TEST(Issue4MembersOfParliament, TheBodyStillActs) {
  Extraction x = extract_text("The parliament banned the Workers' Front on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "organization_ban"), "parliament"));
}

}  // namespace
}  // namespace casebook::testing
