// Issue 4: "Ivo Marek is married to Anna Lind. ... Marek's wife was banned from leaving" made an
// unnamed "spouse of Ivo Marek" the one banned, a second person beside Anna Lind. "Married
// to" between two named people is a spouse relation, and the wife told later is Anna Lind.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4MarriedTo, TheWifeToldLaterIsTheOneNamed) {
  Extraction x = extract_text(
      "Ivo Marek is married to Anna Lind. On 1 May 2023, Marek's wife was banned from leaving "
      "the country.",
      "2024-05-10");
  EXPECT_TRUE(has_relation(x, "Anna Lind", "spouse", "Ivo Marek"));
  EXPECT_EQ(first_victims(x, "travel_ban"), std::vector<std::string>{"Anna Lind"});
  x = extract_text("Ivo Marek, married to Anna Lind, was arrested. His wife was questioned.");
  EXPECT_EQ(first_victims(x, "interrogation"), std::vector<std::string>{"Anna Lind"});
}

TEST(Issue4MarriedTo, NotBetweenAPersonAndSomethingElse) {
  Extraction x = extract_text("Ivo Marek is married to the cause of a free press.");
  EXPECT_TRUE(x.relations.empty());
}

}  // namespace
}  // namespace casebook::testing
