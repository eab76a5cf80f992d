// Issue 4: places and actors a news story misread: "the Penal Code" read as the town of Peñal
// (Trinidad), "Defensoría del Pueblo" as Pueblo (Colorado); "president of a garment workers'
// union" read as the head of state; factory security guards' beating read as torture in custody.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool has_place(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities) {
    if (e.kind == "place" && e.name == name) return true;
  }
  return false;
}

TEST(Issue4NewsPlacesActors, LegalWordsAreNoTowns) {
  Extraction x = extract_text(
      "A court convicted Leyla Hasanova on Tuesday under the Penal Code. The Defensoria del "
      "Pueblo condemned the verdict.",
      "2024-05-10");
  EXPECT_FALSE(has_place(x, "Peñal"));
  EXPECT_FALSE(has_place(x, "Pueblo"));
  EXPECT_TRUE(x.summary.country.empty());
  // After "in", the town is still a town.
  EXPECT_TRUE(has_place(
      extract_text("Police detained Leyla Hasanova in Pueblo, Colorado.", "2024-05-10"), "Pueblo"));
}

TEST(Issue4NewsPlacesActors, TheHeadOfAUnionIsNoHeadOfState) {
  Extraction x = extract_text(
      "Samir Haddad, president of a garment workers' union, was detained on Monday.", "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "arrest_detention").empty());
  Extraction y = extract_text(
      "The president of a garment workers' union, Samir Haddad, was detained on Monday.",
      "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Samir Haddad"));
}

TEST(Issue4NewsPlacesActors, PrivateGuardsAssaultGuardsInCustodyTorture) {
  Extraction x = extract_text("Factory security guards beat the strikers with sticks on Monday.",
                              "2024-05-10");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  EXPECT_FALSE(events_of(x, "assault").empty());
  EXPECT_EQ(x.summary.perpetrator_category, "non_state");
  Extraction y = extract_text("Factory guards kicked Samir Haddad on Monday.", "2024-05-10");
  EXPECT_EQ(y.summary.perpetrator_category, "non_state");
  Extraction z = extract_text("Guards beat Samir Haddad in his cell on Monday.", "2024-05-10");
  EXPECT_FALSE(events_of(z, "torture_ill_treatment").empty());
}

}  // namespace
}  // namespace casebook::testing
