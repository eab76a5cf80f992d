// Issue 4: a province or state named alone is read as the region, not as a small town of its
// name in another country; a large town, or one whose own country has the region, keeps it.
#include <gtest/gtest.h>

#include <string_view>

#include "nlp/gazetteer.h"

namespace casebook {
namespace {

const Place* first(std::string_view phrase) {
  auto c = Gazetteer::instance().lookup(phrase);
  return c.empty() ? nullptr : c[0];
}

TEST(Issue4RegionBeforeTown, AStateComesBeforeAForeignTown) {
  // "Colorado" is also a town of some 20,000 in Brazil; "Essex" a town in Maryland.
  const Place* p = first("Colorado");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, PlaceType::kRegion);
  EXPECT_EQ(p->country, "US");
  p = first("Essex");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, PlaceType::kRegion);
  EXPECT_EQ(p->country, "GB");
}

TEST(Issue4RegionBeforeTown, ALargeTownKeepsItsName) {
  // Portland, Oregon, over half a million people, is not the Jamaican parish.
  const Place* p = first("Portland");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, PlaceType::kCity);
  EXPECT_EQ(p->country, "US");
}

TEST(Issue4RegionBeforeTown, ATownInItsOwnRegionStaysATown) {
  // Idlib the town lies in the governorate of the same country: the town is the finer answer.
  const Place* p = first("Idlib");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, PlaceType::kCity);
  EXPECT_EQ(p->country, "SY");
}

}  // namespace
}  // namespace casebook
