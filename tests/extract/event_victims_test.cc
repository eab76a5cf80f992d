// Who the victims of an event are when the clause names them in a phrase or a list: an
// organisation or group before the names, relatives and colleagues in a list, people after a
// copula, a reported clause after a speech verb, and "they" for people named together.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::vector<std::string> victims_of_first(const Extraction& x, const std::string& type) {
  auto ev = events_of(x, type);
  if (ev.empty()) return {};
  return names_of(x, ev[0]->victims);
}

TEST(Issue4Victims, PeopleNamedAfterTheirNewsroomAndRole) {
  Extraction x = extract_text(
      "Security agents detained Coast FM reporters Halima Juma and Baraka Otieno on Friday.");
  auto v = victims_of_first(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Halima Juma"));
  EXPECT_TRUE(has_name(v, "Baraka Otieno"));
  EXPECT_FALSE(has_name(v, "Coast FM"));
}

TEST(Issue4Victims, AVerbAfterTheGroupKeepsTheGroup) {
  Extraction x = extract_text(
      "Police detained journalists covering the march, and Halima Juma was beaten later.");
  auto v = victims_of_first(x, "arrest_detention");
  EXPECT_FALSE(has_name(v, "Halima Juma"));
}

TEST(Issue4Victims, RelativesAndColleaguesLaterInTheList) {
  Extraction x = extract_text(
      "Armed men abducted the lawyer Selin Arslan and her husband Deniz Kaya, and their "
      "colleagues Mert Yildiz and Ayla Demir from their office.");
  auto v = victims_of_first(x, "abduction");
  for (const char* n : {"Selin Arslan", "Deniz Kaya", "Mert Yildiz", "Ayla Demir"}) {
    EXPECT_TRUE(has_name(v, n)) << n;
  }
}

TEST(Issue4Victims, ACommaAndBeforeANewClauseStillEndsTheList) {
  Extraction x = extract_text(
      "Soldiers detained Selin Arslan, and police questioned Deniz Kaya the next day.");
  auto v = victims_of_first(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Selin Arslan"));
  EXPECT_FALSE(has_name(v, "Deniz Kaya"));
  EXPECT_FALSE(has_name(v, "police"));
}

TEST(Issue4Victims, ListWithOriginsAfterEachName) {
  Extraction x = extract_text(
      "The three abducted were named as Pierre Lambert of France, Sofia Mendes of Portugal and "
      "Kofi Asante of Ghana.");
  auto v = victims_of_first(x, "abduction");
  for (const char* n : {"Pierre Lambert", "Sofia Mendes", "Kofi Asante"}) {
    EXPECT_TRUE(has_name(v, n)) << n;
  }
}

TEST(Issue4Victims, PeopleAfterACopula) {
  Extraction x = extract_text(
      "Among those who have been abducted is nurses union leader Grace Mwale, human rights "
      "defender Peter Zulu and singer Ruth Banda.");
  auto v = victims_of_first(x, "abduction");
  for (const char* n : {"Grace Mwale", "Peter Zulu", "Ruth Banda"}) {
    EXPECT_TRUE(has_name(v, n)) << n;
  }
}

TEST(Issue4Victims, NoPersonAfterTheCopulaLeavesTheSlotEmpty) {
  Extraction x = extract_text("Those who were detained were released by police on Sunday.");
  auto v = victims_of_first(x, "arrest_detention");
  EXPECT_TRUE(v.empty());
}

TEST(Issue4Victims, TheSpeakerIsNotTheVictimOfTheReportedArrest) {
  Extraction x = extract_text(
      "Moses Tembo, chairman of the Green Farmers Party, told reporters the party's treasurer "
      "Esther Lungu had been arrested.");
  auto v = victims_of_first(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Esther Lungu"));
  EXPECT_FALSE(has_name(v, "Moses Tembo"));
}

TEST(Issue4Victims, TheyStandsForThePeopleNamedTogether) {
  Extraction x =
      extract_text("Omar Khalil and Samir Nassar alleged that they were beaten in custody.");
  auto v = victims_of_first(x, "torture_ill_treatment");
  EXPECT_TRUE(has_name(v, "Omar Khalil"));
  EXPECT_TRUE(has_name(v, "Samir Nassar"));
}

TEST(Issue4Victims, APartyPresidentIsNoStateActor) {
  Extraction x = extract_text(
      "Moses Tembo, president of the Green Farmers Party, was arrested in Lusaka on Monday.");
  for (const Entity& e : x.entities) {
    EXPECT_NE(e.kind, "state_actor") << e.name;
  }
  Extraction y = extract_text("The president ordered the arrest of Moses Tembo.");
  bool state = false;
  for (const Entity& e : y.entities) state = state || e.kind == "state_actor";
  EXPECT_TRUE(state);
}

}  // namespace
}  // namespace casebook::testing
