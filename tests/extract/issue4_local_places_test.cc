// Issue 4: places the gazetteer does not know. "the village of Kowalo", "the district of Upper
// Kotido": the noun before "of" says a place follows, so the name is one, in the country a
// demonym before the noun names ("the Ugandan town of X") or else the document's. A known place
// closing the name is that place ("the river port of Nueva Palmira"); a capitalised noun opens
// no such phrase ("found guilty in Marlow County of Felony Theft"); and "the settlement of X in
// Dhaka" happened in Dhaka for the summary's sake. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4LocalPlaces, AVillageTheGazetteerDoesNotKnow) {
  Extraction x = extract_text(
      "Police in Uganda detained two farmers in the village of Kowalo on Monday.");
  const Entity* village = entity_named(x, "Kowalo", "place");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->place_type, "city");
  EXPECT_EQ(village->country, "UG");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(place_of(x, *ev[0]), "Kowalo");
}

TEST(Issue4LocalPlaces, TheCountryOfADemonymBeforeTheNoun) {
  Extraction x = extract_text(
      "Soldiers detained a teacher in the remote Ugandan district of Upper Ndaro, a Kenyan "
      "newspaper reported from Nairobi.");
  const Entity* district = entity_named(x, "Upper Ndaro", "place");
  ASSERT_NE(district, nullptr);
  EXPECT_EQ(district->place_type, "region");
  EXPECT_EQ(district->country, "UG");
}

TEST(Issue4LocalPlaces, NotACapitalisedNounNorAKnownPlace) {
  Extraction x = extract_text(
      "Ivo Brenner, 61, was found guilty in Marlow County of Felony Theft on Monday.");
  EXPECT_EQ(entity_named(x, "Felony Theft", "place"), nullptr);
  Extraction y = extract_text("Police detained two farmers in the town of Florence.");
  const Entity* florence = entity_named(y, "Florence", "place");
  ASSERT_NE(florence, nullptr);
  EXPECT_EQ(florence->country, "IT");
}

TEST(Issue4LocalPlaces, ASettlementInAKnownTown) {
  Extraction x = extract_text(
      "Police demolished 60 homes in the riverside settlement of Kowalo in Gulu on Monday.");
  std::vector<const Event*> ev = events_of(x, "forced_eviction");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(place_of(x, *ev[0]), "Gulu");
}

// "detained him in Fergana": a news site's short name that is also a town is the town after a
// place preposition, and so is the start of "the Fergana Valley"; "told Fergana" is the site.
TEST(Issue4LocalPlaces, AMediaNameThatIsAlsoATown) {
  Extraction x = extract_text("Police detained the blogger Ivo Brenner in Fergana on Monday.");
  EXPECT_NE(entity_named(x, "Fergana", "place"), nullptr);
  EXPECT_EQ(entity_named(x, "Fergana", "organization"), nullptr);
  Extraction y = extract_text("Ivo Brenner told Fergana that police had searched his flat.");
  EXPECT_EQ(entity_named(y, "Fergana", "place"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
