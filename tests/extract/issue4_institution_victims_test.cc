// Issue 4: an institution ("the court", "the regime", "the police station") is no one a
// person's act can be done to, a thing is no one either ("kicking a door"), and a passive
// infinitive ("claiming to have been tortured",
// "ordered the strikers to be detained") takes its subject from the verb it follows. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract/word_classes.h"
#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4InstitutionVictims, BodyNounsAreTheLastWordsOfInstitutions) {
  for (const char* w : {"court", "regime", "ministry", "station", "embassy", "jury"})
    EXPECT_TRUE(is_body_noun(w)) << w;
  for (const char* w : {"judge", "police", "officers", "guards", "soldiers", "minister"})
    EXPECT_FALSE(is_body_noun(w)) << w;
}

// A court that "could not find him guilty" tries him; it is not tried itself.
TEST(Issue4InstitutionVictims, ACourtIsNoDefendant) {
  Extraction x =
      extract_text("The court found Tomas Berger guilty of libel and cleared him of treason.");
  for (const std::string& v : victims_of(x, "prosecution")) EXPECT_NE(v, "court");
  EXPECT_TRUE(has_name(victims_of(x, "prosecution"), "Tomas Berger"));
}

// A pronoun that stands for the government is no victim of a detention.
TEST(Issue4InstitutionVictims, TheGovernmentThroughAPronounIsNoDetainee) {
  Extraction x = extract_text(
      "The government said it had no record of the arrests. It was detained, the minister "
      "joked.");
  for (const std::string& v : victims_of(x, "arrest_detention")) EXPECT_NE(v, "government");
}

// People are still victims, and so are officers ("the police officers were beaten").
TEST(Issue4InstitutionVictims, OfficersStayVictims) {
  Extraction x = extract_text("Two police officers were beaten by the crowd in Tartu.");
  EXPECT_FALSE(victims_of(x, "").empty());
}

// "several miners are claiming to have been tortured": the miners, not the union that
// opens the sentence.
TEST(Issue4InstitutionVictims, ThoseClaimingToHaveBeenTorturedAreItsVictims) {
  Extraction x =
      extract_text("The union said several miners are claiming to have been tortured by guards.");
  std::vector<std::string> v = first_victims(x, "torture_ill_treatment");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "miners");
}

// "ordered the teachers to be detained": the object before "to" is who was detained, the
// governor who ordered it is not.
TEST(Issue4InstitutionVictims, TheObjectBeforeToIsThePassiveInfinitivesSubject) {
  Extraction x = extract_text("The governor ordered the striking teachers to be detained.");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "teachers");
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "governor"));
}

// "the elections to be held in June": the plural noun before "to" is what is held, so the
// candidate is held nowhere.
TEST(Issue4InstitutionVictims, ElectionsToBeHeldHoldNoOne) {
  Extraction x = extract_text(
      "Mirela Dobra announced her candidacy in the elections to be held in June in Tirana.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

// "is believed to have been killed": the subject of "believed".
TEST(Issue4InstitutionVictims, BelievedToHaveBeenKilled) {
  Extraction x = extract_text("The army says Marta Quispe is believed to have been killed in May.");
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Marta Quispe"));
  EXPECT_FALSE(has_name(first_victims(x, "killing"), "army"));
}

// An active act whose object is a thing: "kicking a door" is no ill-treatment, "executed
// the warrant" no killing; "murdering the founder" names a person (WordNet), so it stays.
TEST(Issue4InstitutionVictims, AThingPunchedOrExecutedIsNoAct) {
  Extraction x = extract_text("The drunk man kicked a door of the bank in Lyon.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  EXPECT_TRUE(events_of(x, "assault").empty());
  x = extract_text("Officers executed the search warrant at a farm near Ghent on Monday.");
  EXPECT_TRUE(events_of(x, "killing").empty());
}

// A count before a plural noun that names no one: "executed three warrants"; a count
// alone is of people ("killed 10 in the attack").
TEST(Issue4InstitutionVictims, CountedThingsAreThings) {
  Extraction x =
      extract_text("Detectives executed three warrants at warehouses in Lyon on Monday.");
  EXPECT_TRUE(events_of(x, "killing").empty());
  x = extract_text("Gunmen killed 10 in the attack on the market in Gao.");
  EXPECT_FALSE(events_of(x, "killing").empty());
}

// The thing's phrase ends where a second verb begins: "executed several warrants and
// questioned staff" names no one executed, while "executed two prisoners and buried them" does.
TEST(Issue4InstitutionVictims, ASecondVerbEndsTheThingsPhrase) {
  Extraction x = extract_text(
      "Agents executed several warrants and questioned staff members of the charity in Mombasa.");
  EXPECT_TRUE(events_of(x, "killing").empty());
  x = extract_text("Soldiers executed two prisoners and dumped their bodies in a river.");
  auto ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->victims.empty());
}

// "it" right after the verb is a thing: "vowed to kill it" is no killing, and "attacked it
// with hammers" has no victim; "each time I was detained it meant", where "it" opens the
// next clause, keeps the speaker as the one detained.
TEST(Issue4InstitutionVictims, ItIsAThing) {
  Extraction x = extract_text("The bill was popular, but the senate leader vowed to kill it.");
  EXPECT_TRUE(events_of(x, "killing").empty());
  x = extract_text("The museum stayed shut after vandals attacked it with hammers.");
  auto as = events_of(x, "assault");
  ASSERT_EQ(as.size(), 1u);
  EXPECT_TRUE(as[0]->victims.empty());
  x = extract_text("\"Each time I was detained it meant the shop stayed shut,\" said Oren Talbi.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_FALSE(ar[0]->victims.empty());
}

// An injury told with an accident or a disaster in its sentence is no attack; guards "who
// fire on marchers" are no fire.
TEST(Issue4InstitutionVictims, HurtInAnAccidentIsNoAssault) {
  Extraction x =
      extract_text("Nine workers were injured in the fire at a paint factory near Lodz.");
  EXPECT_TRUE(events_of(x, "assault").empty());
  x = extract_text("Two cyclists were hurt and a driver was wounded in a car crash near Graz.");
  EXPECT_TRUE(events_of(x, "assault").empty());
  x = extract_text("Guards who fire on marchers wounded four students in Kisumu on Friday.");
  EXPECT_FALSE(events_of(x, "assault").empty());
  x = extract_text("Riot police injured 30 protesters in Minsk on Sunday.");
  EXPECT_FALSE(events_of(x, "assault").empty());
}

// "his denunciations of the policy": no one is shamed; "a tortured genius" is a troubled mind.
TEST(Issue4InstitutionVictims, ShamingAThingAndATorturedGeniusAreNoActs) {
  Extraction x = extract_text("Pavel Orlov voiced loud denunciations of the tax policy in Riga.");
  EXPECT_TRUE(events_of(x, "public_shaming").empty());
  x = extract_text("The painter was, by all accounts, a tortured genius.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  x = extract_text("The ministry publicly denounced the journalist Ana Reis as a traitor.");
  EXPECT_FALSE(events_of(x, "public_shaming").empty());
}

TEST(Issue4InstitutionVictims, APersonNounIsNoThing) {
  Extraction x = extract_text("Gunmen were accused of murdering the founder of a rural radio.");
  EXPECT_FALSE(events_of(x, "killing").empty());
  x = extract_text("Kidnappers seized a herdsman, Idris Balogun, near the river in March.");
  EXPECT_TRUE(has_name(first_victims(x, "abduction"), "Idris Balogun"));
}

// "Iran executed the poet X": a country that does a state's act is its state, when the
// text names no organ of it; the summary counts it as a state actor.
TEST(Issue4InstitutionVictims, ACountryThatActsIsItsState) {
  Extraction x = extract_text("Iran executed the poet Karim Sadeghi on Saturday.");
  EXPECT_EQ(first_perpetrators(x, "killing"), std::vector<std::string>{"Iran"});
  EXPECT_EQ(x.summary.perpetrator_category, "state_other");
  // An organ the sentence names comes first.
  x = extract_text("Belarus jailed the journalist Ana Lind in May, and riot police beat her.");
  EXPECT_EQ(first_perpetrators(x, "arrest_detention"), std::vector<std::string>{"riot police"});
  // Not a country that is only where it happened.
  x = extract_text("In Belarus, unknown men abducted the journalist Ana Lind in May.");
  EXPECT_FALSE(has_name(first_perpetrators(x, "abduction"), "Belarus"));
}

// The shared determiner classes (extract/word_classes.h) that replaced five hand lists.
TEST(Issue4WordClasses, ArticlesAndNounPhraseOpeners) {
  for (const char* w : {"the", "a", "an"}) EXPECT_TRUE(is_article(w)) << w;
  for (const char* w : {"this", "his", "these", "", "then", "any"})
    EXPECT_FALSE(is_article(w)) << w;
  for (const char* w : {"the", "an", "this", "these", "those", "his", "their", "your"})
    EXPECT_TRUE(opens_noun_phrase(w)) << w;
  for (const char* w : {"that", "some", "he", "they", "of"})
    EXPECT_FALSE(opens_noun_phrase(w)) << w;
}

// "suspended the opening of the plant", "questioned the decision", "follows a dispute": no
// one is harassed or questioned; "harassed the church" and "questioned the editor" are acts.
TEST(Issue4InstitutionVictims, HarassingOrQuestioningAThingIsNoAct) {
  for (const char* text : {"The firm suspended the opening of its new plant in Gdansk.",
                           "The minister questioned the decision of the court in Riga.",
                           "The summit follows a long dispute over fishing rights."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(events_of(x, "harassment").empty()) << text;
    EXPECT_TRUE(events_of(x, "interrogation").empty()) << text;
  }
  EXPECT_FALSE(
      events_of(extract_text("Local officials harassed a house church in Wenzhou for months."),
                "harassment")
          .empty());
  EXPECT_FALSE(events_of(extract_text("Officers questioned the editor Ivo Lind for six hours."),
                         "interrogation")
                   .empty());
}

// "threatening calls from unknown people": the sentence names the doer after "from" or "by",
// so the state the report names elsewhere is not assumed.
TEST(Issue4InstitutionVictims, AnUnknownDoerNamedAfterFromIsThePerpetrator) {
  Extraction x = extract_text(
      "Police detained the blogger Ana Reis in Minsk on Monday. Her mother later received "
      "threatening calls from unknown people.");
  EXPECT_EQ(first_perpetrators(x, "threat_intimidation"),
            std::vector<std::string>{"unknown people"});
  EXPECT_EQ(first_perpetrators(x, "arrest_detention"), std::vector<std::string>{"police"});
  x = extract_text(
      "Police detained the blogger Ana Reis in Minsk on Monday.\n\nAnonymous callers threatened "
      "her sister.");
  EXPECT_EQ(first_perpetrators(x, "threat_intimidation"),
            std::vector<std::string>{"anonymous callers"});
}

}  // namespace
}  // namespace casebook::testing
