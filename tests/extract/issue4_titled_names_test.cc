// Issue 4: a person named after an organisation and a title ("Bar Council chairman X", "the
// Farmers Union of Ruritania president X") is the one listed after a copula, "include" or
// "among them"; the organisation only says whose chairman they are. So with a state actor or
// a person before the title: "detained Kremlin critic X". An official's title right before the
// name is the name's too ("detained the mayor X"), and such a title is no perpetrator
// ("President X was also sentenced").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4TitledNames, APersonAfterAnOrganisationsTitleIsListed) {
  Extraction x =
      extract_text("Among those who were detained is Rural Teachers Union chairman Jomo Otieno.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Jomo Otieno"));
  Extraction y =
      extract_text("Nine lawyers remain in prison, among them Bar Council chairman Ivo Marek.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Ivo Marek"));
}

// A state actor or a person before a title says whose critic or ally the victim is:
// "detained Kremlin critic X" took X, not the Kremlin.
TEST(Issue4TitledNames, TheStateOrPersonBeforeATitleIsNoVictim) {
  Extraction x = extract_text("Police detained Kremlin critic Ivan Orlov at the airport.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Ivan Orlov"));
  EXPECT_FALSE(has_name(v, "Kremlin"));
  Extraction y = extract_text("Police detained Orlov ally Petra Sykes in Moscow.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Petra Sykes"));
}

TEST(Issue4TitledNames, AnOfficialsTitleBeforeTheNameIsTheName) {
  Extraction x = extract_text("Police detained the mayor Ana Lima and Rui Costa on Friday.");
  auto v = testing::first_victims(x, "arrest_detention");
  EXPECT_TRUE(testing::has_name(v, "Ana Lima"));
  EXPECT_TRUE(testing::has_name(v, "Rui Costa"));
  EXPECT_FALSE(testing::has_name(v, "mayor"));
  Extraction y = extract_text(
      "Police detained Mayor Ana Lima and the head of the union, Rui Costa, on Friday.");
  auto w = testing::first_victims(y, "arrest_detention");
  EXPECT_TRUE(testing::has_name(w, "Ana Lima"));
  EXPECT_TRUE(testing::has_name(w, "Rui Costa"));
}

TEST(Issue4TitledNames, ATitleBeforeANameIsNoPerpetrator) {
  Extraction x = extract_text(
      "President Tomas Reyes was detained on Monday.\n\nThe arrest of former minister Rui "
      "Costa shocked the town.");
  for (const Event& e : x.events) {
    EXPECT_FALSE(testing::has_name(testing::names_of(x, e.perpetrators), "president"));
  }
}

}  // namespace
}  // namespace casebook
