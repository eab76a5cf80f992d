// Issue 4: names the name lists do not hold. "Chan Thy was arrested", "Pen Sokha and Ouk
// Samnang were arrested" and "police detained Meas Rithy," gave no one: two or three
// capitalised words that an act done only to people is done to, one of them no English word,
// are a person's name. Not a thing's name after a determiner, nor a role in title case.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NamesAsPatients, TheSubjectOfAPassiveAct) {
  Extraction x = extract_text("Chea Vuthy was arrested on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Chea Vuthy"));
  Extraction y = extract_text("On Monday Keo Sopheak and Ouk Rotha were arrested.", "2024-05-10");
  auto v = first_victims(y, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Keo Sopheak"));
  EXPECT_TRUE(has_name(v, "Ouk Rotha"));
}

TEST(Issue4NamesAsPatients, TheObjectOfAnActiveAct) {
  Extraction x = extract_text(
      "Police detained Meas Vanna, founder of the Prey Lvea Community Network.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Meas Vanna"));
}

TEST(Issue4NamesAsPatients, NotAThingNorARole) {
  Extraction x = extract_text(
      "Radio Free Asia was blocked. Police detained Labour Activist Keo Rotha.", "2024-05-10");
  EXPECT_EQ(entity_named(x, "Radio Free Asia", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Labour Activist", "person"), nullptr);
  Extraction y = extract_text(
      "The officers searched the van in whose Kia Sportage Chea Vuthy was "
      "arrested.",
      "2024-05-10");
  EXPECT_EQ(entity_named(y, "Sportage Chea Vuthy", "person"), nullptr);
}

TEST(Issue4NamesAsPatients, ReleasedFromHospitalIsNoRelease) {
  Extraction x = extract_text(
      "Chea Vuthy was beaten in custody on July 11. He was released from hospital on July 14.",
      "2023-07-20");
  EXPECT_TRUE(events_of(x, "release").empty());
}

}  // namespace
}  // namespace casebook::testing
