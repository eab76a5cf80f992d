// Issue 4: "Ana Lima, whose son X was detained": the head of the relative clause owns the
// relative after "whose", so X is her son and a case can be found from her side. With no
// one named before "whose" ("a woman whose husband is missing") the relative is owned by
// no one else in the text. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4WhoseRelative, HeadBeforeWhoseOwnsTheRelative) {
  Extraction x =
      extract_text("Nadia Ferreira, whose son Paulo Ferreira was arrested in May, spoke.");
  EXPECT_TRUE(has_relation(x, "Paulo Ferreira", "son", "Nadia Ferreira"));
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Paulo Ferreira"});
}

TEST(Issue4WhoseRelative, ThingsOwnedGoToTheHead) {
  Extraction x = extract_text("Nadia Ferreira, whose home was raided in May, spoke.");
  EXPECT_EQ(first_victims(x, "raid_search"), std::vector<std::string>{"Nadia Ferreira"});
}

TEST(Issue4WhoseRelative, NoOneNamedBeforeWhose) {
  Extraction x =
      extract_text("Tomas Weller spoke at the rally. A woman whose husband is missing wept.");
  for (const Entity& e : x.entities) EXPECT_EQ(e.name.find("of Tomas Weller"), std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
