// Where an event happened: the place of the act, not where someone was travelling to.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::string place_of(const Extraction& x, const Event& ev) {
  const Entity* p = entity_by_id(x, ev.location);
  return p == nullptr ? "" : p->name;
}

TEST(Issue4EventPlaces, ATravelBanIsNotWhereTheFlightWasGoing) {
  Extraction x = extract_text(
      "Border guards stopped the lawyer Farida Nazarova from boarding a flight to Istanbul.");
  auto ev = events_of(x, "travel_ban");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "");
}

TEST(Issue4EventPlaces, ATravelBanAtTheAirportOfACity) {
  Extraction x = extract_text(
      "Border guards at the airport in Khujand stopped the lawyer Farida Nazarova from boarding "
      "a flight to Istanbul.");
  auto ev = events_of(x, "travel_ban");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "Khujand");
}

TEST(Issue4EventPlaces, AnArrestOnArrivalKeepsThePlaceAfterTo) {
  // Only travel bans look past a destination: the arrest happened where he flew to.
  Extraction x = extract_text("Police detained the blogger Umar Saidov after his flight to Dushanbe.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "Dushanbe");
}

}  // namespace
}  // namespace casebook::testing
