// Issue 4: a testimony told in the first person whose narrator gives no name still has a
// narrator, an unnamed person the relatives it speaks of are tied to ("my sister" is the
// narrator's sister). An article that quotes someone, and a headline in the first person,
// have no narrator.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::entity_named;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4UnnamedNarrator, RelativesOfAnUnnamedNarrator) {
  Extraction x = extract_text(
      "I fled Azerbaijan in 2020 and now write from Tbilisi.\n\n"
      "Last month my brother was detained in Ganja. Police told my mother that I should stop "
      "writing.");
  const Entity* narrator = entity_named(x, "the narrator", "person");
  ASSERT_NE(narrator, nullptr);
  EXPECT_FALSE(narrator->named);
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "brother of the narrator"));
}

TEST(Issue4UnnamedNarrator, AnArticleThatQuotesSomeoneHasNone) {
  Extraction x = extract_text(
      "Police detained the blogger Orkhan Aliyev in Ganja on Monday.\n\n"
      "\"I was beaten and my phone was taken,\" he said. \"My lawyer was not allowed in.\"\n\n"
      "\"I will keep writing,\" he added.");
  EXPECT_EQ(entity_named(x, "the narrator"), nullptr);
}

TEST(Issue4UnnamedNarrator, AFirstPersonHeadlineIsNoNarrator) {
  Extraction x = extract_text(
      "I Was Followed: They Tracked Me To My Car\n\n"
      "Agents followed the organiser Tural Mammadov for weeks. He said he felt watched.\n\n"
      "His lawyer said the surveillance was illegal.");
  EXPECT_EQ(entity_named(x, "the narrator"), nullptr);
}

}  // namespace
}  // namespace casebook
