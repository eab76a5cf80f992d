// Issue 4: towns and buildings that no list knows are no people. "A woman from Odrun said"
// names the woman's town, not a speaker called Odrun; "shot near Kelmor Station, his mother
// said" names a station, not the mother's son. A name after a known given name stays a person
// ("the Officer in Charge Jordan Mills said"). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4UnknownPlaceNames, AWordOfPlaceBeforeTheNameIsNoSpeaker) {
  Extraction x = extract_text("A woman from Veltrow said: \"They took my son.\"");
  EXPECT_EQ(entity_named(x, "Veltrow", "person"), nullptr);
}

TEST(Issue4UnknownPlaceNames, AStationIsNoPerson) {
  Extraction x = extract_text("Ivo Sarkis was shot near Pelmor Station, his mother said.");
  EXPECT_EQ(entity_named(x, "Pelmor Station", "person"), nullptr);
  EXPECT_TRUE(has_relation(x, "mother of Ivo Sarkis", "mother", "Ivo Sarkis"));
}

TEST(Issue4UnknownPlaceNames, AGivenNameAfterAPrepositionStaysAPerson) {
  Extraction x = extract_text(
      "The Officer in Charge Jordan Mills said the girl was abducted on Monday.");
  bool person = false;
  for (const Entity& e : x.entities) person = person || (e.kind == "person" &&
                                                         e.name.ends_with("Jordan Mills"));
  EXPECT_TRUE(person);
  EXPECT_EQ(entity_named(x, "Jordan", "place"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
