// Issue 4: acts told in a list. "were summoned, threatened or detained": "threatened" is one
// act of the list, not a threat of the detention after it, so the detention is real; nor does
// a cue that is an item of a list ("at the mayor's request, the men were arrested") govern
// the act after it. A relative clause whose verb is such a list ("cases in which relatives of
// critics were summoned, threatened or detained") keeps its own subject: its commas close no
// clause. Not "threatened to detain him" nor "threatened with arrest". Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ListsOfActs, AThreatInAListGovernsNoOtherAct) {
  Extraction x =
      extract_text("The two editors were summoned, threatened or detained by officers in Osh.");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_FALSE(first_hypothetical(x, "arrest_detention"));
  Extraction y = extract_text("He was threatened, beaten and detained by masked men in Osh.");
  ASSERT_FALSE(events_of(y, "arrest_detention").empty());
  EXPECT_FALSE(first_hypothetical(y, "arrest_detention"));
}

TEST(Issue4ListsOfActs, AThreatBeforeItsActStillMakesItHypothetical) {
  Extraction x = extract_text("Officers threatened to detain the editor if she kept writing.");
  EXPECT_TRUE(first_hypothetical(x, "arrest_detention"));
  Extraction y = extract_text("The editor was threatened with arrest by officers in Osh.");
  EXPECT_TRUE(first_hypothetical(y, "arrest_detention"));
}

TEST(Issue4ListsOfActs, ARequestEndingItsPhraseGovernsNothing) {
  Extraction x =
      extract_text("After a complaint was filed at the mayor's request, the men were arrested.");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_FALSE(first_hypothetical(x, "arrest_detention"));
}

TEST(Issue4ListsOfActs, ARelativeClauseWithAListOfActsKeepsItsSubject) {
  Extraction x = extract_text(
      "Monitors documented 40 cases in which relatives of critics were summoned, threatened or "
      "detained.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "relatives"));
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Monitors"));
}

}  // namespace
}  // namespace casebook::testing
