// Issue 4: shapes of a first-person witness statement for an asylum claim. The month "May" is
// no modal; blows right after a questioning are ill-treatment in custody; a short text under
// "Testimony of X" is told by X; and the acts such statements tell in their own words: a
// slap, a passport declared invalid, a brother called to the police station, officers at the
// parents' house, a mother told she had to retire, a conscription held over a relative.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TestimonyShapes, TheMonthMayIsNoModal) {
  Extraction x = extract_text("In May 2024 police detained Aida Bekova at her school.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev.front()->hypothetical);
  Extraction y = extract_text("Police may detain Aida Bekova at her school.");
  EXPECT_TRUE(first_hypothetical(y, "arrest_detention"));
}

TEST(Issue4TestimonyShapes, BlowsAfterAQuestioningAreIllTreatment) {
  Extraction x = extract_text(
      "Aida Bekova was questioned for nine hours. An officer slapped her several times.");
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "Aida Bekova"));
}

TEST(Issue4TestimonyShapes, BlowsAfterAnEvictionStayAssault) {
  Extraction x = extract_text(
      "Police evicted forty families from the hill. Residents who refused to leave were beaten "
      "with sticks.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  EXPECT_FALSE(events_of(x, "assault").empty());
}

TEST(Issue4TestimonyShapes, AShortTestimonyIsToldByItsSignatory) {
  Extraction x = extract_text(
      "Testimony of Aida Bekova\n\nI am a teacher from Osh. In June 2024 police detained me at "
      "my school.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Aida Bekova"));
}

TEST(Issue4TestimonyShapes, APassportDeclaredInvalid) {
  Extraction x = extract_text("Since she left, her passport has been declared invalid.");
  EXPECT_FALSE(events_of(x, "travel_ban").empty());
}

TEST(Issue4TestimonyShapes, CalledToThePoliceStation) {
  Extraction x = extract_text("Her brother, Nurlan, was called to the police station twice.");
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "Nurlan"));
}

TEST(Issue4TestimonyShapes, OfficersAtTheParentsHouse) {
  Extraction x =
      extract_text("In April officers came to her parents' house and asked where Aida Bekova was.");
  EXPECT_FALSE(events_of(x, "harassment").empty());
}

TEST(Issue4TestimonyShapes, ToldByHerEmployerThatSheHadToRetire) {
  Extraction x =
      extract_text("Her mother, Gulzat, was told by her employer that she had to retire.");
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Gulzat"));
  Extraction y = extract_text("Gulzat had to retire early because of her health.");
  EXPECT_TRUE(events_of(y, "harassment").empty());
}

TEST(Issue4TestimonyShapes, AConscriptionHeldOverARelativeIsHarassment) {
  Extraction x = extract_text(
      "Officers warned that her brother, Nurlan, would be conscripted if she kept writing.");
  EXPECT_FALSE(events_of(x, "harassment").empty());
  Extraction y = extract_text("Nurlan was conscripted in 2019 and served in the navy.");
  EXPECT_TRUE(events_of(y, "harassment").empty());
}

}  // namespace
}  // namespace casebook::testing
