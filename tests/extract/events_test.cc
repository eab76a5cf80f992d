// Event rules on sentences written for these tests: each rule with a sentence it must catch
// and one it must not.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Events, PassiveVoiceVictimAndAgent) {
  Extraction x = extract_text("Rustam Nazarov was detained by police in Khujand on 12 April 2021.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Rustam Nazarov"));
  ASSERT_FALSE(ev[0]->perpetrators.empty());
  EXPECT_EQ(ev[0]->date.start, "2021-04-12");
  const Entity* place = entity_by_id(x, ev[0]->location);
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->name, "Khujand");
}

TEST(Events, ActiveVoiceObjectIsTheVictim) {
  Extraction x = extract_text("Police arrested Gulnora Rahimova at her home in March 2020.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Gulnora Rahimova"));
  EXPECT_EQ(ev[0]->date.start, "2020-03");
}

TEST(Events, CoordinatedVictims) {
  Extraction x = extract_text("Aibek Nurlanuly and Bakhtiyor Karimzoda were arrested on Monday.",
                              "2021-05-06");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  auto v = names_of(x, ev[0]->victims);
  EXPECT_TRUE(has_name(v, "Aibek Nurlanuly"));
  EXPECT_TRUE(has_name(v, "Bakhtiyor Karimzoda"));
  EXPECT_EQ(ev[0]->date.start, "2021-05-03");
}

TEST(Events, PronounVictimResolved) {
  Extraction x = extract_text(
      "Farida Usmonova returned from Berlin in May. She was interrogated for six hours.");
  auto ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Farida Usmonova"));
}

TEST(Events, NounWithOfPhrase) {
  Extraction x = extract_text("Rights groups condemned the arrest of Reza Ahmadi.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Reza Ahmadi"));
}

TEST(Events, NegatedAndHypothetical) {
  Extraction x = extract_text(
      "Reza Ahmadi was not arrested. Officials said Lola Karimova could "
      "face prosecution.");
  for (const Event& e : x.events) {
    if (e.type == "arrest_detention") EXPECT_TRUE(e.negated);
    if (e.type == "prosecution") EXPECT_TRUE(e.hypothetical);
  }
}

TEST(Events, ConditionalClauseIsHypothetical) {
  Extraction x = extract_text("Lola Karimova could lose her licence if she is convicted.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->hypothetical);
}

TEST(Events, ThreatIsRealImprisonmentIsNot) {
  Extraction x = extract_text("Officers threatened Rustam Nazarov with imprisonment.");
  auto threats = events_of(x, "threat_intimidation");
  ASSERT_EQ(threats.size(), 1u);
  EXPECT_FALSE(threats[0]->hypothetical);
  for (const Event& e : x.events) {
    if (e.type == "arrest_detention" || e.type == "prosecution") EXPECT_TRUE(e.hypothetical);
  }
}

TEST(Events, GenericStatement) {
  Extraction x =
      extract_text("Relatives of exiles are routinely prohibited from traveling abroad.");
  auto ev = events_of(x, "travel_ban");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->generic);
}

TEST(Events, OneEventPerActInASentence) {
  Extraction x = extract_text(
      "Rustam Nazarov was subjected to torture, beatings and inhuman treatment in custody.");
  EXPECT_EQ(events_of(x, "torture_ill_treatment").size(), 1u);
}

TEST(Events, NobodyIsBothVictimAndPerpetrator) {
  Extraction x = extract_text(
      "Police detained Rustam Nazarov on 2 May 2021. He was subjected to "
      "torture, beatings and inhuman treatment.");
  for (const Event& e : x.events) {
    for (const std::string& p : e.perpetrators) {
      EXPECT_EQ(std::find(e.victims.begin(), e.victims.end(), p), e.victims.end()) << e.type;
    }
  }
}

TEST(Events, OwnerThroughAPossessive) {
  Extraction x = extract_text(
      "Ana Lima returned home on Friday. Officers searched her apartment "
      "and seized her laptop.");
  auto ev = events_of(x, "raid_search");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Ana Lima"));
}

TEST(Events, RelativeAsVictim) {
  Extraction x = extract_text(
      "Rustam Nazarov is an exiled blogger. His father was detained in "
      "Khujand on 3 May 2021.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_EQ(ev[0]->victims.size(), 1u);
  const Entity* v = entity_by_id(x, ev[0]->victims[0]);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->name, "father of Rustam Nazarov");
}

TEST(Events, ChargeReason) {
  Extraction x = extract_text("Davron Aliev was convicted on extremism charges in 2019.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_TRUE(ev[0]->reason.has_value());
  EXPECT_EQ(ev[0]->reason->kind, "charge");
  EXPECT_EQ(ev[0]->outcome, "convicted");
}

TEST(Events, GroupWithNamesStandsForThePeople) {
  Extraction x = extract_text(
      "Police arrested three activists, namely: Ana Lima, Rui Costa and "
      "Marta Sousa, at a rally in Luanda on 3 May 2021.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  auto v = names_of(x, ev[0]->victims);
  EXPECT_TRUE(has_name(v, "Ana Lima"));
  EXPECT_TRUE(has_name(v, "Marta Sousa"));
}

TEST(Events, CoordinationAcrossRoleWords) {
  Extraction x = extract_text(
      "Omar Haddad, human rights lawyer Samir Nasser, and blogger Laila "
      "Mansour were convicted on 20 December 2021.");
  auto ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  auto v = names_of(x, ev[0]->victims);
  EXPECT_TRUE(has_name(v, "Omar Haddad"));
  EXPECT_TRUE(has_name(v, "Samir Nasser"));
  EXPECT_TRUE(has_name(v, "Laila Mansour"));
}

TEST(Events, TheyAfterTwoNamesIsBoth) {
  Extraction x = extract_text("Omar Haddad and Samir Nasser said they were tortured in custody.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->victims.size(), 2u);
}

TEST(Events, SuspectsArrestedIsLawEnforcement) {
  Extraction x = extract_text("Police detained five suspects in the murder of the journalist.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->law_enforcement);
  // The murder is in the summary; the arrest of its suspects is not.
  EXPECT_EQ(std::find(x.summary.types.begin(), x.summary.types.end(), "arrest_detention"),
            x.summary.types.end());
}

TEST(Events, Issue4CrimeFarAfterTheArrestIsLawEnforcement) {
  Extraction x = extract_text(
      "Police have detained four people, including a school teacher and a taxi driver, over the "
      "killing of a local reporter.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->law_enforcement);
  Extraction y = extract_text("Two men were charged with felonies after the attack.");
  auto pr = events_of(y, "prosecution");
  ASSERT_EQ(pr.size(), 1u);
  EXPECT_TRUE(pr[0]->law_enforcement);
}

TEST(Events, Issue4ArrestInTheDisappearanceOfSomeoneIsLawEnforcement) {
  Extraction x = extract_text(
      "Detectives detained a neighbour in connection with the disappearance of a schoolgirl.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->law_enforcement);
  Extraction y = extract_text(
      "Police arrested the blogger Ana Lima after she wrote about the "
      "disappearance of her brother.");
  ASSERT_EQ(events_of(y, "arrest_detention").size(), 1u);
  EXPECT_FALSE(events_of(y, "arrest_detention")[0]->law_enforcement);
}

TEST(Events, Issue4TrialOfAThingIsNoProsecution) {
  Extraction x = extract_text("Doctors began the trial of a new vaccine in three districts.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  Extraction y = extract_text("The trial of the journalist Ana Lima began in Minsk on Monday.");
  EXPECT_FALSE(events_of(y, "prosecution").empty());
}

TEST(Events, Issue4ArrestAskedForOrEscapedHasNotHappened) {
  for (const char* text : {"Marchers gathered outside the station, demanding arrests.",
                           "Activists called for the prosecution of the officers.",
                           "The driver sped away, evading arrest."}) {
    Extraction x = extract_text(text);
    for (const Event& ev : x.events) {
      if (ev.type == "arrest_detention" || ev.type == "prosecution")
        EXPECT_TRUE(ev.hypothetical) << text;
    }
  }
  Extraction y = extract_text("Police made several arrests in the case on Monday.");
  auto ev = events_of(y, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->hypothetical);
}

TEST(Events, Issue4SummaryDateIsNotAnOldYearTheStoryRecalls) {
  Extraction x = extract_text(
      "Police arrested the blogger Ana Lima on Tuesday in Minsk. Her father was jailed in 1988 "
      "for the same kind of writing.",
      "2021-05-06");
  EXPECT_EQ(x.summary.date.substr(0, 4), "2021");
  Extraction y = extract_text(
      "Police arrested the blogger Ana Lima on Tuesday in Minsk. She had been jailed in 2019 "
      "for her writing.",
      "2021-05-06");
  EXPECT_EQ(y.summary.date.substr(0, 4), "2019");
}

TEST(Events, Issue4PastTenseLikeItsBaseForm) {
  Extraction x = extract_text("Guards beat the jailed activist Ana Lima in April.");
  EXPECT_FALSE(events_of(x, "torture_ill_treatment").empty());
  Extraction y = extract_text("The police beat reporter Ana Lima wrote about the trial.");
  EXPECT_TRUE(events_of(y, "torture_ill_treatment").empty());
  EXPECT_TRUE(events_of(y, "assault").empty());
}

TEST(Events, MonthIsNoMarch) {
  Extraction x =
      extract_text("Ana Lima was arrested in March 2021 after she reported on a strike.");
  EXPECT_TRUE(events_of(x, "protest").empty());
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
}

TEST(Events, NoEventInOrdinarySentences) {
  Extraction x = extract_text(
      "The conference opened in Vienna with speeches about trade. "
      "Delegates discussed the weather and the economy.");
  EXPECT_TRUE(x.events.empty());
}

// "<count> <unit> after he was <act>": the act is dated that far before the sentence's date.
TEST(Events, Issue4DateOffsetFromTheSentencesDate) {
  Extraction x = extract_text(
      "Omar Said died in custody on 3 March 2023, two days after he was detained in Aden.");
  auto det = events_of(x, "arrest_detention");
  ASSERT_FALSE(det.empty());
  EXPECT_EQ(det[0]->date.start, "2023-03-01");
  auto died = events_of(x, "killing");
  ASSERT_FALSE(died.empty());
  EXPECT_EQ(died[0]->date.start, "2023-03-03");
  x = extract_text(
      "The court freed Omar Said on 20 May 2022, a week before he was due to be deported.");
  for (const Event* e : events_of(x, "release")) EXPECT_EQ(e->date.start, "2022-05-20");
  x = extract_text("Omar Said was detained in Aden on 3 March 2023, two days after the vote.");
  det = events_of(x, "arrest_detention");
  ASSERT_FALSE(det.empty());
  EXPECT_EQ(det[0]->date.start, "2023-03-03");
}

TEST(Events, Issue4DateOffsetInMonthsKeepsMonthPrecision) {
  Extraction x = extract_text(
      "Omar Said was sentenced to six years in June 2021, three months after he was arrested.");
  auto det = events_of(x, "arrest_detention");
  ASSERT_FALSE(det.empty());
  EXPECT_EQ(det[0]->date.start, "2021-03");
}

// A month written without a year, after the date of writing, is last year's when the act is
// told in the past; a coming trial keeps this year's.
TEST(Events, Issue4PastActInALaterMonthIsLastYears) {
  Extraction x = extract_text(
      "Among the jailed reporters is Amara Okafor, who was arrested in Lagos in November.",
      "2024-09-18");
  auto det = events_of(x, "arrest_detention");
  ASSERT_FALSE(det.empty());
  EXPECT_EQ(det[0]->date.start, "2023-11");
  x = extract_text("The trial of Amara Okafor is set to open in November.", "2024-09-18");
  auto trial = events_of(x, "prosecution");
  ASSERT_FALSE(trial.empty());
  EXPECT_EQ(trial[0]->date.start, "2024-11");
}

// "the detained lawyer": an adjective, so the sentence's subject did not detain; and state
// media are no fallback perpetrator of a detention, only of shaming.
TEST(Events, Issue4AttributiveParticipleAndStateMedia) {
  Extraction x = extract_text(
      "State television aired a video in which the detained lawyer Ahmed Musa \"confessed\".");
  for (const Event* e : events_of(x, "arrest_detention")) EXPECT_TRUE(e->perpetrators.empty());
  auto shame = events_of(x, "public_shaming");
  ASSERT_FALSE(shame.empty());
  EXPECT_TRUE(has_name(names_of(x, shame[0]->perpetrators), "state television"));
  x = extract_text("Police detained the lawyer Ahmed Musa on Monday.");
  auto det = events_of(x, "arrest_detention");
  ASSERT_FALSE(det.empty());
  EXPECT_FALSE(det[0]->perpetrators.empty());
}

TEST(Summary, TypesVictimsPlaceAndDate) {
  Extraction x =
      extract_text("Police detained journalist Aibek Nurlanuly in Almaty on 4 June 2021.");
  EXPECT_EQ(x.summary.types, std::vector<std::string>{"arrest_detention"});
  ASSERT_EQ(x.summary.victims.size(), 1u);
  EXPECT_EQ(x.summary.city, "Almaty");
  EXPECT_EQ(x.summary.country, "KZ");
  EXPECT_EQ(x.summary.date, "2021-06-04");
  EXPECT_EQ(x.summary.perpetrator_category, "state_security");
}

TEST(Summary, SecurityForcesBeforeAuthorities) {
  Extraction x = extract_text(
      "The authorities charged Ana Lima with treason. The authorities "
      "also banned her newspaper, and police detained her on 2 May 2021.");
  EXPECT_EQ(x.summary.perpetrator_category, "state_security");
}

TEST(Summary, PlaceOfTheActNotOfTheTrial) {
  Extraction x = extract_text(
      "A court in Paris convicted Omar Haddad on 3 May 2022. Haddad had "
      "detained Samir Nasser in Aleppo in 2013.");
  EXPECT_EQ(x.summary.city, "Aleppo");
  EXPECT_EQ(x.summary.country, "SY");
}

TEST(Summary, WrittenYearBeatsARelativeDate) {
  Extraction x = extract_text(
      "Police detained Ana Lima again on Tuesday. She was first arrested "
      "in June 2019 after a protest.",
      "2021-03-12");
  EXPECT_EQ(x.summary.date.substr(0, 4), "2019");
}

TEST(Statistics, AsylumRejections) {
  Extraction x = extract_text("Roughly 200 Uzbek citizens were denied asylum in 2018.");
  ASSERT_FALSE(x.statistics.empty());
  EXPECT_EQ(x.statistics[0].quantity, 200);
  EXPECT_TRUE(x.statistics[0].approximate);
}

// Confidence is counted in tenths, so it prints as written: "0.5", not "0.49999999999999994".
TEST(Events, ConfidenceIsExactTenths) {
  Extraction x = extract_text(
      "Police routinely detain critics in Minsk. Farmers in the valley fear raids, kidnappings "
      "and cattle theft. Police detained Rustam Nazarov on 2 May 2021.");
  ASSERT_FALSE(x.events.empty());
  for (const Event& ev : x.events) {
    std::string printed = std::to_string(ev.confidence * 10);
    EXPECT_EQ(ev.confidence, static_cast<double>(std::lround(ev.confidence * 10)) / 10.0)
        << ev.type << " " << printed;
  }
}

}  // namespace
}  // namespace casebook::testing
