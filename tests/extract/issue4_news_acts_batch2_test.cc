// Issue 4: acts told in news stories, a second batch from invented documents: "officers
// handcuffed X", "bundled X into a microbus", "put her on a flight to Paris", "unknown men
// followed X", "the army branded X a terrorist", "officers summoned X and Y", "called on the
// authorities to quash the verdict"; and what is no act: "the ministry summoned the ambassador",
// a list of equipment with handcuffs, "Enforced disappearance is a crime", "the law allows the
// authorities to detain journalists", a release an NGO asks for done by the NGO, "the state of
// emergency" as a doer, "Cruz" (a surname) as a town, and "the third correspondent expelled since
// 2021" dating her expulsion 2021.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

Extraction read(const char* text) { return extract_text(text, "2024-05-10"); }

TEST(Issue4NewsActsBatch2, ActsToldInPlainWords) {
  EXPECT_TRUE(has_name(
      first_victims(read("Officers handcuffed Tariq Anwar outside his home."), "arrest_detention"),
      "Tariq Anwar"));
  EXPECT_TRUE(has_name(first_victims(read("Men in plain clothes bundled Tariq Anwar into a "
                                          "microbus."),
                                     "abduction"),
                       "Tariq Anwar"));
  EXPECT_TRUE(has_name(first_victims(read("Immigration officers put Claire Dubois on a flight to "
                                          "Paris."),
                                     "deportation_extradition"),
                       "Claire Dubois"));
  EXPECT_TRUE(
      has_name(first_victims(read("Unknown men followed Tariq Anwar to the court."), "harassment"),
               "Tariq Anwar"));
  EXPECT_TRUE(has_name(first_victims(read("The army branded Lina Dela Paz a terrorist on 18 "
                                          "April."),
                                     "public_shaming"),
                       "Lina Dela Paz"));
  Extraction x = read("On Tuesday officers summoned Tariq Anwar and Sadia Anwar.");
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "Sadia Anwar"));
  EXPECT_FALSE(
      events_of(read("The union called on the authorities to quash the verdict."), "advocacy")
          .empty());
}

TEST(Issue4NewsActsBatch2, WhatIsNoAct) {
  EXPECT_TRUE(
      events_of(read("The foreign ministry summoned the ambassador on Monday."), "interrogation")
          .empty());
  EXPECT_TRUE(events_of(read("The unit ordered batons, radios and handcuffs."),
                        "arrest_detention")
                  .empty());
  // (Each extraction is kept while its events are read: events_of points into it.)
  const Extraction x = read("Enforced disappearance is a crime under international law.");
  auto defined = events_of(x, "enforced_disappearance");
  ASSERT_EQ(defined.size(), 1u);
  EXPECT_TRUE(defined[0]->generic);
  const Extraction y = read("The media law allows the authorities to detain journalists for 30 "
                            "days.");
  auto power = events_of(y, "arrest_detention");
  ASSERT_EQ(power.size(), 1u);
  EXPECT_TRUE(power[0]->hypothetical);
  // One act, someone's: not a definition.
  const Extraction z = read("His arrest is a violation of the law.");
  auto his = events_of(z, "arrest_detention");
  ASSERT_EQ(his.size(), 1u);
  EXPECT_FALSE(his[0]->generic);
}

TEST(Issue4NewsActsBatch2, WhoDidItAndWhere) {
  Extraction x = read("Human Rights Watch urged the authorities to release Tariq Anwar.");
  EXPECT_FALSE(has_name(first_perpetrators(x, "release"), "Human Rights Watch"));
  Extraction y = read("Local journalists were detained under the state of emergency.");
  EXPECT_TRUE(first_perpetrators(y, "arrest_detention").empty());
  Extraction z = read("Cruz was arrested on Tuesday.");
  for (const Entity& e : z.entities) EXPECT_NE(e.kind, "place") << e.name;
}

TEST(Issue4NewsActsBatch2, APlaceInASeriesDatesNoAct) {
  Extraction x = read("Claire Dubois is the third correspondent expelled since 2021.");
  auto ev = events_of(x, "deportation_extradition");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->date.empty());
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4NewsActsBatch2, ALettersAddresseeIsNoDoer) {
  Extraction x = extract_text(
      "Dear Minister,\n\nI am writing about Tariq Anwar, a student who was arrested at a "
      "checkpoint on 28 April.",
      "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "arrest_detention").empty());
}

TEST(Issue4NewsActsBatch2, ASpokesmanTellingOfAKillingIsNoKiller) {
  Extraction x = extract_text(
      "The interior ministry spokesman said Teodoro Villa was killed on Monday.", "2024-05-10");
  for (const std::string& p : first_perpetrators(x, "killing")) {
    EXPECT_EQ(p.find("ministry"), std::string::npos);
  }
}

}  // namespace
}  // namespace casebook::testing
