// Issue 4: reprisals against an exile's family, as rights groups report them. The country an
// exile fled to, or speaks from, is not the country the story is about: "fled to Lithuania"
// and "by telephone from Vilnius" do not make Lithuania's police the ones who searched a flat
// in Samarkand. A threat told in a second clause of the same speech verb ("told him that ...
// and that he would lose his pension unless ...") is a threat. "searched her parents' flat"
// was done to the parents. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ExileFamilyReprisals, TheCountryFledToIsNotTheStorysCountry) {
  Extraction x = extract_text(
      "The reporter Nodira Qosimova fled to Latvia in 2021. Officers searched her parents' flat "
      "in Bukhara and confiscated a laptop. The police later summoned her brother. \"They want "
      "me to stop,\" Qosimova said by telephone from Riga.");
  EXPECT_EQ(x.summary.country, "UZ");
  const Entity* police = entity_named(x, "police", "state_actor");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "UZ");
}

TEST(Issue4ExileFamilyReprisals, WhereARelativeLivesOrOneFliesToIsNotTheStorysCountry) {
  Extraction x = extract_text(
      "I was born in Tashkent. My cousin, who lives in Turkey, runs a channel. When I tried to "
      "fly to Istanbul, police took my passport.");
  const Entity* police = entity_named(x, "police", "state_actor");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "UZ");
}

TEST(Issue4ExileFamilyReprisals, ACountryWhereTheActsHappenStillCounts) {
  Extraction x = extract_text(
      "Police in Latvia detained the reporter Nodira Qosimova in Riga. The police later "
      "summoned her brother.");
  EXPECT_EQ(x.summary.country, "LV");
}

TEST(Issue4ExileFamilyReprisals, AThreatInASecondReportedClause) {
  Extraction x = extract_text(
      "The reporter Nodira Qosimova lives abroad. Security officers told her father that she "
      "was a traitor and that he would lose his pension unless she stopped writing.");
  std::vector<const Event*> ev = events_of(x, "threat_intimidation");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "father of Nodira Qosimova"));
  Extraction y = extract_text(
      "The reporter Nodira Qosimova lives abroad. Security officers told her father that she "
      "was a traitor and that he was a bad parent.");
  EXPECT_TRUE(events_of(y, "threat_intimidation").empty());
}

TEST(Issue4ExileFamilyReprisals, TheRelativesFlatIsTheRelatives) {
  Extraction x = extract_text(
      "The reporter Nodira Qosimova lives abroad. Officers searched her parents' flat in "
      "Bukhara.");
  EXPECT_TRUE(has_name(first_victims(x, "raid_search"), "parents of Nodira Qosimova"));
  EXPECT_FALSE(has_name(first_victims(x, "raid_search"), "Nodira Qosimova"));
  Extraction y = extract_text(
      "The reporter Nodira Qosimova lives in Bukhara. Officers searched her flat in Bukhara.");
  EXPECT_TRUE(has_name(first_victims(y, "raid_search"), "Nodira Qosimova"));
}

}  // namespace
}  // namespace casebook::testing
