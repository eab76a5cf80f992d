// Issue 4: threats told as reported speech. "A police officer told his mother that if Nazarov
// did not return, his brother would be arrested": the arrest is hypothetical, the threat is
// real, made by the officer, against the brother. The act after an "if" clause and its comma
// is in the main clause: its subject is the brother, not the exile of the condition. Not a
// lawyer's warning ("His lawyer said that if convicted, X could face ten years"), and not
// without a condition ("The officer said his brother would be freed"). Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SpokenThreats, AnOfficialsConditionalThreatIsAThreat) {
  Extraction x = extract_text(
      "The exiled blogger Timur Nazarov lives in Vienna. On Monday, a police officer told his "
      "mother that if Nazarov did not return, his brother would be arrested.");
  std::vector<const Event*> threats = events_of(x, "threat_intimidation");
  ASSERT_FALSE(threats.empty());
  EXPECT_FALSE(threats[0]->hypothetical);
  EXPECT_TRUE(has_name(names_of(x, threats[0]->victims), "brother of Timur Nazarov"));
  EXPECT_TRUE(has_name(names_of(x, threats[0]->perpetrators), "police officer"));
  std::vector<const Event*> arrests = events_of(x, "arrest_detention");
  ASSERT_FALSE(arrests.empty());
  EXPECT_TRUE(arrests[0]->hypothetical);
  EXPECT_TRUE(has_name(names_of(x, arrests[0]->victims), "brother of Timur Nazarov"));
}

TEST(Issue4SpokenThreats, ALawyersWarningIsNoThreat) {
  Extraction x = extract_text(
      "The blogger Timur Nazarov was charged on Monday. His lawyer said that if convicted, "
      "Nazarov could face ten years in prison.");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
}

TEST(Issue4SpokenThreats, NoConditionNoThreat) {
  Extraction x = extract_text(
      "The blogger Timur Nazarov lives in Vienna. A police officer told his mother that his "
      "brother would be questioned again.");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// "She was told that she would lose her job if she kept speaking to journalists", after a
// summons to the police: the passive speech verb names no speaker, so the threat is the police's,
// who would do the act; the condition may follow the act.
TEST(Issue4SpokenThreats, APassiveToldWithTheConditionAfter) {
  Extraction x = extract_text(
      "On 27 February, the teacher Dilbar Karimova was summoned to the police station in Osh. She "
      "was told that she would lose her job if she kept speaking to foreign journalists.");
  std::vector<const Event*> threats = events_of(x, "threat_intimidation");
  ASSERT_FALSE(threats.empty());
  EXPECT_TRUE(has_name(names_of(x, threats[0]->victims), "Dilbar Karimova"));
  EXPECT_TRUE(has_name(names_of(x, threats[0]->perpetrators), "police"));
}

// An active speech verb with the condition after the act is someone else's condition when
// other verbs stand between: what the police report of a militia, whose commander threatens
// in a recording, is no threat by the police.
TEST(Issue4SpokenThreats, AnActiveSpeechVerbKeepsItsConditionBeforeTheAct) {
  Extraction x = extract_text(
      "The militia commander, who police believe is keeping three drivers in a forest camp, "
      "appeared in a recording posted online announcing he would shoot them unless a ransom "
      "arrived.");
  for (const Event* t : events_of(x, "threat_intimidation")) {
    EXPECT_FALSE(has_name(names_of(x, t->perpetrators), "police"));
  }
}

// Issue 4 (session 18): but what an official says would follow, in the speech verb's own
// clause, is a threat whichever side of the act the condition stands: "Police said the
// lawyer would be detained if she kept speaking", and "An officer slapped me and said my
// mother would lose her pension if I did not stop writing".
TEST(Issue4SpokenThreats, AnOfficialsWouldWithAConditionAfterTheActIsAThreat) {
  Extraction x = extract_text(
      "Police said the lawyer Dilbar Karimova would be detained in Osh if she kept speaking.");
  std::vector<const Event*> threats = events_of(x, "threat_intimidation");
  ASSERT_FALSE(threats.empty());
  EXPECT_TRUE(has_name(names_of(x, threats[0]->perpetrators), "police"));
  EXPECT_TRUE(has_name(names_of(x, threats[0]->victims), "Dilbar Karimova"));
}

TEST(Issue4SpokenThreats, TheSpeakerOfACoordinatedSpeechVerb) {
  Extraction x = extract_text(
      "Aida Bekova was questioned all night. An investigator kicked her twice and said her "
      "father would lose his pension if she did not stop writing.");
  std::vector<const Event*> threats = events_of(x, "threat_intimidation");
  ASSERT_FALSE(threats.empty());
  EXPECT_TRUE(has_name(names_of(x, threats[0]->perpetrators), "investigator"));
}

TEST(Issue4SpokenThreats, ASecondParticipleOfAPassiveSpeaks) {
  Extraction x = extract_text(
      "His cousin, Aibek, was called to the police station and warned that he would be "
      "conscripted if the blogger kept posting.");
  std::vector<const Event*> threats = events_of(x, "threat_intimidation");
  ASSERT_FALSE(threats.empty());
  EXPECT_TRUE(has_name(names_of(x, threats[0]->victims), "Aibek"));
}

}  // namespace
}  // namespace casebook::testing
