// Names that run into a town's name, capitalised nouns opening a sentence, places of one
// country, and a release told a sentence after the arrest. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

// "Fonseca" is also a small Colombian town: after a full name it is a second surname.
TEST(Issue4NamesAndReleases, ASmallTownAfterAFullNameIsASecondSurname) {
  Extraction x =
      extract_text("Police in Havana detained the reporter Dariel Soto Fonseca on Friday.");
  EXPECT_NE(entity_named(x, "Dariel Soto Fonseca", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Fonseca", "place"), nullptr);
}

// A capital after a full name is still the place.
TEST(Issue4NamesAndReleases, ACapitalAfterAFullNameIsStillAPlace) {
  Extraction x = extract_text("The court sentenced Dariel Soto Havana to two years.");
  EXPECT_EQ(entity_named(x, "Dariel Soto Havana", "person"), nullptr);
}

TEST(Issue4NamesAndReleases, ACommonNounOpeningASentenceIsNoName) {
  Extraction x = extract_text(
      "Police detained the reporter Dariel Soto on Friday. Officers told his wife he would be "
      "held for a week.");
  EXPECT_EQ(entity_named(x, "Officers", "person"), nullptr);
}

TEST(Issue4NamesAndReleases, ASurnameOpeningASentenceIsStillAName) {
  Extraction x = extract_text(
      "Police detained the reporter Dariel Soto on Friday. Soto told his wife he would be held "
      "for a week.");
  const Entity* soto = entity_named(x, "Dariel Soto", "person");
  ASSERT_NE(soto, nullptr);
  EXPECT_GE(soto->mentions.size(), 2u);
}

TEST(Issue4NamesAndReleases, APlaceOfOneCountryCountsForIt) {
  // Camaguey is a city and a province, both in Cuba: the police are Cuba's.
  Extraction x = extract_text("Police in Camagüey detained a teacher on Friday.");
  const Entity* police = entity_named(x, "police", "state_actor");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "CU");
}

TEST(Issue4NamesAndReleases, AReleaseAfterTheArrestSentence) {
  Extraction x = extract_text(
      "Police arrested the reporter Dariel Soto on July 11. He was released on July 14 after "
      "paying a fine.",
      "2023-07-20");
  auto ev = events_of(x, "release");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Dariel Soto"));
  EXPECT_EQ(ev[0]->date.start, "2023-07-14");
}

TEST(Issue4NamesAndReleases, NoReleaseFromHospital) {
  Extraction x = extract_text(
      "Dariel Soto was beaten in custody on July 11. He was released from hospital on July 14.",
      "2023-07-20");
  EXPECT_TRUE(events_of(x, "release").empty());
}

TEST(Issue4NamesAndReleases, NoReleaseWithoutContext) {
  Extraction x = extract_text(
      "Dariel Soto gave a concert on July 11. He released a new album on July 14.", "2023-07-20");
  EXPECT_TRUE(events_of(x, "release").empty());
}

TEST(Issue4NamesAndReleases, TheVillageOfANameIsNoPerson) {
  Extraction x = extract_text("Soldiers evicted 200 families from the village of Tam Lo in May.");
  EXPECT_EQ(entity_named(x, "Tam Lo", "person"), nullptr);
}

TEST(Issue4NamesAndReleases, ANameCoordinatedWithAKnownNameIsAPerson) {
  Extraction x = extract_text(
      "Seven candidates, including Cristiana Vallecillo and Felix Somarriba, were detained.");
  EXPECT_NE(entity_named(x, "Cristiana Vallecillo", "person"), nullptr);
  x = extract_text("Police detained Felix Somarriba and Cristiana Vallecillo in June.");
  EXPECT_NE(entity_named(x, "Cristiana Vallecillo", "person"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
