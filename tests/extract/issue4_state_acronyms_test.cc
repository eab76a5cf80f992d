// State bodies written as acronyms ("the KGB", "the FSB") are state actors with their country,
// not organisations; a headline's capitals are no acronym. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

const Entity* state_actor_named(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities)
    if (e.kind == "state_actor" && e.name == name) return &e;
  return nullptr;
}

TEST(Issue4StateAcronyms, AnAcronymOfTheStateListIsAStateActor) {
  Extraction x = extract_text("The FSB detained the blogger Pavel Orlov in Kazan on Monday.");
  const Entity* fsb = state_actor_named(x, "FSB");
  ASSERT_NE(fsb, nullptr);
  EXPECT_EQ(fsb->country, "RU");
  EXPECT_EQ(fsb->category, "state_security");
  EXPECT_EQ(entity_named(x, "FSB", "organization"), nullptr);
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->perpetrators), std::vector<std::string>{"FSB"});
}

TEST(Issue4StateAcronyms, ABodyOfSeveralCountriesTakesTheDocumentsCountry) {
  // The GKNB exists in two countries; the text is about one of them.
  Extraction x = extract_text(
      "The GKNB summoned the lawyer Aigul Toktogulova in Bishkek. Police in Bishkek said she "
      "was questioned about her posts in Kyrgyzstan.");
  const Entity* gknb = state_actor_named(x, "GKNB");
  ASSERT_NE(gknb, nullptr);
  EXPECT_EQ(gknb->country, "KG");
}

TEST(Issue4StateAcronyms, AHeadlineInCapitalsIsNoAcronym) {
  Extraction x = extract_text("POLICE DETAIN STUDENTS\n\nPolice detained two students in Lagos.");
  for (const Entity& e : x.entities) {
    EXPECT_NE(e.name, "POLICE") << e.kind;
  }
}

TEST(Issue4StateAcronyms, AnUnknownAcronymStaysAnOrganisation) {
  Extraction x = extract_text("The ZRPV said its offices in Riga were searched.");
  EXPECT_NE(entity_named(x, "ZRPV", "organization"), nullptr);
}

TEST(Issue4Harassment, OfficersComingToAFlatAgainAndAgain) {
  Extraction x = extract_text(
      "Rustam Nazarov is a blogger. Since March, police have come to his flat four times.");
  auto ev = events_of(x, "harassment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Rustam Nazarov"});
}

TEST(Issue4Harassment, ComingToAFlatForDinnerIsNoHarassment) {
  Extraction x = extract_text("Rustam Nazarov said his friends came to his flat for dinner.");
  EXPECT_TRUE(events_of(x, "harassment").empty());
}

TEST(Issue4StateAcronyms, ABodyNamedInFullTakesItsCountryFromTheList) {
  // The document also names Germany; the security committee is not German.
  Extraction x = extract_text(
      "German authorities deported the activist Bakhtiyor Kholov to Tajikistan. On arrival he "
      "was detained by the State Committee for National Security.");
  const Entity* body = state_actor_named(x, "State Committee for National Security");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->country, "TJ");
}

TEST(Issue4Asylum, TheClaimsOwnerIsTheOneDecidedUpon) {
  Extraction x = extract_text(
      "Bakhtiyor Kholov is an activist. Kholov's asylum application had been rejected in 2022 "
      "and a court dismissed his appeal in March.");
  auto ev = events_of(x, "asylum_decision");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Bakhtiyor Kholov"});
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4Asylum, APossessivePronounOwnsTheClaim) {
  Extraction x =
      extract_text("Bakhtiyor Kholov is an activist. His asylum application was rejected in 2022.");
  auto ev = events_of(x, "asylum_decision");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Bakhtiyor Kholov"});
}

}  // namespace
}  // namespace casebook::testing
