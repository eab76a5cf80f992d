// Issue 4: the group nouns of several words in data/actors/group_nouns.tsv ("trade
// unionists", "political prisoners", "prisoners of conscience") are read as one group with
// the phrase's role, not as their last word or nothing. A kinship noun inside such a phrase
// is read as a relative first ("the family of X"). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4GroupPhrases, ACountedPhraseIsTheVictimGroup) {
  Extraction x = extract_text("Police detained 23 trade unionists in Gomel on Monday.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"trade unionists"});
  const Entity* g = entity_named(x, "trade unionists", "group");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(std::find(g->roles.begin(), g->roles.end(), "trade_unionist"), g->roles.end());
}

TEST(Issue4GroupPhrases, TheModifierIsPartOfTheGroup) {
  Extraction x = extract_text("Guards beat political prisoners at the camp, the monitors said.");
  EXPECT_EQ(first_victims(x, "torture_ill_treatment"),
            std::vector<std::string>{"political prisoners"});
}

TEST(Issue4GroupPhrases, APhraseWithOf) {
  Extraction x = extract_text("Prisoners of conscience were tortured in the colony.");
  EXPECT_EQ(first_victims(x, "torture_ill_treatment"),
            std::vector<std::string>{"prisoners of conscience"});
}

TEST(Issue4GroupPhrases, TheFamilyOfANamedManStaysARelative) {
  Extraction x = extract_text("Officers harassed the family of Ruslan Tairov for months.");
  std::vector<std::string> v = first_victims(x, "harassment");
  EXPECT_TRUE(has_name(v, "family of Ruslan Tairov"));
}

}  // namespace
}  // namespace casebook::testing
