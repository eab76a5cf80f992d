// Issue 4: where a place lies, as the text writes it. "Avondale, Harare" was Avondale in the
// United States, "Oral district of Cambodia" the Kazakh town, and "the Moyo family home" the
// Ugandan town of Moyo. A city or a country named after the place (after a comma, or after
// "district of") places a town the gazetteer knows elsewhere; a list of towns does not.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PlaceWithin, ASuburbOfACity) {
  Extraction x = extract_text("Police searched the family home in Avondale, Harare, on Wednesday.",
                              "2024-05-10");
  const Entity* suburb = entity_named(x, "Avondale", "place");
  ASSERT_NE(suburb, nullptr);
  EXPECT_EQ(suburb->country, "ZW");
}

TEST(Issue4PlaceWithin, ADistrictOfACountry) {
  Extraction x =
      extract_text("Police searched his house in Oral district of Cambodia.", "2024-05-10");
  const Entity* district = entity_named(x, "Oral", "place");
  ASSERT_NE(district, nullptr);
  EXPECT_EQ(district->country, "KH");
}

TEST(Issue4PlaceWithin, AFamilyNameIsNoTown) {
  Extraction x = extract_text("Police searched the Moyo family home.", "2024-05-10");
  EXPECT_EQ(entity_named(x, "Moyo", "place"), nullptr);
}

TEST(Issue4PlaceWithin, AListOfTownsPlacesNone) {
  Extraction x =
      extract_text("The choir's tour went to Lyon, Porto, Turin and Graz.", "2024-05-10");
  const Entity* lyon = entity_named(x, "Lyon", "place");
  ASSERT_NE(lyon, nullptr);
  EXPECT_EQ(lyon->country, "FR");
}

}  // namespace
}  // namespace casebook::testing
