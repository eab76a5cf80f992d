// Trigger and cue rows added for documents the engine misread: each with a sentence it must
// catch and one it must not.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool has_type(const Extraction& x, const std::string& type, bool hypothetical = false) {
  for (const Event& e : x.events) {
    if (e.type == type && e.hypothetical == hypothetical) return true;
  }
  return false;
}

// "called on <three words> to release X" is a call for release, not a release.
TEST(Issue4Triggers, CallOnTheAuthoritiesToReleaseIsAdvocacy) {
  Extraction x = extract_text(
      "Nine press groups called on the Kenyan authorities to release Brian Mutua on Friday.");
  EXPECT_TRUE(has_type(x, "advocacy"));
  EXPECT_FALSE(has_type(x, "release"));
}

TEST(Issue4Triggers, CallOnToOrderAReleaseIsAdvocacy) {
  Extraction x = extract_text(
      "His sister called on the prosecutor to order his release from the remand prison.");
  EXPECT_TRUE(has_type(x, "advocacy"));
  EXPECT_FALSE(has_type(x, "release"));
}

TEST(Issue4Triggers, AReleaseIsStillARelease) {
  Extraction x = extract_text("The authorities released Brian Mutua on Friday after a week.");
  EXPECT_TRUE(has_type(x, "release"));
  EXPECT_FALSE(has_type(x, "advocacy"));
}

// "called on" as a visit is no call: the arrest that follows is real.
TEST(Issue4Triggers, CalledOnAsAVisitLeavesTheArrestReal) {
  Extraction x = extract_text("Officers called on Brian Mutua at home and arrested him.");
  EXPECT_TRUE(has_type(x, "arrest_detention", /*hypothetical=*/false));
}

// The outcome of the first event of a type, "(none)" when there is no such event.
std::string outcome_of(const Extraction& x, const std::string& type) {
  for (const Event& e : x.events) {
    if (e.type == type) return e.outcome;
  }
  return "(none)";
}

// The claim a noun names is decided by the passive verb of its own clause.
TEST(Issue4Triggers, TheVerbAfterAnAsylumClaimDecidesIt) {
  EXPECT_EQ(outcome_of(
                extract_text(
                    "The asylum claim of Dawit Bekele, a former army officer, was refused in May."),
                "asylum_decision"),
            "rejected");
  EXPECT_EQ(outcome_of(extract_text(
                           "The asylum application of Dawit Bekele was approved by the tribunal."),
                       "asylum_decision"),
            "granted");
}

TEST(Issue4Triggers, AnActiveVerbInsideTheClaimsClauseDecidesNothing) {
  EXPECT_EQ(outcome_of(extract_text("The asylum claim of Dawit Bekele, which he filed after "
                                    "police denied him a permit, is still open."),
                       "asylum_decision"),
            "pending");
}

// Bare "prosecution" is the act; "the prosecution" is the prosecutors.
TEST(Issue4Triggers, ThreatenedWithProsecutionAcrossALongObject) {
  Extraction x =
      extract_text("Police threatened the union leader Obi Nnamdi with prosecution on 2 May.");
  EXPECT_TRUE(has_type(x, "threat_intimidation"));
  EXPECT_TRUE(has_type(x, "prosecution", /*hypothetical=*/true));
  EXPECT_FALSE(has_type(x, "prosecution", /*hypothetical=*/false));
}

TEST(Issue4Triggers, TheProsecutionIsTheProsecutors) {
  Extraction x = extract_text("The prosecution said Obi Nnamdi had organised the strike.");
  EXPECT_FALSE(has_type(x, "prosecution"));
  bool actor = false;
  for (const Entity& e : x.entities) actor = actor || e.kind == "state_actor";
  EXPECT_TRUE(actor);
}

// The sentence an appeal court upholds is one act whose latest stage is the appeal.
TEST(Issue4Triggers, UpheldTheSentenceHandedToX) {
  Extraction x = extract_text(
      "The appeal court upheld the seven-year prison sentence handed to Ahmed Musa on Monday.");
  EXPECT_EQ(outcome_of(x, "prosecution"), "upheld");
  EXPECT_TRUE(has_name(names_of(x, events_of(x, "prosecution")[0]->victims), "Ahmed Musa"));
  x = extract_text("A court handed Obi Nnamdi a seven-year prison sentence on Monday.");
  EXPECT_EQ(outcome_of(x, "prosecution"), "sentenced");
}

// Stopping someone from boarding a flight is a travel ban; stopping a car is not.
TEST(Issue4Triggers, StoppedFromBoardingAFlight) {
  Extraction x = extract_text(
      "Border guards stopped the lawyer Ahmed Musa from boarding a flight to Paris on Sunday.");
  auto ev = events_of(x, "travel_ban");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Ahmed Musa"));
  x = extract_text("Police stopped the car of Ahmed Musa near the airport on Sunday.");
  EXPECT_FALSE(has_type(x, "travel_ban"));
}

// A confession aired on television is public shaming; one made in court is not.
TEST(Issue4Triggers, AConfessionAiredOnTelevision) {
  Extraction x = extract_text(
      "State television aired a video in which the lawyer Ahmed Musa \"confessed\" to spying.");
  auto ev = events_of(x, "public_shaming");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Ahmed Musa"));
  x = extract_text("Ahmed Musa confessed to the theft in court on Monday.");
  EXPECT_FALSE(has_type(x, "public_shaming"));
}

// Police coming to someone's home again and again is harassment; a visit to a sister is not.
TEST(Issue4Triggers, PoliceComingToTheHomeOfX) {
  Extraction x = extract_text(
      "Police officers have come to the home of the blogger Ahmed Musa five times since May.");
  auto ev = events_of(x, "harassment");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Ahmed Musa"));
  x = extract_text("Ahmed Musa came to the home of his sister after work.");
  EXPECT_FALSE(has_type(x, "harassment"));
}

// An acquittal does not swallow the sentence it overturns.
TEST(Issue4Triggers, AcquittalAndTheEarlierSentenceAreTwoStages) {
  Extraction x = extract_text(
      "An appeals court acquitted the journalist Ahmed Musa, who had been sentenced at first "
      "instance to two years in prison.");
  bool acquitted = false, sentenced = false;
  for (const Event* e : events_of(x, "prosecution")) {
    acquitted = acquitted || e->outcome == "acquitted";
    sentenced = sentenced || e->outcome == "sentenced";
  }
  EXPECT_TRUE(acquitted);
  EXPECT_TRUE(sentenced);
}

// "extremist formation", the legal term of some states' lists, with a listing verb.
TEST(Issue4Triggers, AListOfExtremistFormationsIsAnOrganizationBan) {
  Extraction x = extract_text(
      "The security service added the independent channel Vezha Live to its list of "
      "\"extremist formations\" in March.");
  EXPECT_TRUE(has_type(x, "organization_ban"));
}

TEST(Issue4Triggers, ExtremistFormationsWithoutAListingVerbAreNoBan) {
  Extraction x =
      extract_text("The minister spoke about extremist formations in the region in March.");
  EXPECT_FALSE(has_type(x, "organization_ban"));
}

// A time word inside a name the text found ("Hrodna Today") is no date of the act.
TEST(Issue4Triggers, TodayInsideANameIsNoDate) {
  Extraction x =
      extract_text("On Monday the regional court ordered the closure of the newspaper Vezha Today.",
                   "2022-12-09");
  ASSERT_FALSE(x.events.empty());
  EXPECT_EQ(x.events[0].date.start, "2022-12-05");
}

// "**" lets a long object stand between the verb and the rest of the phrase.
TEST(Issue4Triggers, DeclaredALongNameExtremistIsAnOrganizationBan) {
  Extraction x =
      extract_text("A court declared the regional news website Vezha Live extremist on Tuesday.");
  EXPECT_TRUE(has_type(x, "organization_ban"));
}

TEST(Issue4Triggers, ForcedAFamilyOutOfTheirHomeIsAnEviction) {
  Extraction x = extract_text(
      "Police forced the teacher Rafael Quintero and his family out of their home in May.");
  EXPECT_TRUE(has_type(x, "forced_eviction"));
  x = extract_text("Police forced the teacher to sign a statement at his home in May.");
  EXPECT_FALSE(has_type(x, "forced_eviction"));
}

// A country's name stands for "country" in the travel-ban phrases.
TEST(Issue4Triggers, PreventedFromLeavingACountryByName) {
  Extraction x =
      extract_text("The writer Omid Sadri has been prevented from leaving Iran since May.");
  EXPECT_TRUE(has_type(x, "travel_ban"));
  x = extract_text("The writer Omid Sadri has been prevented from leaving Tehran since May.");
  EXPECT_FALSE(has_type(x, "travel_ban"));
}

TEST(Issue4Triggers, CancellingAGroupsLegalStatusIsAnOrganizationBan) {
  Extraction x =
      extract_text("The assembly cancelled the human rights group's legal status in March.");
  EXPECT_TRUE(has_type(x, "organization_ban"));
  x = extract_text("The court explained the legal status of the group in March.");
  EXPECT_FALSE(has_type(x, "organization_ban"));
}

// "seizing computers": things seized are no arrest; "seized the activist" is one.
TEST(Issue4Triggers, SeizingThingsIsNoArrest) {
  Extraction x = extract_text(
      "Police raided the offices of the women's rights group Casa Luna, seizing computers and "
      "files.");
  EXPECT_FALSE(has_type(x, "arrest_detention"));
  x = extract_text("Police raided the offices and seized the activist Marta Ruiz.");
  EXPECT_TRUE(has_type(x, "arrest_detention"));
}

// "seized her car" with a word of cars took no one away: a seizure, no abduction.
TEST(Issue4Triggers, SeizingACarIsNoAbduction) {
  Extraction x = extract_text("Police seized her car outside the office.");
  EXPECT_FALSE(has_type(x, "abduction"));
  EXPECT_TRUE(has_type(x, "property_seizure"));
  x = extract_text("Gunmen seized the lawyer Marta Ruiz and drove off in a car.");
  EXPECT_TRUE(has_type(x, "abduction"));
  // A count of people, a time or a name apposed after the noun is someone taken.
  for (const char* text : {"Gunmen in a car seized six pupils from the school.",
                           "Gunmen in a car seized a herdsman, Idris Balogun, near the river.",
                           "The two men, seized two years ago by armed men in a van, are free."}) {
    x = extract_text(text);
    EXPECT_TRUE(has_type(x, "abduction")) << text;
  }
}

// "taken from his flat by intelligence agents": a home by any of its names, and a name of two
// words between "took" and "from".
TEST(Issue4Triggers, TakenFromAFlatIsAnArrestOrAnAbduction) {
  Extraction x = extract_text(
      "Marta Ruiz was taken from her flat in Minsk by intelligence agents on 11 January.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Marta Ruiz"));
  x = extract_text("Masked men took Marta Ruiz from her house.");
  EXPECT_TRUE(has_name(first_victims(x, "abduction"), "Marta Ruiz"));
  x = extract_text("She took the books from her flat.");
  EXPECT_TRUE(x.events.empty());
}

// "Professor X was dismissed on 19 April": a person of a post dismissed, though no word of a
// job is written; "the case was dismissed" is none. A cue that holds its charge ("for
// treason") names it.
TEST(Issue4Triggers, AProfessorDismissedIsPressuredAndTheChargeIsNamed) {
  Extraction x = extract_text("Professor Marta Ruiz was dismissed on 19 April.", "2024-05-10");
  auto ev = events_of(x, "harassment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Marta Ruiz"));
  EXPECT_EQ(ev[0]->date.start, "2024-04-19");
  for (const char* text : {"The case against the professor was dismissed.",
                           "The appeal was dismissed by the judge."}) {
    x = extract_text(text);
    EXPECT_TRUE(events_of(x, "harassment").empty()) << text;
  }
  x = extract_text("Marta Ruiz was investigated for treason.");
  auto p = events_of(x, "prosecution");
  ASSERT_EQ(p.size(), 1u);
  ASSERT_TRUE(p[0]->reason.has_value());
  EXPECT_EQ(p[0]->reason->activity, "treason");
}

// Of two rows whose context words are present, one whose word stands right beside the
// trigger wins when the first row's is far off; the lexicon's order stands otherwise.
TEST(Issue4Triggers, AContextWordBesideTheTriggerDecidesBetweenRows) {
  Extraction x = extract_text(
      "The union, whose leaders left the country in 2021, said the expulsions of students were "
      "a punishment.");
  EXPECT_TRUE(events_of(x, "deportation_extradition").empty());
  EXPECT_FALSE(events_of(x, "harassment").empty());
  x = extract_text("Marta Ruiz was seized from her home in Lima by unidentified men.");
  EXPECT_FALSE(events_of(x, "abduction").empty());
  EXPECT_TRUE(events_of(x, "property_seizure").empty());
  x = extract_text("The foreign reporter Marta Ruiz was expelled from the country.");
  EXPECT_FALSE(events_of(x, "deportation_extradition").empty());
}

// "his family has heard nothing from X since 9 April": a disappearance of X, not one done by
// the family; silence from a ministry is none.
TEST(Issue4Triggers, HeardNothingFromAPersonIsADisappearance) {
  Extraction x =
      extract_text("Since 9 April, his family has heard nothing from Marta Ruiz.", "2024-05-10");
  auto ev = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Marta Ruiz"));
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  x = extract_text("Relatives have heard nothing of the journalist since May.", "2024-05-10");
  ev = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  x = extract_text("We have heard nothing from the ministry about the case.");
  EXPECT_TRUE(x.events.empty());
  // Only where someone is missing or held: not "has heard nothing from his brother", and
  // never the ones who heard nothing.
  x = extract_text("Marta Ruiz has heard nothing from her brother.");
  EXPECT_TRUE(x.events.empty());
  x = extract_text("Relatives have heard nothing from him since his arrest on 9 April.");
  for (const Event* e : events_of(x, "enforced_disappearance")) {
    EXPECT_FALSE(has_name(names_of(x, e->victims), "relatives"));
  }
}

TEST(Issue4Triggers, AWarningThatTheyCouldLoseTheirJobsIsAThreat) {
  Extraction x = extract_text(
      "Officers warned the teachers that they could lose their jobs if they spoke to reporters.");
  EXPECT_TRUE(has_type(x, "threat_intimidation"));
  x = extract_text("Economists warned that the factory could lose jobs next year.");
  EXPECT_FALSE(has_type(x, "threat_intimidation"));
}

TEST(Issue4Triggers, BundledHimIntoACarIsAnAbduction) {
  Extraction x = extract_text(
      "Masked men bundled the student Zahid Karim into a car outside his hostel on Monday.");
  EXPECT_TRUE(has_type(x, "abduction"));
  x = extract_text("The driver bundled the boxes of leaflets into a car.");
  EXPECT_FALSE(has_type(x, "abduction"));
}

TEST(Issue4Triggers, ReleasingASongIsNoRelease) {
  Extraction x = extract_text(
      "The rapper Karim Nasseri was arrested after releasing a song that criticised the police.");
  EXPECT_FALSE(has_type(x, "release"));
  x = extract_text("Police arrested the rapper Karim Nasseri and released him two days later.");
  EXPECT_TRUE(has_type(x, "release"));
}

TEST(Issue4Triggers, ABroadcastApologyIsPublicShaming) {
  Extraction x = extract_text(
      "State television broadcast a video in which the detained rapper Karim Nasseri apologises "
      "for his lyrics and says he was misled.");
  EXPECT_TRUE(has_type(x, "public_shaming"));
  x = extract_text("The minister Karim Nasseri apologised for the delay in paying wages.");
  EXPECT_FALSE(has_type(x, "public_shaming"));
}

TEST(Issue4Triggers, ADelegationWalkingOutIsTheStatesBoycott) {
  Extraction x = extract_text(
      "The Nicaraguan delegation walked out of a session of the committee on July 13.");
  auto ev = events_of(x, "boycott");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->perpetrators.empty());
}

TEST(Issue4Triggers, WarnedNotToIsAThreat) {
  Extraction x = extract_text(
      "Police warned the poet Tran Van Loc not to give interviews to foreign journalists.");
  EXPECT_TRUE(has_type(x, "threat_intimidation"));
}

// "a state bank": "state" as an adjective is no perpetrator.
TEST(Issue4Triggers, AStateBankIsNoStateActor) {
  Extraction x = extract_text("Elnur Aliyev was dismissed from his job at a state bank in May.");
  for (const Entity& e : x.entities) EXPECT_FALSE(e.kind == "state_actor" && e.name == "state");
}

// A kidnapping by state agents is an abduction with the state as perpetrator; it is a
// disappearance only where the text says so.
TEST(Issue4Triggers, KidnappingByPoliceIsAnAbduction) {
  Extraction x = extract_text(
      "Two police officers kidnapped the shopkeeper Oren Vashti in Lagos and demanded money.");
  EXPECT_TRUE(has_type(x, "abduction"));
  EXPECT_FALSE(has_type(x, "enforced_disappearance"));
  Extraction y = extract_text(
      "Security agents abducted the blogger Oren Vashti in Lagos. His whereabouts remain "
      "unknown.");
  EXPECT_TRUE(has_type(y, "abduction"));
  EXPECT_TRUE(has_type(y, "enforced_disappearance"));
}

TEST(Issue4Triggers, SlowedInternetIsACommunicationRestriction) {
  EXPECT_TRUE(has_type(extract_text("Mobile internet in the capital was slowed for hours."),
                       "communication_restriction"));
  EXPECT_FALSE(has_type(extract_text("The march slowed traffic in the city centre."),
                        "communication_restriction"));
}

// "did not know where she was being held": a disappearance, and the family that does not
// know is no perpetrator.
TEST(Issue4Triggers, NotKnowingWhereSomeoneIsHeldIsADisappearance) {
  Extraction x =
      extract_text("Her family said that they did not know where Mira Castell was being held.");
  auto ed = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ed.size(), 1u);
  EXPECT_EQ(names_of(x, ed[0]->victims), std::vector<std::string>{"Mira Castell"});
  EXPECT_TRUE(ed[0]->perpetrators.empty());
  EXPECT_FALSE(
      has_type(extract_text("The marchers did not know where to go."), "enforced_disappearance"));
  EXPECT_TRUE(has_type(extract_text("Police refused to say where Oren Vashti was held."),
                       "enforced_disappearance"));
}

TEST(Issue4Triggers, WarnedToDropTheCaseIsAThreat) {
  EXPECT_TRUE(has_type(extract_text("Anonymous callers warned the lawyer Mira Castell to drop "
                                    "the case."),
                       "threat_intimidation"));
  EXPECT_FALSE(has_type(extract_text("Forecasters warned drivers about ice on the roads."),
                        "threat_intimidation"));
}

TEST(Issue4Triggers, FamiliesLeftWithoutShelterAreTheEvicted) {
  Extraction x = extract_text(
      "Municipal workers demolished more than 60 homes in the settlement on Thursday, leaving "
      "about 300 families without shelter.");
  EXPECT_TRUE(has_name(first_victims(x, "forced_eviction"), "families"));
  Extraction y = extract_text(
      "Municipal workers demolished more than 60 homes in the settlement on Thursday.");
  EXPECT_TRUE(first_victims(y, "forced_eviction").empty());
}

TEST(Issue4Triggers, HangingAndBeatingTheSolesAreTorture) {
  EXPECT_TRUE(has_type(extract_text("Guards hung Mira Castell from the ceiling for hours."),
                       "torture_ill_treatment"));
  EXPECT_TRUE(has_type(extract_text("Interrogators beat the soles of his feet with a cable."),
                       "torture_ill_treatment"));
  EXPECT_FALSE(has_type(extract_text("Volunteers hung the lanterns from the ceiling of the hall."),
                        "torture_ill_treatment"));
}

TEST(Issue4Triggers, TheRightToAFairTrialIsNoTrial) {
  EXPECT_FALSE(has_type(extract_text("Amnesty said the broadcast violated the right to a fair "
                                     "trial."),
                        "prosecution"));
  EXPECT_TRUE(has_type(extract_text("The trial of the journalist Mira Castell began on Monday."),
                       "prosecution"));
}

TEST(Issue4Triggers, ClaimForProtectionAndReEducationCamp) {
  Extraction x =
      extract_text("Thai authorities rejected his claim for protection, said Abdul Karimov.");
  auto claim = events_of(x, "asylum_decision");
  ASSERT_EQ(claim.size(), 1u);
  EXPECT_EQ(claim[0]->outcome, "rejected");
  EXPECT_TRUE(has_type(extract_text("Two of his brothers were sent to a re-education camp."),
                       "arrest_detention"));
  EXPECT_FALSE(
      has_type(extract_text("The children were sent to a summer camp."), "arrest_detention"));
}

// Those who speak for the victim warn of a danger; they do not threaten.
TEST(Issue4Triggers, ARightsGroupsWarningIsNoThreat) {
  EXPECT_FALSE(has_type(extract_text("Human rights groups warned that Abdul Karimov would face "
                                     "torture if returned."),
                        "threat_intimidation"));
  EXPECT_TRUE(has_type(extract_text("Police warned Abdul Karimov that he would face prison."),
                       "threat_intimidation"));
}

TEST(Issue4Triggers, TookSomeoneIntoCustodyNamesWhomTheVerbTook) {
  Extraction x = extract_text("Security officers took the lawyer Karim Adel into custody.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Karim Adel"));
  // "as he returned" opens a clause of its own: no object is read in it.
  Extraction y = extract_text(
      "Witnesses said plainclothes agents arrested dozens of mourners as they left the "
      "cemetery.");
  auto v = first_victims(y, "arrest_detention");
  EXPECT_TRUE(has_name(v, "mourners"));
  EXPECT_FALSE(has_name(v, "agents"));
}

// "calling X a \"foreign agent\"", "branded X a traitor": the one labelled is the victim,
// and the label's "agent" is no state actor.
TEST(Issue4Triggers, ALabelPutOnSomeoneIsPublicShaming) {
  Extraction x = extract_text(
      "Pro-government channels broadcast reports calling Mira Castell a \"foreign agent\" and "
      "showing photographs of her children.");
  auto v = first_victims(x, "public_shaming");
  EXPECT_TRUE(has_name(v, "Mira Castell"));
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "state_actor") << e.name;
  Extraction y = extract_text("State television branded Mira Castell a traitor.");
  EXPECT_TRUE(has_name(first_victims(y, "public_shaming"), "Mira Castell"));
  EXPECT_FALSE(has_type(extract_text("The agent said the forms were ready."), "public_shaming"));
}

// "seized power", "abuses its power", "a parting shot": senses that are no acts on anyone;
// the same words on people still are.
TEST(Issue4Triggers, PowerSeizedOrAbusedIsNoAct) {
  Extraction x = extract_text("The army seized power in a coup. The council abuses its power.");
  EXPECT_TRUE(x.events.empty());
  x = extract_text("Soldiers seized the editor Rui Matos at his home and abused him.");
  EXPECT_FALSE(x.events.empty());
}

TEST(Issue4Triggers, APartingShotIsNoShooting) {
  Extraction x = extract_text("The lawyer fired one parting shot at the minister.");
  EXPECT_TRUE(events_of(x, "assault").empty());
}

// A threat that endangers no one is a risk, not intimidation: "threatens to upset trade", "a
// serious threat to press freedom", "rising inflation threatens the fishing trade".
TEST(Issue4Triggers, AThreatToNoOneIsNoIntimidation) {
  for (const char* text : {"The new tariff threatens to upset trade across the continent.",
                           "The draft law is a serious threat to press freedom in Moldova.",
                           "Rising inflation threatens the coastal fishing trade near Lagos."}) {
    EXPECT_TRUE(events_of(extract_text(text), "threat_intimidation").empty()) << text;
  }
}

TEST(Issue4Triggers, AThreatToSomeoneStays) {
  for (const char* text : {"The mayor threatened to sue the reporter Ana Reis.",
                           "Police threatened to arrest the blogger Tomas Vidal.",
                           "The firm threatened the entire workforce with dismissal.",
                           "Officers threatened his sister after the trial in Minsk."}) {
    EXPECT_FALSE(events_of(extract_text(text), "threat_intimidation").empty()) << text;
  }
}

// "sexual harassment" at work is another wrong than the harassment of a critic.
TEST(Issue4Triggers, SexualHarassmentIsNoPoliticalHarassment) {
  Extraction x = extract_text("The company faced claims of sexual harassment by a manager.");
  EXPECT_TRUE(events_of(x, "harassment").empty());
}

// "an assault on democracy", "attacks on freedom of expression": words against an abstract
// thing; "an assault on human rights defenders" and "an attack on the editor" hurt people.
TEST(Issue4Triggers, AnAssaultOnDemocracyHurtsNoOne) {
  for (const char* text : {"The new decree is an assault on Latvian democracy.",
                           "Critics decried the attacks on freedom of expression in Baku."}) {
    EXPECT_TRUE(events_of(extract_text(text), "assault").empty()) << text;
  }
  for (const char* text : {"The ministry must end its assault on human rights defenders.",
                           "The attack on the editor Ivo Petrov left him in hospital."}) {
    EXPECT_FALSE(events_of(extract_text(text), "assault").empty()) << text;
  }
}

// Deaths from a disease or a disaster are no killing; a killing during one still is.
TEST(Issue4Triggers, ADisasterKillsNoOneByHand) {
  for (const char* text : {"The response to the flu outbreak that has killed 300 people.",
                           "A strong earthquake struck the coast in May, killing 200.",
                           "The virus has already killed more than 900 in the province."}) {
    EXPECT_TRUE(events_of(extract_text(text), "killing").empty()) << text;
  }
  for (const char* text : {"Police shot protesters during the pandemic, killing two.",
                           "The army is using the virus as a weapon to kill villagers."}) {
    EXPECT_FALSE(events_of(extract_text(text), "killing").empty()) << text;
  }
}

// Only the state accuses in law: "the spokesman accused the activist of spying" is words;
// "prosecutors accused X of treason" and "a man accused of fraud" are prosecutions.
TEST(Issue4Triggers, OnlyTheStateAccusesInLaw) {
  Extraction x = extract_text(
      "The spokesman Oleg Marin accused the activist Lev Sorin of spying for a foreign power.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  x = extract_text("Prosecutors accused the blogger Lev Sorin of treason under article 275.");
  EXPECT_FALSE(events_of(x, "prosecution").empty());
  x = extract_text("A teacher accused of treason under article 275 was detained in Omsk.");
  EXPECT_FALSE(events_of(x, "prosecution").empty());
}

// A government accusing an organisation speaks; prosecutors accusing it act in law.
TEST(Issue4Triggers, AGovernmentAccusingAnOrganisationIsNoProsecution) {
  Extraction x = extract_text(
      "Ruritania's authorities were furious, as they accused the hosts, the Nordic Rights "
      "Bureau, of sheltering extremists.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  x = extract_text("Prosecutors accused the Nordic Rights Bureau of tax fraud.");
  EXPECT_FALSE(events_of(x, "prosecution").empty());
}

// Deaths told among a crackdown's arrests are killings; a death at home is not.
TEST(Issue4Triggers, DeathsAmongACrackdownsArrestsAreKillings) {
  Extraction x =
      extract_text("Police arrested 900 marchers in Gomel on Sunday; two protesters died.");
  EXPECT_FALSE(events_of(x, "killing").empty());
  x = extract_text("The poet Anton Lis died at home in Gomel at the age of 90.");
  EXPECT_TRUE(events_of(x, "killing").empty());
}

// "Her family has not been told where she is held": the state hides where it holds her; the
// family that was not told did nothing. "not told where to go" is no disappearance.
TEST(Issue4Triggers, NotToldWhereSomeoneIsHeldIsADisappearance) {
  Extraction x = extract_text(
      "Police detained the blogger Ana Reis on Monday. Her family has not been told where she "
      "is held.");
  ASSERT_EQ(events_of(x, "enforced_disappearance").size(), 1u);
  EXPECT_EQ(first_victims(x, "enforced_disappearance"), std::vector<std::string>{"Ana Reis"});
  EXPECT_FALSE(has_name(first_perpetrators(x, "enforced_disappearance"), "family of Ana Reis"));
  x = extract_text("Relatives of Ivo Lind were never told where he was taken.");
  EXPECT_FALSE(events_of(x, "enforced_disappearance").empty());
  x = extract_text("The tourists were not told where to go after the flight was cancelled.");
  EXPECT_TRUE(events_of(x, "enforced_disappearance").empty());
}

// "detained in reprisal for his reporting": the noun is the detention's reason, not a second
// act; "fear of reprisals" is still told.
TEST(Issue4Triggers, InReprisalForIsAReasonNotAnAct) {
  Extraction x = extract_text("The blogger Ivo Lind was detained in reprisal for his reporting.");
  EXPECT_TRUE(events_of(x, "harassment").empty());
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  ASSERT_TRUE(events_of(x, "arrest_detention")[0]->reason.has_value());
  EXPECT_EQ(events_of(x, "arrest_detention")[0]->reason->kind, "reprisal");
}

// "workers were fired for the strike": a dismissal, told in the passive of a person; "shots
// were fired at the workers" is not.
TEST(Issue4Triggers, WorkersFiredForAStrikeAreDismissed) {
  Extraction x = extract_text("Dozens of workers were fired after the strike at the mill.");
  EXPECT_FALSE(events_of(x, "harassment").empty());
  x = extract_text("Shots were fired at the striking workers outside the mill.");
  EXPECT_TRUE(events_of(x, "harassment").empty());
}

// "The relatives faced harassment by police": what someone faced happened; what a charge
// someone faces names ("facing kidnapping and illegal detention charges") did not.
TEST(Issue4Triggers, FacedHarassmentHappened) {
  Extraction x = extract_text("The relatives of Ivo Lind faced harassment by police in Minsk.");
  ASSERT_FALSE(events_of(x, "harassment").empty());
  EXPECT_FALSE(events_of(x, "harassment")[0]->hypothetical);
  x = extract_text(
      "The doctor Lena Ruiz, who faces abduction and fraud charges, was moved to Manila.");
  for (const Event* e : events_of(x, "abduction")) EXPECT_TRUE(e->hypothetical);
}

// "the kidnapping plot", "the failed abduction", "police foiled a kidnapping", "conspiring to
// abduct": planned or tried, like "plotted to kidnap"; a kidnapping that happened stays real.
TEST(Issue4Triggers, PlotsAndFoiledAbductionsAreHypothetical) {
  for (const char* text : {"A kidnapping plot against the editor Ivo Lind came to light in May.",
                           "Three men were accused of conspiring to abduct the editor Ivo Lind.",
                           "They face charges of conspiracy to kidnap the editor Ivo Lind.",
                           "He told of the failed abduction of the editor Ivo Lind in Vienna.",
                           "Police foiled a kidnapping of the editor Ivo Lind in Lagos."}) {
    Extraction x = extract_text(text);
    ASSERT_FALSE(events_of(x, "abduction").empty()) << text;
    for (const Event* e : events_of(x, "abduction")) EXPECT_TRUE(e->hypothetical) << text;
  }
  Extraction x = extract_text("Gunmen kidnapped the teacher Ada Obi in Lagos.");
  EXPECT_FALSE(events_of(x, "abduction")[0]->hypothetical);
}

// "the body of another activist, X, was found with gunshot wounds": the name apposed to the
// "of" noun is whose body it was, and an earlier killing of someone else does not swallow it.
TEST(Issue4Triggers, TheBodyOfAnotherActivistIsANewKilling) {
  Extraction x = extract_text(
      "Gunmen shot dead the activist Marcos Ulloa on Sunday.\n\nLess than two weeks earlier, the "
      "body of another activist, Rosa Maldonado, was found with gunshot wounds.");
  EXPECT_TRUE(has_name(victims_of(x, "killing"), "Rosa Maldonado"));
  EXPECT_TRUE(has_name(victims_of(x, "killing"), "Marcos Ulloa"));
}

// "the judge quashed the search warrant": a court's paper, not a search; "police searched
// his flat with a warrant" is one.
TEST(Issue4Triggers, ASearchWarrantAloneIsNoSearch) {
  Extraction x = extract_text("The judge quashed the search warrant issued against Ivo Lind.");
  EXPECT_TRUE(events_of(x, "raid_search").empty());
  x = extract_text("Police searched the flat of Ivo Lind with a warrant on Monday.");
  EXPECT_FALSE(events_of(x, "raid_search").empty());
}

// "He faces three counts of kidnapping": a charge's name in a list of counts, not an act;
// "gunmen kidnapped three" still is.
TEST(Issue4Triggers, CountsOfACrimeAreChargesNotActs) {
  Extraction x =
      extract_text("The guard Tom Reyes faces three counts of kidnapping and two counts murder.");
  EXPECT_TRUE(events_of(x, "abduction").empty());
  EXPECT_TRUE(events_of(x, "killing").empty());
  x = extract_text("Gunmen kidnapped three farmers near Kaduna on Sunday.");
  EXPECT_FALSE(events_of(x, "abduction").empty());
}

// "shamed ... as a warning that his son should stop writing": the warning is the act's
// purpose, not a threat of its own; "the prosecutor issued a formal warning" still is one.
TEST(Issue4Triggers, AsAWarningIsThePurposeOfTheActTold) {
  Extraction x = extract_text(
      "Ivo Lind's father was publicly shamed at a village meeting as a warning that his son "
      "should stop writing.");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
  EXPECT_FALSE(events_of(x, "public_shaming").empty());
  x = extract_text("The prosecutor issued Ivo Lind a formal warning to stop his activity.");
  EXPECT_FALSE(events_of(x, "threat_intimidation").empty());
}

}  // namespace
}  // namespace casebook::testing
