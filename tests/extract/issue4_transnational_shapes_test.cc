// Issue 4: shapes of a story of transnational repression. "in their custody" names who holds,
// not who is held; a "Poland-based" activist's city is where the activist lives, not where
// the relatives' eviction happened; a state body whose sentence only denies involvement is no
// doer of what is told after it. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TransnationalShapes, InTheirCustodyNamesTheHolder) {
  Extraction x = extract_text(
      "On Monday, the border police confirmed that Ruslan Ismoilov was in their custody.");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Ruslan Ismoilov"));
  EXPECT_FALSE(has_name(v, "border police"));
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "border police"));
}

TEST(Issue4TransnationalShapes, ABasedModifierIsNoPlaceOfTheAct) {
  Extraction x = extract_text(
      "The parents of a Vilnius-based blogger, Ruslan Ismoilov, were evicted from their flat.");
  std::vector<const Event*> ev = events_of(x, "forced_eviction");
  ASSERT_FALSE(ev.empty());
  EXPECT_NE(place_of(x, *ev.front()), "Vilnius");
}

TEST(Issue4TransnationalShapes, ABodyThatDeniesIsNoLaterDoer) {
  Extraction x = extract_text(
      "Ruslan Ismoilov was taken from a street in Almaty in May. Kazakhstan's interior ministry "
      "denied any involvement. His brother Sherzod was arrested in Khujand in June.",
      "2025-07-01");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev.back()->perpetrators), "interior ministry"));
}

TEST(Issue4TransnationalShapes, ATownNamingABuildingIsThePlace) {
  // "outside a Nairobi church" beats the country the victim had lived in.
  Extraction x = extract_text(
      "An exiled Ugandan writer who had lived in Kenya since 2019 was abducted outside a Nairobi "
      "church on Sunday.",
      "2026-02-10");
  std::vector<const Event*> ev = events_of(x, "abduction");
  if (ev.empty()) ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(place_of(x, *ev.front()), "Nairobi");
}

TEST(Issue4TransnationalShapes, TheArticleOfACountryNameIsNoBuilding) {
  Extraction x = extract_text(
      "She was kidnapped near a shelter, and her hope of protection in the Netherlands faded "
      "while she waited in Calais.",
      "2019-11-10");
  std::vector<const Event*> ev = events_of(x, "abduction");
  ASSERT_FALSE(ev.empty());
  EXPECT_NE(place_of(x, *ev.front()), "Netherlands");
}

TEST(Issue4TransnationalShapes, ABodyTakesTheCountryOfItsSentencesPlace) {
  // A story datelined abroad: the police who took the sister are the state of the town named.
  Extraction x = extract_text(
      "BERLIN, 3 March 2026 — Erkin Sabit, who lives in Germany, said his sister had been taken "
      "from her home by police in Kashgar in May.",
      "2026-03-03");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  ASSERT_FALSE(ev.front()->perpetrators.empty());
  const Entity* police = entity_by_id(x, ev.front()->perpetrators.front());
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "CN");
}

TEST(Issue4TransnationalShapes, ABodyNamedAfterATwoWordPlaceIsThatPlacesState) {
  Extraction x = extract_text("The Police Service of North Korea detained two tourists on Monday.",
                              "2025-03-03");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  ASSERT_FALSE(ev.front()->perpetrators.empty());
  const Entity* body = entity_by_id(x, ev.front()->perpetrators.front());
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->country, "KP");
}

TEST(Issue4TransnationalShapes, ATwoWordPlaceWithNoCountryWordGivesNoCountry) {
  // "Santa Cruz" is a town in several countries; no word of the name names a country, so the
  // body takes none from it.
  Extraction x =
      extract_text("Officers of the Santa Cruz District Police detained two organisers on Monday.",
                   "2025-03-03");
  for (const Entity& e : x.entities) {
    if (e.kind == "state_actor") EXPECT_EQ(e.country, "") << e.name;
  }
}

}  // namespace
}  // namespace casebook::testing
