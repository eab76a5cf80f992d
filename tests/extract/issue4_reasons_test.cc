// Reasons and perpetrators around a charge: which act a charge belongs to, and the officials
// a charge is about, who are not the ones acting. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Reasons, TheTriggerOpensTheCharge) {
  Extraction x = extract_text("The blogger Karim Sadiq was charged with spreading false news.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_TRUE(ev[0]->reason.has_value());
  EXPECT_EQ(ev[0]->reason->kind, "charge");
  EXPECT_EQ(ev[0]->reason->activity, "spreading false news");
}

TEST(Issue4Reasons, ANextSentenceChargeIsItsOwnActs) {
  Extraction x = extract_text(
      "Police searched the office of the weekly in Osh on Monday. The editor, Nurlan Bekov, was "
      "charged with libel.");
  auto raids = events_of(x, "raid_search");
  ASSERT_EQ(raids.size(), 1u);
  EXPECT_FALSE(raids[0]->reason.has_value());
  auto trials = events_of(x, "prosecution");
  ASSERT_EQ(trials.size(), 1u);
  ASSERT_TRUE(trials[0]->reason.has_value());
  EXPECT_EQ(trials[0]->reason->activity, "libel");
}

TEST(Issue4Reasons, ANextSentenceAboutTheSamePersonGivesTheReason) {
  Extraction x = extract_text(
      "Police detained Nurlan Bekov at his home on Monday. He is accused of extremism.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_TRUE(ev[0]->reason.has_value());
  EXPECT_EQ(ev[0]->reason->kind, "charge");
}

TEST(Issue4Reasons, OfficialsInsideAChargeAreNoPerpetrators) {
  Extraction x =
      extract_text("The poet Aziz Rahimov was charged with insulting public officials in March.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  for (const std::string& p : names_of(x, ev[0]->perpetrators)) EXPECT_NE(p, "officials") << p;
}

TEST(Issue4Reasons, OfficialsBeforeTheChargeStillAct) {
  Extraction x = extract_text(
      "Security officials said the poet Aziz Rahimov was charged with fraud in March.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "Security officials") ||
              has_name(names_of(x, ev[0]->perpetrators), "security officials"))
      << ::testing::PrintToString(names_of(x, ev[0]->perpetrators));
}

TEST(Issue4Reasons, TheOfficialSomeoneCriticisedIsNoPerpetrator) {
  Extraction x = extract_text(
      "Sardor Qodirov was arrested in September, two weeks after he published a video "
      "criticising the regional governor.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  for (const std::string& p : names_of(x, ev[0]->perpetrators)) EXPECT_NE(p, "governor") << p;
}

TEST(Issue4Reasons, AGovernorWhoActsStillActs) {
  Extraction x = extract_text("The regional governor ordered the arrest of Sardor Qodirov.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->perpetrators.empty());
}

TEST(Issue4Reasons, PeopleInARelativeClauseAboutTheChargesAreNoDefendants) {
  Extraction x = extract_text(
      "Sardor Qodirov was sentenced on fraud charges that his family says were fabricated.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Sardor Qodirov"});
}

TEST(Issue4PhraseObjects, TheWildcardHoldsTheObject) {
  // Not "his family", who only told of it.
  Extraction x =
      extract_text("Juan Perez is a farmer. Gunmen took him hostage on Friday, his family said.");
  auto ev = events_of(x, "abduction");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Juan Perez"});
}

TEST(Issue4PhraseObjects, TakenFromHomeByArmedMenOrByPolice) {
  Extraction a = extract_text("Juan Perez is a farmer. Armed men took him from his home at night.");
  ASSERT_EQ(events_of(a, "abduction").size(), 1u);
  EXPECT_EQ(names_of(a, events_of(a, "abduction")[0]->victims),
            std::vector<std::string>{"Juan Perez"});
  Extraction p = extract_text("Juan Perez is a farmer. Police took him from his home at night.");
  EXPECT_EQ(events_of(p, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(p, "abduction").empty());
}

TEST(Issue4PhraseObjects, TakingChildrenFromHomeToSchoolIsNothing) {
  Extraction x = extract_text("Her neighbour took the children from their home to school.");
  EXPECT_TRUE(events_of(x, "abduction").empty());
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
