// Issue 4: a person named after an organisation and a title ("Bar Association President X",
// "the Farmers Union of Ruritania president X") is the one listed after a copula or
// "including"; the organisation only says whose president they are. So with a state actor
// or a person before the title: "the arrest of Kremlin critic X".
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4TitledNames, APersonAfterAnOrganisationsTitleIsListed) {
  Extraction x = extract_text(
      "Among those who were abducted is Northern Farmers Union of Ruritania president Jomo "
      "Otieno and the comedian Wanja Njeri.");
  auto v = first_victims(x, "abduction");
  EXPECT_TRUE(has_name(v, "Jomo Otieno"));
  EXPECT_TRUE(has_name(v, "Wanja Njeri"));
  Extraction y =
      extract_text("Dozens remain behind bars, including Bar Association President Ivo Marek.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Ivo Marek"));
}

// A state actor or a person before a title says whose critic or ally the victim is:
// "the arrest of Kremlin critic X" took X, not the Kremlin.
TEST(Issue4TitledNames, TheStateOrPersonBeforeATitleIsNoVictim) {
  Extraction x = extract_text("Crowds gathered after the arrest of Kremlin critic Ivan Orlov.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Ivan Orlov"));
  EXPECT_FALSE(has_name(v, "Kremlin"));
  Extraction y = extract_text("Police detained Orlov ally Petra Sykes in Moscow.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Petra Sykes"));
}

// The organisation alone, with no title and person after it, lists no one.
TEST(Issue4TitledNames, AnOrganisationAloneListsNoOne) {
  Extraction x = extract_text("Among those who were raided is the Northern Farmers Union.");
  for (const auto& name : {"Jomo Otieno", "Northern Farmers Union"}) {
    EXPECT_FALSE(has_name(first_victims(x, "raid_search"), name));
  }
}

}  // namespace
}  // namespace casebook
