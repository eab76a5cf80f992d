// The "political hostages" pattern: exiles, and the relatives at home who get the role
// relative_of_exile through a kinship link. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool has_role(const Entity* e, const std::string& role) {
  return e != nullptr && std::find(e->roles.begin(), e->roles.end(), role) != e->roles.end();
}

// The entity of that name, whatever its kind (an unnamed relative may be a person or a group).
const Entity* any_named(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities)
    if (e.name == name) return &e;
  return nullptr;
}

TEST(Issue4RelativesOfExiles, TheFatherOfAnExiledActivist) {
  Extraction x = extract_text(
      "Police in Khujand detained Karim Davlatov, the father of exiled activist Jamshed "
      "Davlatov, on Monday.");
  EXPECT_TRUE(has_role(entity_named(x, "Jamshed Davlatov", "person"), "exile"));
  EXPECT_TRUE(has_role(entity_named(x, "Karim Davlatov", "person"), "relative_of_exile"));
}

TEST(Issue4RelativesOfExiles, AnUnnamedRelativeOfSomeoneLivingInExile) {
  Extraction x = extract_text(
      "Rustam Nazarov, who lives in exile in Vienna, said police had summoned his brother "
      "three times this month.");
  EXPECT_TRUE(has_role(entity_named(x, "Rustam Nazarov", "person"), "exile"));
  EXPECT_TRUE(has_role(any_named(x, "brother of Rustam Nazarov"), "relative_of_exile"));
}

TEST(Issue4RelativesOfExiles, AnAsylumSeekersMother) {
  Extraction x = extract_text(
      "The asylum seeker Yerlan Sadykov fears arrest in Kazakhstan. Sadykov's mother was "
      "questioned by police in Almaty last week.");
  EXPECT_TRUE(has_role(entity_named(x, "Yerlan Sadykov", "person"), "asylum_seeker"));
  EXPECT_TRUE(has_role(any_named(x, "mother of Yerlan Sadykov"), "relative_of_exile"));
}

TEST(Issue4RelativesOfExiles, NotTheRelativeOfSomeoneAtHome) {
  Extraction x = extract_text(
      "Police in Khujand detained Karim Davlatov, the father of the activist Jamshed Davlatov, "
      "who lives in Khujand.");
  EXPECT_FALSE(has_role(entity_named(x, "Jamshed Davlatov", "person"), "exile"));
  EXPECT_FALSE(has_role(entity_named(x, "Karim Davlatov", "person"), "relative_of_exile"));
}

TEST(Issue4RelativesOfExiles, InExileAfterAnotherPersonIsNotTheFirstOnes) {
  Extraction x = extract_text(
      "Karim Davlatov met the journalist Aziz Rahimov, in exile since 2016, in Vienna.");
  EXPECT_FALSE(has_role(entity_named(x, "Karim Davlatov", "person"), "exile"));
  EXPECT_TRUE(has_role(entity_named(x, "Aziz Rahimov", "person"), "exile"));
}

TEST(Issue4RelativesOfExiles, ABloggerWhoFledAbroad) {
  Extraction x = extract_text(
      "Police summoned the parents of Rustam Ataev, a blogger who fled to Turkey in 2019, on "
      "Monday.",
      "2023-05-12");
  EXPECT_TRUE(has_role(entity_named(x, "Rustam Ataev", "person"), "exile"));
  EXPECT_TRUE(has_role(any_named(x, "parents of Rustam Ataev"), "relative_of_exile"));
  // The year he fled is not the year his parents were summoned.
  auto ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2023-05-08");
}

TEST(Issue4RelativesOfExiles, FleeingTheSceneIsNoExile) {
  Extraction x = extract_text(
      "Witnesses said Rustam Ataev fled the scene after the attack on the editor's brother.");
  EXPECT_FALSE(has_role(entity_named(x, "Rustam Ataev", "person"), "exile"));
}

TEST(Issue4RelativesOfExiles, TheRelativeOfADescriptorNamedInApposition) {
  Extraction x = extract_text(
      "The mother of another exile, the journalist Gulnara Berdyeva, was dismissed from her job "
      "at a school last month.");
  auto ev = events_of(x, "harassment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"mother of Gulnara Berdyeva"});
  EXPECT_TRUE(
      has_role(entity_named(x, "mother of Gulnara Berdyeva", "person"), "relative_of_exile"));
}

TEST(Issue4RelativesOfExiles, NoNameAfterAnAsideAboutThePolice) {
  Extraction x = extract_text(
      "The father of an exiled blogger, the police said on Monday, was questioned for hours.");
  for (const Entity& e : x.entities) EXPECT_TRUE(e.kind != "person" || !e.named) << e.name;
}

TEST(Issue4RelativesOfExiles, AnAgeBeforeTheKinshipNoun) {
  Extraction x = extract_text(
      "Tural Mammadli is an exiled journalist. Mammadli's 70-year-old father was placed under "
      "house arrest.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"father of Tural Mammadli"});
}

TEST(Issue4RelativesOfExiles, ACoordinatedRelativeIsNotItsAnchor) {
  Extraction x = extract_text(
      "Police detained Merdan Ataev and Rustam Ataev's cousin in Ashgabat on Tuesday.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  std::vector<std::string> victims = names_of(x, ev[0]->victims);
  EXPECT_TRUE(has_name(victims, "Merdan Ataev"));
  EXPECT_FALSE(has_name(victims, "Rustam Ataev"));
  EXPECT_EQ(victims.size(), 2u);
}

// A testimony's named narrator: "my father" is the narrator's, who lives abroad.
TEST(Issue4RelativesOfExiles, ANamedNarratorsFatherAndMother) {
  Extraction x = extract_text(
      "My name is Timur Azizov and I have lived in Berlin since 2019. On July 20, officers in "
      "Dushanbe took my father, Rahim Azizov, for questioning. My mother has been banned from "
      "travelling abroad.");
  EXPECT_TRUE(has_role(entity_named(x, "Timur Azizov", "person"), "exile"));
  EXPECT_TRUE(has_role(entity_named(x, "Rahim Azizov", "person"), "relative_of_exile"));
  EXPECT_TRUE(has_role(any_named(x, "mother of Timur Azizov"), "relative_of_exile"));
}

TEST(Issue4RelativesOfExiles, NoNarratorWithoutAName) {
  Extraction x = extract_text(
      "I have lived in Berlin since 2019. On July 20, officers in Dushanbe took my father, Rahim "
      "Azizov, for questioning.");
  EXPECT_FALSE(has_role(entity_named(x, "Rahim Azizov", "person"), "relative_of_exile"));
}

TEST(Issue4RelativesOfExiles, LivingInTheStorysOwnCountryIsNoExile) {
  Extraction x = extract_text(
      "Police in Dushanbe detained Karim Davlatov, the father of the blogger Jamshed Davlatov, "
      "who has lived in Khujand since 2019.");
  EXPECT_FALSE(has_role(entity_named(x, "Jamshed Davlatov", "person"), "exile"));
  x = extract_text(
      "Police in Dushanbe detained Karim Davlatov, the father of the blogger Jamshed Davlatov, "
      "who has lived in Vilnius since 2019.");
  EXPECT_TRUE(has_role(entity_named(x, "Jamshed Davlatov", "person"), "exile"));
}

// "summoned his father, X, and his brother": both are the same man's relatives, not the
// brother of the father named between them.
TEST(Issue4RelativesOfExiles, CoordinatedRelativesShareTheirOwner) {
  Extraction x = extract_text(
      "The blogger Sherali Vahobov left Tajikistan in 2021. Officers summoned his father, "
      "Rustam Vahobov, and his brother for questioning.");
  auto v = first_victims(x, "interrogation");
  EXPECT_TRUE(has_name(v, "Rustam Vahobov"));
  EXPECT_TRUE(has_name(v, "brother of Sherali Vahobov"));
  EXPECT_FALSE(has_name(v, "brother of Rustam Vahobov"));
}

// "Relatives of the exiled journalist X have been repeatedly summoned": the relatives of one
// named person are no generic statement; "relatives of exiled journalists are regularly
// summoned" is.
TEST(Issue4RelativesOfExiles, RelativesOfANamedExileAreSpecific) {
  Extraction x = extract_text(
      "Relatives of the exiled journalist Parvin Sadeghi have been repeatedly summoned by "
      "intelligence agents since last year.");
  auto ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->generic);
  Extraction y =
      extract_text("Relatives of exiled journalists are regularly summoned by the police.");
  auto at_large = events_of(y, "interrogation");
  ASSERT_EQ(at_large.size(), 1u);
  EXPECT_TRUE(at_large[0]->generic);
}

// "His wife, Tian Xiaomei" is a woman whatever her given name suggests, so "he" is her
// husband; and "her husband" is the man whose wife she was said to be.
TEST(Issue4RelativesOfExiles, AKinshipNounTellsTheNamedPersonsSex) {
  Extraction x = extract_text(
      "The lawyer Zhou Wenli disappeared in October. His wife, Tian Min, learned a month later "
      "that he was being held in a secret prison. She said her husband looked thin.");
  const Entity* wife = entity_named(x, "Tian Min", "person");
  ASSERT_NE(wife, nullptr);
  EXPECT_EQ(wife->sex, "female");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Zhou Wenli"));
  EXPECT_EQ(entity_named(x, "spouse of Tian Min"), nullptr);
}

TEST(Issue4RelativesOfExiles, TwoKinshipNounsShareOneAnchor) {
  Extraction x = extract_text(
      "Police detained the uncle and cousin of the exiled singer Laleh Farzan on Sunday.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->victims.size(), 2u);
  // "the bride and groom of the year": no person after "of", no relatives.
  Extraction y = extract_text("The uncle and cousin of the year award went to a baker.");
  for (const Entity& e : y.entities) EXPECT_EQ(e.name.find(" of "), std::string::npos);
}

TEST(Issue4RelativesOfExiles, TheCoupleAreTheParentsNamedBefore) {
  Extraction x = extract_text(
      "Officers questioned the parents of the exiled singer Laleh Farzan in Tabriz. The couple "
      "were warned that they could lose their pensions.");
  auto ev = events_of(x, "threat_intimidation");
  ASSERT_FALSE(ev.empty());
  auto v = names_of(x, ev[0]->victims);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "parents of Laleh Farzan");
}

TEST(Issue4RelativesOfExiles, WhereSomeoneLeftForIsNoPlaceOfTheAct) {
  Extraction x =
      extract_text("Laleh Farzan left Iran for Germany in 2021 after police raided her studio.");
  auto ev = events_of(x, "raid_search");
  ASSERT_FALSE(ev.empty());
  const Entity* place = entity_by_id(x, ev[0]->location);
  ASSERT_NE(place, nullptr);
  EXPECT_NE(place->name, "Germany");
}

}  // namespace
}  // namespace casebook::testing
