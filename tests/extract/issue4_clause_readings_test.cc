// Readings of a clause that decide who suffered an act and who did it: "her" before an
// adverb, a source named with "according to", "that" after "told X", habitual words beside a
// relative, and a threatened arrest. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ClauseReadings, HerBeforeAnAdverbIsTheObject) {
  Extraction x = extract_text(
      "Nadia Sarraf was arrested on May 9. Guards in the prison kicked her repeatedly.");
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "Nadia Sarraf"));
}

TEST(Issue4ClauseReadings, HerBeforeANounInLyStaysPossessive) {
  Extraction x =
      extract_text("Nadia Sarraf was arrested on May 9. Police detained her elderly mother.");
  auto ev = events_of(x, "arrest_detention");
  bool mother = false;
  for (const Event* e : ev)
    mother = mother || has_name(names_of(x, e->victims), "mother of Nadia Sarraf");
  EXPECT_TRUE(mother);
}

TEST(Issue4ClauseReadings, InterrogatorsAreStateActors) {
  Extraction x = extract_text("Interrogators beat the student Omid Rahimi in custody.");
  EXPECT_TRUE(has_name(first_perpetrators(x, "torture_ill_treatment"), "interrogators"));
}

TEST(Issue4ClauseReadings, TheSourceAfterAccordingToIsNoPerpetrator) {
  Extraction x = extract_text(
      "Nadia Sarraf was arrested on May 9. According to her brother, police kicked her in the "
      "station.");
  std::vector<std::string> p = first_perpetrators(x, "torture_ill_treatment");
  EXPECT_TRUE(has_name(p, "police"));
  EXPECT_FALSE(has_name(p, "brother of Nadia Sarraf"));
}

TEST(Issue4ClauseReadings, APartitiveOfIsStillTheSubject) {
  Extraction x =
      extract_text("\"Two of my daughters were detained by police last week,\" said Omar Haidari.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "daughters of Omar Haidari"));
}

TEST(Issue4ClauseReadings, ThatAfterToldXIsAConjunction) {
  Extraction x = extract_text("Nadia Sarraf has told her family that she was beaten by guards.");
  std::vector<std::string> v = first_victims(x, "torture_ill_treatment");
  if (v.empty()) v = first_victims(x, "assault");
  EXPECT_TRUE(has_name(v, "Nadia Sarraf"));
  EXPECT_FALSE(has_name(v, "family of Nadia Sarraf"));
}

TEST(Issue4ClauseReadings, ThatAfterANounWithoutItsOwnSubjectIsRelative) {
  Extraction x = extract_text("Police evicted the family that was living in the old mill.");
  std::vector<std::string> v = first_victims(x, "forced_eviction");
  EXPECT_FALSE(v.empty());
}

TEST(Issue4ClauseReadings, ThreatenedToArrestAMotherIsAThreatAndAHypotheticalArrest) {
  Extraction x = extract_text(
      "Nadia Sarraf was arrested on May 9. Guards kicked her repeatedly and threatened to arrest "
      "her mother.");
  auto threats = events_of(x, "threat_intimidation");
  ASSERT_FALSE(threats.empty());
  EXPECT_FALSE(threats[0]->generic);
  bool hypothetical_arrest = false;
  for (const Event* e : events_of(x, "arrest_detention")) {
    if (e->hypothetical && has_name(names_of(x, e->victims), "mother of Nadia Sarraf"))
      hypothetical_arrest = true;
  }
  EXPECT_TRUE(hypothetical_arrest);
}

TEST(Issue4ClauseReadings, HabitualWordsWithAGroupStayGeneric) {
  Extraction x = extract_text("Guards in the colony have repeatedly beaten prisoners.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->generic);
}

TEST(Issue4ClauseReadings, AReleaseTheJudgeRefusedIsNegated) {
  Extraction x = extract_text("The judge refused to release the teacher Rustam Aliev on bail.");
  auto ev = events_of(x, "release");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->negated);
  x = extract_text("The judge released the teacher Rustam Aliev on bail.");
  ev = events_of(x, "release");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->negated);
}

TEST(Issue4ClauseReadings, ARefusalEarlierInTheClauseNegatesNothingLater) {
  Extraction x = extract_text("Rustam Aliev refused to confess and was beaten by guards.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->negated);
}

// Names apposed to a noun phrase longer than the object window, closed by a comma.
TEST(Issue4ClauseReadings, NamesAfterALongNounPhrase) {
  Extraction x = extract_text(
      "The court sentenced three leaders of the bakers' union, Hamid Rostami, Leila Karimi and "
      "Saeed Bahrami, to five years.");
  EXPECT_EQ(first_victims(x, "prosecution"),
            (std::vector<std::string>{"Hamid Rostami", "Leila Karimi", "Saeed Bahrami"}));
}

TEST(Issue4ClauseReadings, TheSentencingOfNamesAfterADate) {
  Extraction x = extract_text(
      "We condemn the sentencing on March 9 of three leaders of the bakers' union, Hamid "
      "Rostami, Leila Karimi and Saeed Bahrami, to five years in prison.");
  EXPECT_EQ(first_victims(x, "prosecution"),
            (std::vector<std::string>{"Hamid Rostami", "Leila Karimi", "Saeed Bahrami"}));
}

TEST(Issue4ClauseReadings, NotASpeakerAfterTheNounPhrase) {
  Extraction x = extract_text(
      "Police arrested two men in the village near the northern border, Hamid Rostami said.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Hamid Rostami"));
}

// "... five girls and their teacher kidnapped by armed bandits": a reduced passive with its
// agent; the police of the sentence are neither victim nor kidnapper.
TEST(Issue4ClauseReadings, AReducedPassiveWithItsAgent) {
  Extraction x = extract_text(
      "A manhunt by the state police for five school girls and their teacher kidnapped by armed "
      "bandits began on Monday.");
  auto ev = events_of(x, "abduction");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "girls"));
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "bandits"));
  EXPECT_TRUE(events_of(x, "enforced_disappearance").empty());
}

// "a month after her arrest": the arrest in the expression's anchor is not dated by it.
TEST(Issue4ClauseReadings, AnActInATimeAnchorIsNotDatedByIt) {
  Extraction x = extract_text(
      "The lawyer Samira Aliyeva was arrested in June 2022. On Thursday a court upheld her "
      "sentence. Her husband was dismissed from his job a month after her arrest.",
      "2023-05-19");
  for (const Event* e : events_of(x, "arrest_detention")) EXPECT_NE(e->date.start, "2023-06");
}

// "at her office, which police searched": the office's owner is the search's victim.
TEST(Issue4ClauseReadings, TheOwnerBeforeARelativeClause) {
  Extraction x = extract_text(
      "The lawyer Samira Aliyeva was arrested at her office, which police searched for nine "
      "hours.");
  EXPECT_TRUE(has_name(first_victims(x, "raid_search"), "Samira Aliyeva"));
  x = extract_text("The lawyer Samira Aliyeva visited the office, which police searched in May.");
  EXPECT_FALSE(has_name(first_victims(x, "raid_search"), "Samira Aliyeva"));
}

// "a court remanded X in custody": the court in the phrase's subject acted; it is no detainee.
TEST(Issue4ClauseReadings, AnActorInTheSubjectOfInCustodyIsNoVictim) {
  Extraction x = extract_text("A court remanded the politician Armen Vardanyan in custody.");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Armen Vardanyan"));
  EXPECT_FALSE(has_name(v, "court"));
  x = extract_text("The politician Armen Vardanyan remains in custody.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Armen Vardanyan"));
}

// "asked about" is questioning, not a request that makes the next act hypothetical.
TEST(Issue4ClauseReadings, AskedAboutIsNoRequest) {
  Extraction x = extract_text(
      "Officers questioned the teachers Ana Lima and Rui Costa on Monday. They were asked about "
      "their contacts and warned that they could lose their jobs.");
  auto ev = events_of(x, "threat_intimidation");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->hypothetical);
  x = extract_text("The lawyer Ana Lima asked the court to release Rui Costa.");
  for (const Event* e : events_of(x, "release")) EXPECT_TRUE(e->hypothetical);
}

// "has since been fired": after "has", "since" is an adverb, not a clause of its own; and a
// verb group right after ", and" goes on with the subject before it.
TEST(Issue4ClauseReadings, VerbGroupAfterAndKeepsTheSubject) {
  Extraction x = extract_text(
      "Nadia Sarraf was detained in March after she posted about the trial online, and has "
      "since been fired from her job.");
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Nadia Sarraf"));
  Extraction y =
      extract_text("Nadia Sarraf was detained for 15 days and has since been fired from her job.");
  EXPECT_TRUE(has_name(first_victims(y, "harassment"), "Nadia Sarraf"));
  // With a subject of its own, the clause keeps it.
  Extraction z = extract_text(
      "Nadia Sarraf was detained in March, and her brother Omar Sarraf has since been fired "
      "from his job.");
  auto fired = first_victims(z, "harassment");
  EXPECT_TRUE(has_name(fired, "Omar Sarraf"));
  EXPECT_FALSE(has_name(fired, "Nadia Sarraf"));
}

// "detained for 15 days": a duration, not a charge.
TEST(Issue4ClauseReadings, DurationAfterDetainedForIsNoCharge) {
  Extraction x = extract_text("Nadia Sarraf was detained for 15 days in March.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->reason.has_value());
  Extraction y = extract_text("Nadia Sarraf was detained for extremism in March.");
  auto charged = events_of(y, "arrest_detention");
  ASSERT_EQ(charged.size(), 1u);
  ASSERT_TRUE(charged[0]->reason.has_value());
  EXPECT_EQ(charged[0]->reason->kind, "charge");
}

// "workers demolished more than 60 homes": a verb with an object after it is active, not a
// participle after its noun; "Hundreds of police officers" is the subject, "of" and all.
TEST(Issue4ClauseReadings, VerbWithAnObjectIsNoReducedPassive) {
  Extraction x = extract_text(
      "Hundreds of police officers and municipal workers demolished more than 60 homes in the "
      "settlement.");
  auto ev = events_of(x, "forced_eviction");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->victims.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "police officers"));
  // A time expression after the participle leaves it a reduced passive.
  Extraction y = extract_text("Activists detained last week were released on bail.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "activists"));
}

// "... for questioning in Kulob. Both were released after several hours": the "for" of the
// sentence before asks for nothing.
TEST(Issue4ClauseReadings, ARequestDoesNotReachIntoTheSentenceBefore) {
  Extraction x = extract_text(
      "Officers summoned Omar Sarraf for questioning in Kulob. He was released after several "
      "hours.");
  auto rel = events_of(x, "release");
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_FALSE(rel[0]->hypothetical);
}

// "a member of the banned Group 24 movement, was detained in Istanbul in April": the ban
// told by a participle before its noun takes neither the clause's date nor its place.
TEST(Issue4ClauseReadings, AParticipleBeforeItsNounTakesNoDateOrPlace) {
  Extraction x = extract_text(
      "Omar Sarraf, a member of the banned Freedom Party, was detained in Istanbul in April "
      "2024.");
  auto ban = events_of(x, "organization_ban");
  ASSERT_EQ(ban.size(), 1u);
  EXPECT_TRUE(ban[0]->date.empty());
  EXPECT_TRUE(ban[0]->location.empty());
  auto arrest = events_of(x, "arrest_detention");
  ASSERT_EQ(arrest.size(), 1u);
  EXPECT_EQ(arrest[0]->date.start, "2024-04");
}

// "her account, which has 80,000 followers, has been blocked": the account's owner is the
// victim, and the followers inside the relative clause are not.
TEST(Issue4ClauseReadings, TheOwnerOfAPassivesThingIsTheVictim) {
  Extraction x = extract_text(
      "Nadia Sarraf said her Instagram account, which has more than 80,000 followers, has been "
      "blocked.");
  auto v = first_victims(x, "communication_restriction");
  EXPECT_TRUE(has_name(v, "Nadia Sarraf"));
  EXPECT_FALSE(has_name(v, "followers"));
  // A person subject stays the victim: "the reporter, who has 80,000 followers, was detained".
  Extraction y = extract_text(
      "The reporter Nadia Sarraf, who has more than 80,000 followers, was detained on Monday.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Nadia Sarraf"));
}

// "occupied the home of the party's president, X, and declared it confiscated": the owner of
// the home is the victim, and a party's president is no state actor.
TEST(Issue4ClauseReadings, TheOwnerOfAHomeNamedBeforeIsTheVictim) {
  Extraction x = extract_text(
      "Police occupied the home of the party's president, Esteban Morales, in Managua and "
      "declared it confiscated.");
  EXPECT_TRUE(has_name(first_victims(x, "property_seizure"), "Esteban Morales"));
  for (const Entity& e : x.entities) EXPECT_FALSE(e.kind == "state_actor" && e.name == "president");
  Extraction y = extract_text("The president ordered the arrests of three editors.");
  EXPECT_NE(entity_named(y, "president", "state_actor"), nullptr);
}

// "312 people have been detained and nine killed": the killing is a passive gapped after a
// count; the detained are not its perpetrators, nor its victims.
TEST(Issue4ClauseReadings, ACountGappedAfterAndIsAPassive) {
  Extraction x =
      extract_text("At least 312 people have been detained and nine killed since the election.");
  auto killed = events_of(x, "killing");
  ASSERT_EQ(killed.size(), 1u);
  EXPECT_TRUE(killed[0]->perpetrators.empty());
  EXPECT_TRUE(killed[0]->victims.empty());
  Extraction y = extract_text("Police detained 40 students and two teachers on Monday.");
  EXPECT_TRUE(has_name(names_of(y, events_of(y, "arrest_detention")[0]->perpetrators), "police"));
}

// "Police arrived and protesters were detained": with no comma before "and", a verb ending the
// first clause and a subject opening the second make two clauses; the police are no victims.
TEST(Issue4ClauseReadings, TwoClausesJoinedByAndWithoutAComma) {
  Extraction x = extract_text("Riot police arrived and the marchers were detained.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "marchers"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "riot police"));
  Extraction y = extract_text("Ivo Brenner and his brother were detained.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Ivo Brenner"));
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "brother of Ivo Brenner"));
}

}  // namespace
}  // namespace casebook::testing
