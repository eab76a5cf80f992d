// Who the victims of an event are when the clause names them in a phrase or a list: an
// organisation or group before the names, relatives and colleagues in a list, people after a
// copula, a reported clause after a speech verb, and "they" for people named together.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

// Every name is among the victims of the first event of the type.
void expect_victims(const Extraction& x, const std::string& type,
                    std::initializer_list<const char*> names) {
  auto v = first_victims(x, type);
  for (const char* n : names) EXPECT_TRUE(has_name(v, n)) << type << ": " << n;
}

TEST(Issue4Victims, PeopleNamedAfterTheirNewsroomAndRole) {
  Extraction x = extract_text(
      "Security agents detained Coast FM reporters Halima Juma and Baraka Otieno on Friday.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Halima Juma"));
  EXPECT_TRUE(has_name(v, "Baraka Otieno"));
  EXPECT_FALSE(has_name(v, "Coast FM"));
}

TEST(Issue4Victims, AVerbAfterTheGroupKeepsTheGroup) {
  Extraction x = extract_text(
      "Police detained journalists covering the march, and Halima Juma was beaten later.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_FALSE(has_name(v, "Halima Juma"));
}

TEST(Issue4Victims, RelativesAndColleaguesLaterInTheList) {
  Extraction x = extract_text(
      "Armed men abducted the lawyer Selin Arslan and her husband Deniz Kaya, and their "
      "colleagues Mert Yildiz and Ayla Demir from their office.");
  expect_victims(x, "abduction", {"Selin Arslan", "Deniz Kaya", "Mert Yildiz", "Ayla Demir"});
}

TEST(Issue4Victims, ACommaAndBeforeANewClauseStillEndsTheList) {
  Extraction x = extract_text(
      "Soldiers detained Selin Arslan, and police questioned Deniz Kaya the next day.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Selin Arslan"));
  EXPECT_FALSE(has_name(v, "Deniz Kaya"));
  EXPECT_FALSE(has_name(v, "police"));
}

TEST(Issue4Victims, ListWithOriginsAfterEachName) {
  Extraction x = extract_text(
      "The three abducted were named as Pierre Lambert of France, Sofia Mendes of Portugal and "
      "Kofi Asante of Ghana.");
  expect_victims(x, "abduction", {"Pierre Lambert", "Sofia Mendes", "Kofi Asante"});
}

TEST(Issue4Victims, PeopleAfterACopula) {
  Extraction x = extract_text(
      "Among those who have been abducted is nurses union leader Grace Mwale, human rights "
      "defender Peter Zulu and singer Ruth Banda.");
  expect_victims(x, "abduction", {"Grace Mwale", "Peter Zulu", "Ruth Banda"});
}

TEST(Issue4Victims, NoPersonAfterTheCopulaLeavesTheSlotEmpty) {
  Extraction x = extract_text("Those who were detained were released by police on Sunday.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(v.empty());
}

TEST(Issue4Victims, TheSpeakerIsNotTheVictimOfTheReportedArrest) {
  Extraction x = extract_text(
      "Moses Tembo, chairman of the Green Farmers Party, told reporters the party's treasurer "
      "Esther Lungu had been arrested.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Esther Lungu"));
  EXPECT_FALSE(has_name(v, "Moses Tembo"));
}

TEST(Issue4Victims, TheyStandsForThePeopleNamedTogether) {
  Extraction x =
      extract_text("Omar Khalil and Samir Nassar alleged that they were beaten in custody.");
  auto v = first_victims(x, "torture_ill_treatment");
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

TEST(Issue4Victims, SemicolonListWithAppositions) {
  Extraction x = extract_text(
      "Among those arrested on Sunday were Nadia Farouk, 58, a nurse at the clinic; Tarek Aziz, "
      "head of the bakers union; and Leila Haddad, a student.");
  expect_victims(x, "arrest_detention", {"Nadia Farouk", "Tarek Aziz", "Leila Haddad"});
}

TEST(Issue4Victims, ASemicolonBeforeAClauseEndsTheList) {
  Extraction x = extract_text("Soldiers detained Nadia Farouk in Cairo; Tarek Aziz was freed.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Nadia Farouk"));
  EXPECT_FALSE(has_name(v, "Tarek Aziz"));
}

TEST(Issue4Victims, InvertedNounTrigger) {
  Extraction x = extract_text(
      "Still in detention are union organiser Hugo Blanc and teachers Marie Roux and Paul Petit.");
  expect_victims(x, "arrest_detention", {"Hugo Blanc", "Marie Roux", "Paul Petit"});
}

TEST(Issue4Victims, GroupIdentifiedAsNames) {
  Extraction x = extract_text(
      "Police arrested six students who were identified as Hugo Blanc, Marie Roux and Paul "
      "Petit.");
  expect_victims(x, "arrest_detention", {"Hugo Blanc", "Marie Roux", "Paul Petit"});
}

TEST(Issue4Victims, CompanionsTogetherWith) {
  Extraction x = extract_text(
      "Marie Roux was arrested together with journalist Hugo Blanc and lawyer Paul Petit.");
  expect_victims(x, "arrest_detention", {"Marie Roux", "Hugo Blanc", "Paul Petit"});
  Extraction y = extract_text("Police arrested Marie Roux along with the evidence.");
  EXPECT_EQ(first_victims(y, "arrest_detention").size(), 1u);
}

TEST(Issue4Victims, CapitalisedModifierBeforeTheNextName) {
  Extraction x = extract_text(
      "Reporter Amina Diallo, English-language reporter Awa Ndiaye and photographer Moussa Ba "
      "remain in detention.");
  expect_victims(x, "arrest_detention", {"Amina Diallo", "Awa Ndiaye", "Moussa Ba"});
}

TEST(Issue4Victims, AKnownSurnameIsNoTown) {
  Extraction x =
      extract_text("Lucia Ramos leads the tenants group. Ramos was arrested on Monday in Manila.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Lucia Ramos"));
}

TEST(Issue4Victims, AUnionVicePresidentIsNoStateActor) {
  Extraction x =
      extract_text("Mateo Cruz, vice president of the drivers union, was detained in Quito.");
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "state_actor") << e.name;
}

TEST(Issue4Victims, AnActOnANamedPersonIsNotGeneric) {
  Extraction x = extract_text(
      "Critics are routinely detained in the region, and police detained Marie Roux in May.");
  bool named_specific = false;
  for (const Event* ev : events_of(x, "arrest_detention")) {
    if (has_name(names_of(x, ev->victims), "Marie Roux")) named_specific = !ev->generic;
  }
  EXPECT_TRUE(named_specific);
  Extraction y = extract_text("Critics are routinely detained in the region.");
  auto ev = events_of(y, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->generic);
}

TEST(Issue4Victims, TheSubjectAPredicateNounSaysWasArrested) {
  Extraction x = extract_text(
      "Publisher Hana Novak became the first person arrested under the new law on Monday.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Hana Novak"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Hana Novak"));
  Extraction y = extract_text("Hana Novak was among those detained on Sunday.");
  auto ev2 = events_of(y, "arrest_detention");
  ASSERT_FALSE(ev2.empty());
  EXPECT_TRUE(has_name(names_of(y, ev2[0]->victims), "Hana Novak"));
}

// A role noun the reader knows ("activist", "reporters") may be the predicate noun, and a
// time right after the participle ("this year") is no object of it.
TEST(Issue4Victims, TheSubjectIsTheNthRoleNounDetained) {
  for (const char* text : {"Hana Novak is the third exiled activist detained this year.",
                           "Hana Novak is an activist detained this year.",
                           "The fourth reporter arrested this month is Hana Novak."}) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, "arrest_detention");
    ASSERT_FALSE(ev.empty()) << text;
    EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Hana Novak")) << text;
    EXPECT_TRUE(ev[0]->perpetrators.empty()) << text;
  }
  // Not an active verb whose subject is a role with its own object.
  Extraction y = extract_text("The officer who detained Hana Novak this year was promoted.");
  auto ev = events_of(y, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(y, ev[0]->victims), "Hana Novak"));
}

TEST(Issue4Victims, HeInsideAQuotationIsNotItsSpeaker) {
  Extraction x = extract_text(
      "Omar Haddad was arrested in May. Rania Saleh, his lawyer, said: \u201cHe is still "
      "detained without charge.\u201d");
  for (const Event* ev : events_of(x, "arrest_detention")) {
    EXPECT_FALSE(has_name(names_of(x, ev->victims), "Rania Saleh"));
  }
}

TEST(Issue4Victims, TriedToIsAnAttemptNotATrial) {
  Extraction x = extract_text("The judge excluded the evidence that Omar Haddad tried to show.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
}

// A noun trigger takes the subject as its victim only through a verb of undergoing that
// governs it ("faced arrest", "remains in police custody"), not through any "was" in the
// sentence.
TEST(Issue4Victims, UndergoingVerbRightBeforeTheNoun) {
  Extraction x = extract_text("The editor Samir Haddad remains in police custody in Tunis.");
  expect_victims(x, "arrest_detention", {"Samir Haddad"});
  x = extract_text("The poet Lena Sorensen faced arrest after the reading.");
  expect_victims(x, "arrest_detention", {"Lena Sorensen"});
}

TEST(Issue4Victims, ASpeakerTroubledByNewsOfAnArrestIsNoVictim) {
  Extraction x =
      extract_text("The ambassador Tomas Weller said he was alarmed by news of the arrest.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Tomas Weller"));
  x = extract_text(
      "The spokesman Ivo Brandt was busy with interviews during the kidnapping inquiry.");
  EXPECT_FALSE(has_name(first_victims(x, "abduction"), "Ivo Brandt"));
}

// An active verb whose object is a thing ("flattened the village", "prosecuting these files")
// has no person victim further on, and its subject is no victim either.
TEST(Issue4Victims, AThingObjectKeepsLaterNamesOut) {
  Extraction x = extract_text(
      "\"We intend to continue prosecuting these fraud files,\" said Viktor Hale, the county "
      "prosecutor.");
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "Viktor Hale"));
  x = extract_text("Soldiers detained the Malian reporter Oumar Traore on Sunday.");
  expect_victims(x, "arrest_detention", {"Oumar Traore"});
  x = extract_text("Officers confiscated the house and car of the activist Lena Vogt.");
  expect_victims(x, "property_seizure", {"Lena Vogt"});
}

TEST(Issue4PersonContext, AStormsNameIsNoPerson) {
  Extraction x = extract_text("Cyclone Amara flattened fishing villages along the coast in May.");
  for (const auto& e : x.entities) EXPECT_NE(e.name, "Amara") << e.kind;  // no person, no place
  x = extract_text("Police detained Amara Diallo in Conakry.");
  expect_victims(x, "arrest_detention", {"Amara Diallo"});
}

TEST(Issue4Victims, DashListAfterTwoGroupNounsWithSerialComma) {
  Extraction x = extract_text(
      "Two union stewards and local organisers – Amos Kiza, Petro Lemba, and Ida Muna – "
      "were detained after the strike.");
  expect_victims(x, "arrest_detention", {"Amos Kiza", "Petro Lemba", "Ida Muna"});
  // Without a dash or colon, a name after "and" is coordinated, not the group's members.
  x = extract_text("Union members and Amos Kiza were detained at the rally.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Amos Kiza"));
  EXPECT_TRUE(has_name(v, "union members"));
}

TEST(Issue4Victims, CommaListOfNamesBeforeAPluralVerb) {
  Extraction x = extract_text(
      "Lana Haddad, Rami Aziz, Noor Saleh were shot dead near the market last spring.");
  expect_victims(x, "killing", {"Lana Haddad", "Rami Aziz", "Noor Saleh"});
  x = extract_text("Lana Haddad, Rami Aziz said Noor Saleh was killed.");
  EXPECT_FALSE(has_name(first_victims(x, "killing"), "Lana Haddad"));
}

TEST(Issue4Victims, NamesJoinedInsideASemicolonItem) {
  Extraction x = extract_text(
      "Those arrested include the lawyer Tomas Berg; and Ivan Petrov and Maria Lund, both "
      "teachers at the village school.");
  expect_victims(x, "arrest_detention", {"Tomas Berg", "Ivan Petrov", "Maria Lund"});
}

TEST(Issue4PersonContext, AMiddleGivenNameKeepsAPlaceLikeSurname) {
  Extraction x = extract_text("Police arrested the activists Ana Reyes and Paulo Ryan Lima.");
  expect_victims(x, "arrest_detention", {"Paulo Ryan Lima"});
}

// A state actor noun in the victim slot stands for the people apposed to it, and is then no
// perpetrator of the act either.
TEST(Issue4Victims, NamesApposedToAStateActorNoun) {
  Extraction x =
      extract_text("One of the detained legislators, Amara Okafor, was released on Friday.");
  expect_victims(x, "release", {"Amara Okafor"});
  x = extract_text(
      "Two detained legislators, Amara Okafor and Bello Nnaji, were released on Friday.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Bello Nnaji"));
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4Victims, ASpeakerBetweenCommasIsNoApposedVictim) {
  for (const char* text : {"The detained legislators, Amara Okafor said, were released.",
                           "The detained legislators, Amara Okafor told reporters, were freed."}) {
    Extraction x = extract_text(text);
    for (const Event& e : x.events)
      EXPECT_FALSE(has_name(names_of(x, e.victims), "Amara Okafor")) << text;
  }
}

// "X, <an apposition with its own clauses>, has been granted asylum": the verb group after the
// closing comma takes the person the sentence opens with.
TEST(Issue4Victims, SubjectBeforeALongApposition) {
  Extraction x = extract_text(
      "Amara Okafor, a blogger who fled the country after the coup in 2021, has been granted "
      "asylum in Canada.");
  expect_victims(x, "asylum_decision", {"Amara Okafor"});
  x = extract_text("Amara Okafor, a lawyer for the family, said two men were detained.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Amara Okafor"));
}

// "the property belonging to the exiled economist X": the role noun before the name.
TEST(Issue4Victims, OwnerAfterBelongingToARoleNounAndName) {
  Extraction x = extract_text(
      "A court ordered the confiscation of all property belonging to the exiled economist "
      "Amara Okafor on Monday.");
  expect_victims(x, "property_seizure", {"Amara Okafor"});
}

// "the nurses' union leader X": the plural possessor only modifies the person after it.
TEST(Issue4Victims, PluralPossessorBeforeARoleAndName) {
  Extraction x = extract_text("The trial of the nurses' union leader Amara Okafor opened today.");
  expect_victims(x, "prosecution", {"Amara Okafor"});
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "nurses"));
  x = extract_text("Police detained the farmers' union leader Amara Okafor on Monday.");
  expect_victims(x, "arrest_detention", {"Amara Okafor"});
  x = extract_text("The trial of the nurses opened today.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "nurses"));
}

// "rejected his asylum application": the possessive inside the trigger phrase is the victim.
TEST(Issue4Victims, PossessorInsideThePhrase) {
  Extraction x = extract_text(
      "Amara Okafor fled in 2021. Migration officials rejected his asylum application in May.");
  expect_victims(x, "asylum_decision", {"Amara Okafor"});
}

// "a woman detained during protests has told her family": the family is the object of
// "told", not of "detained".
TEST(Issue4Victims, ANewVerbGroupEndsTheObjectSearch) {
  Extraction x = extract_text(
      "A woman detained during protests has told her family that she was beaten. Leila Ahmadi, "
      "27, was arrested on 9 January.");
  for (const Event* e : events_of(x, "arrest_detention")) {
    for (const std::string& v : names_of(x, e->victims)) EXPECT_EQ(v.find("relative"), v.npos);
  }
  x = extract_text("Among those arrested the next day were Amara Okafor and Bello Nnaji.");
  expect_victims(x, "arrest_detention", {"Amara Okafor", "Bello Nnaji"});
}

// "X convicted of beating an inmate" is X's conviction (a reduced passive), not X convicting
// someone; the charge after "of" is no object.
TEST(Issue4Victims, ConvictedOfIsAReducedPassive) {
  Extraction x = extract_text("Former guard Rolf Baker convicted of beating an inmate to death");
  auto pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, pr[0]->victims), "Rolf Baker"));
  EXPECT_FALSE(has_name(names_of(x, pr[0]->perpetrators), "Rolf Baker"));
  x = extract_text("Students Ali Warsame and Hodan Nur arrested for marching in Hargeisa");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ar[0]->victims), "Hodan Nur"));
}

// A title written right before a name is the person's: "President Ana Lima was detained"
// names her, not the presidency.
TEST(Issue4Victims, TitleBeforeTheNameIsThePerson) {
  Extraction x =
      extract_text("Governor Tomas Rell and Ana Lima were arrested by soldiers on Sunday.");
  expect_victims(x, "arrest_detention", {"Tomas Rell", "Ana Lima"});
  auto v = first_victims(x, "arrest_detention");
  EXPECT_FALSE(has_name(v, "president"));
}

// "--" stands for a dash: the names between two of them are the group's; a dateline's "--"
// ends the agency's part ("KABUL, Oct. 2 (Agency) -- Police arrested ...").
TEST(Issue4Victims, DoubleHyphenIsADash) {
  Extraction x = extract_text(
      "Two nurses -- Katya Volk and Dasha Holm -- were arrested at the clinic in Gomel on "
      "Friday.");
  expect_victims(x, "arrest_detention", {"Katya Volk", "Dasha Holm"});
}

// "including X" further on in the clause names some of the group the act was done to.
TEST(Issue4Victims, NamedIncludedLaterInTheClause) {
  Extraction x = extract_text(
      "Forty students were held for a week in March, including Akram Tursun and Zilola "
      "Hamid, and the poet Temur Ergash.");
  expect_victims(x, "arrest_detention", {"Akram Tursun", "Zilola Hamid", "Temur Ergash"});
}

// "including" with no comma before it, right after the act; the list ends where another
// clause opens ("including X and Y prove that the ban is political, Z said").
TEST(Issue4Victims, IncludingWithoutACommaAndWhereTheListEnds) {
  Extraction x = extract_text("Eight nurses stay behind bars in Gomel including Tariq Farooq.");
  expect_victims(x, "arrest_detention", {"Tariq Farooq"});
  x = extract_text(
      "\"Arrests of teachers including Hamid Noor and Abdi Farah prove that the ban is "
      "political,\" Leyla Osman said.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Hamid Noor"));
  EXPECT_FALSE(has_name(v, "Leyla Osman"));
}

// "X has been in prison since May" is a detention of X; "sentenced to ten years in prison" is the
// term of a sentence, told by the prosecution alone.
TEST(Issue4Victims, InPrisonIsADetentionButNotASentencesTerm) {
  Extraction x = extract_text("The poet Jimmy Kwan has been in prison since May.");
  expect_victims(x, "arrest_detention", {"Jimmy Kwan"});
  x = extract_text("A court in Minsk sentenced Ana Lima to ten years in prison on Monday.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  EXPECT_EQ(events_of(x, "prosecution").size(), 1u);
}

// A copula in another clause lists no one: "the arrests came in the spring - that was before
// X took office" names no victim.
TEST(Issue4Victims, CopulaOfAnotherClauseListsNoOne) {
  for (const char* text : {
           "The arrests in the port came in the spring - that was before Ibrahim Sow took "
           "office.",
           "Most arrests in the port were before Ibrahim Sow took office.",
       }) {
    Extraction x = extract_text(text);
    auto k = events_of(x, "arrest_detention");
    ASSERT_EQ(k.size(), 1u) << text;
    EXPECT_TRUE(k[0]->victims.empty()) << text;
  }
}

// "among them X" after a passive verb names one of the many it was done to; a relative clause
// after the name is no part of the list.
TEST(Issue4Victims, NamedAmongThemAfterThePassive) {
  Extraction x = extract_text(
      "At least 37 protesters were detained, among them the union's deputy leader, Mira "
      "Castell, who had spoken to Ana Lima.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Mira Castell"));
  EXPECT_FALSE(has_name(v, "Ana Lima"));
}

}  // namespace
}  // namespace casebook::testing
