// Where an event happened: the place of the act, not where someone was travelling to.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

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
  Extraction x =
      extract_text("Police detained the blogger Umar Saidov after his flight to Dushanbe.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "Dushanbe");
}

TEST(Issue4EventPlaces, WhereSomeoneElseLivesIsNotTheActsPlaceNorDate) {
  Extraction x = extract_text(
      "Farrukh Sharipov, who has lived in exile in Warsaw since 2018, said police questioned "
      "his brother Jamshed Sharipov for nine hours.");
  auto ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "");
  EXPECT_EQ(ev[0]->date.start, "");
}

TEST(Issue4EventPlaces, WhereTheVictimLivesStays) {
  Extraction x =
      extract_text("The blogger Farrukh Sharipov, who lives in Warsaw, was stabbed by two men.");
  auto ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "Warsaw");
}

TEST(Issue4EventPlaces, WhereARelativeWorksFromIsNotTheActsPlace) {
  Extraction x = extract_text(
      "Nadia Sharipova was arrested in May after police found copies of the newspaper her son "
      "edits from Warsaw.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "");
  Extraction y = extract_text("Nadia Sharipova was arrested in Warsaw in May.");
  auto here = events_of(y, "arrest_detention");
  ASSERT_EQ(here.size(), 1u);
  EXPECT_EQ(place_of(y, *here[0]), "Warsaw");
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// "wounded in the attack and taken to a hospital in Popayan": the hospital's town is where he
// was treated, not where he was wounded; a beating "in a hospital in Osh" stays there.
TEST(Issue4EventPlaces, NotTheHospitalHeWasTakenTo) {
  Extraction x = extract_text(
      "The teacher Ivo Lind was wounded in the attack and taken to a hospital in Popayan.");
  auto ev = events_of(x, "assault");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(place_of(x, *ev[0]), "");
  Extraction y = extract_text("Guards beat the teacher Ivo Lind in a prison hospital in Osh.");
  auto ev2 = events_of(y, "torture_ill_treatment");
  if (ev2.empty()) ev2 = events_of(y, "assault");
  ASSERT_FALSE(ev2.empty());
  EXPECT_EQ(place_of(y, *ev2[0]), "Osh");
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// "Teacher shot dead in Colombia" above "Gunmen killed Ana Ruiz, a 47-year-old teacher, in
// Cauca": the killing told twice is one, and its place is the finer one, Cauca.
TEST(Issue4EventPlaces, AKillingToldTwiceTakesTheFinerPlace) {
  Extraction x = extract_text(
      "Teacher shot dead in Colombia\n\n"
      "Gunmen shot and killed Ana Ruiz Pardo, a 47-year-old teacher, in the department of Cauca "
      "on Saturday.",
      "2025-07-14");
  auto ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "Cauca");
}

}  // namespace
}  // namespace casebook::testing
