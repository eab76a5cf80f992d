// Issue 4: capitalised words right before a lower-case noun of a facility or a place ("the
// Vostrikovskaya metro station", "the Dravska Luka detention centre") name that place, not a
// person, so a later "she" or "he" does not go to them. A person's name joined to such a place
// by "to the", or owning it ("Ana Lima's prison cell"), is still a person. A known town that
// opens a longer name before "Town" or a word of custody ("Isa Town prison") is not that
// town. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NamesBeforeFacilityNouns, AWordBeforeAFacilityNounIsNoPerson) {
  Extraction x = extract_text(
      "Lena Orlova was detained outside the Vostrikovskaya metro station on 4 May. "
      "She was beaten by police. Her husband was held at the Dravska Luka detention centre.",
      "2024-05-10");
  for (const Entity& e : x.entities) {
    if (e.kind != "person") continue;
    EXPECT_EQ(e.name.find("Vostrikovskaya"), std::string::npos) << e.name;
    EXPECT_EQ(e.name.find("Dravska"), std::string::npos) << e.name;
  }
  auto beaten = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(beaten.empty());
  EXPECT_EQ(names_of(x, beaten[0]->victims), std::vector<std::string>{"Lena Orlova"});
}

TEST(Issue4NamesBeforeFacilityNouns, ANameBeforeAPlaceJoinedToItIsStillAPerson) {
  Extraction x = extract_text(
      "Police drove Rui Costa to the Vostrikovskaya metro station. "
      "Guards searched Ana Lima's prison cell.",
      "2024-05-10");
  EXPECT_NE(entity_named(x, "Rui Costa", "person"), nullptr);
  EXPECT_NE(entity_named(x, "Ana Lima", "person"), nullptr);
}

TEST(Issue4NamesBeforeFacilityNouns, AKnownTownOpeningAPrisonsNameIsNotThatTown) {
  // "Isa Town prison": "Isa" is also a town in Japan, which the prison is not in.
  Extraction x = extract_text("She is now held in Isa Town prison in Bahrain.");
  EXPECT_EQ(entity_named(x, "Isa", "place"), nullptr);
  // "Dumaguete City" is Dumaguete.
  x = extract_text("Police detained Ana Lind in Dumaguete City on Monday.");
  EXPECT_NE(entity_named(x, "Dumaguete", "place"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
