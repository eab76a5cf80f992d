// Issue 4: a person named after an organisation and a title ("Bar Council chairman X", "the
// Farmers Union of Ruritania president X") is the one listed after a copula, "include" or
// "among them"; the organisation only says whose chairman they are. So with a state actor or
// a person before the title: "detained Kremlin critic X".
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

}  // namespace
}  // namespace casebook
