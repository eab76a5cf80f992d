// People, organisations, state actors, groups and places found in sentences written for
// these tests, across the cultures casebook meets; acronyms; coreference; relatives.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(People, NamesAcrossCultures) {
  struct Case {
    const char* text;
    const char* name;
  };
  const Case cases[] = {
      {"Police in the capital detained Rustam Nazarov on Friday.", "Rustam Nazarov"},
      {"Officers questioned Gulnora Rahimova for six hours.", "Gulnora Rahimova"},
      {"The court heard the case of Bakhtiyor Karimzoda last week.", "Bakhtiyor Karimzoda"},
      {"Activists demanded the release of Aibek Nurlanuly.", "Aibek Nurlanuly"},
      {"Security agents arrested Ahmed bin Salem at his home.", "Ahmed bin Salem"},
      {"The lawyer Reza Ahmadi was summoned again.", "Reza Ahmadi"},
      {"Journalist Li Wenjun was taken away by plainclothes officers.", "Li Wenjun"},
      {"Human rights defender Chinedu Okafor was attacked outside his office.", "Chinedu Okafor"},
      {"Masked men abducted Maria Fernanda Gomez on her way to work.", "Maria Fernanda Gomez"},
      {"The blogger Mehmet Yilmaz was charged with insulting officials.", "Mehmet Yilmaz"},
      {"Soldiers beat the farmer Priya Sharma during the raid.", "Priya Sharma"},
      {"Colleagues said Anna Kowalska-Nowak left the country in March.", "Anna Kowalska-Nowak"},
  };
  for (const Case& c : cases) {
    Extraction x = extract_text(c.text);
    EXPECT_NE(entity_named(x, c.name, "person"), nullptr) << c.text;
  }
}

TEST(People, ListsOfNamesAfterAKnownName) {
  // "Odile" and "Quispe" are in no lexicon: their place in the list makes them people.
  Extraction x = extract_text(
      "Police arrested Ana Lima, Odile Ferrand-Maas and Tupac Quispe "
      "on Sunday, and Quechua activists protested.");
  EXPECT_NE(entity_named(x, "Odile Ferrand-Maas", "person"), nullptr);
  EXPECT_NE(entity_named(x, "Tupac Quispe", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Quechua", "person"), nullptr);
}

TEST(People, NameAfterARoleAndAComma) {
  Extraction x = extract_text(
      "Police beat a community radio reporter, Odile Ferrand, outside "
      "the court.");
  EXPECT_NE(entity_named(x, "Odile Ferrand", "person"), nullptr);
}

TEST(People, SurnameAloneJoinsTheFullName) {
  Extraction x = extract_text(
      "Rustam Nazarov, a blogger, was detained on Monday. Nazarov had criticised the mayor.");
  const Entity* p = entity_named(x, "Rustam Nazarov", "person");
  ASSERT_NE(p, nullptr);
  // "Rustam Nazarov", "a blogger" (the descriptor in apposition) and "Nazarov".
  EXPECT_EQ(p->mentions.size(), 3u);
  int persons = 0;
  for (const Entity& e : x.entities) persons += e.kind == "person" && e.named;
  EXPECT_EQ(persons, 1);
}

TEST(People, AgeGroupFromAStatedAge) {
  Extraction x = extract_text(
      "Police detained Rui Costa, 15, and Ana Lima, 34, after the "
      "protest. The 16-year-old Marta Sousa was released.");
  ASSERT_NE(entity_named(x, "Rui Costa", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Rui Costa", "person")->age_group, "child");
  EXPECT_EQ(entity_named(x, "Ana Lima", "person")->age_group, "adult");
  ASSERT_NE(entity_named(x, "Marta Sousa", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Marta Sousa", "person")->age_group, "child");
}

TEST(People, NoAgeGroupWithoutEvidence) {
  Extraction x = extract_text("Police detained Rui Costa on 15 May.");
  ASSERT_NE(entity_named(x, "Rui Costa", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Rui Costa", "person")->age_group, "");
}

TEST(Robustness, PathologicalTextStaysFast) {
  // Long runs of pronouns, of one surname, and of capitalised words: no quadratic loops. The
  // test checks the result, not the time; a regression shows up as a test timeout.
  std::string pronouns = "Ana Lima said";
  for (int i = 0; i < 20000; ++i) pronouns += " he";
  std::string surnames;
  for (int i = 0; i < 20000; ++i) surnames += "Lima ";
  surnames += "Ana Lima.";
  Extraction a = extract_text(pronouns + ".");
  Extraction b = extract_text(surnames);
  EXPECT_NE(entity_named(a, "Ana Lima", "person"), nullptr);
  EXPECT_FALSE(b.entities.empty());
}

TEST(People, CapitalisedCommonWordsAreNotPeople) {
  Extraction x = extract_text(
      "The Ministry said on Monday that Police would act. According to "
      "Reuters, Parliament met in the afternoon.");
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "person") << e.name;
}

TEST(People, RoleAndSexAttributes) {
  Extraction x = extract_text("Journalist Farida Usmonova was detained. She was released later.");
  const Entity* p = entity_named(x, "Farida Usmonova", "person");
  ASSERT_NE(p, nullptr);
  ASSERT_FALSE(p->roles.empty());
  EXPECT_EQ(p->roles[0], "journalist");
  EXPECT_EQ(p->sex, "female");
}

TEST(Organizations, AcronymDefinitionBecomesAlias) {
  Extraction x = extract_text(
      "The Democratic Workers Party (DWP) said its offices were searched. DWP members protested.");
  const Entity* o = entity_named(x, "Democratic Workers Party", "organization");
  ASSERT_NE(o, nullptr);
  EXPECT_NE(std::find(o->aliases.begin(), o->aliases.end(), "DWP"), o->aliases.end());
  EXPECT_EQ(o->mentions.size(), 3u);
}

TEST(Organizations, HeadWordsAndInternationalBodies) {
  Extraction x = extract_text(
      "Human Rights Watch and Amnesty International urged the Office for Democratic Institutions "
      "and Human Rights to act.");
  EXPECT_NE(entity_named(x, "Human Rights Watch", "organization"), nullptr);
  EXPECT_NE(entity_named(x, "Amnesty International", "organization"), nullptr);
  EXPECT_NE(entity_named(x, "Office for Democratic Institutions and Human Rights", "organization"),
            nullptr);
}

TEST(StateActors, CountryFromDemonymAndCategory) {
  Extraction x = extract_text(
      "Uzbek police detained two activists, and Uzbek officials declined "
      "to comment.");
  bool police = false, officials = false;
  for (const Entity& e : x.entities) {
    if (e.kind != "state_actor") continue;
    if (e.name == "Uzbek police") {
      police = true;
      EXPECT_EQ(e.country, "UZ");
      EXPECT_EQ(e.category, "state_security");
    }
    if (e.name == "Uzbek officials") {
      officials = true;
      EXPECT_EQ(e.country, "UZ");
      EXPECT_EQ(e.category, "state_other");
    }
  }
  EXPECT_TRUE(police);
  EXPECT_TRUE(officials);
}

TEST(StateActors, CountryFromCapital) {
  Extraction x = extract_text("The government in Tashkent denied the reports.");
  bool found = false;
  for (const Entity& e : x.entities) {
    if (e.kind == "state_actor") {
      found = true;
      EXPECT_EQ(e.country, "UZ");
    }
  }
  EXPECT_TRUE(found);
}

TEST(Places, CountriesCitiesAndXBased) {
  Extraction x = extract_text(
      "The Vienna-based group said two reporters were held in Almaty, "
      "Kazakhstan.");
  EXPECT_NE(entity_named(x, "Vienna", "place"), nullptr);
  const Entity* almaty = entity_named(x, "Almaty", "place");
  ASSERT_NE(almaty, nullptr);
  EXPECT_EQ(almaty->country, "KZ");
  EXPECT_NE(entity_named(x, "Kazakhstan", "place"), nullptr);
}

TEST(Places, DatelineIsNotWhereItHappened) {
  Extraction x = extract_text(
      "(Vienna) \xE2\x80\x93 Belarusian police detained two journalists in "
      "Minsk on Monday.\n\nOSLO, Norway \xE2\x80\x94 The group said more.");
  EXPECT_EQ(entity_named(x, "Vienna", "place"), nullptr);
  EXPECT_EQ(entity_named(x, "Oslo", "place"), nullptr);
  EXPECT_NE(entity_named(x, "Minsk", "place"), nullptr);
  EXPECT_EQ(x.summary.country, "BY");
}

TEST(Places, InTheVillageOf) {
  Extraction x = extract_text("Soldiers burned homes in the village of Vanj and beat two farmers.");
  const Entity* v = entity_named(x, "Vanj", "place");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->country, "TJ");
}

TEST(Places, PlaceNamesThatStartWithAGivenName) {
  Extraction x = extract_text("Police in Hong Kong arrested the publisher on Thursday.");
  EXPECT_EQ(entity_named(x, "Hong Kong", "person"), nullptr);
  EXPECT_NE(entity_named(x, "Hong Kong", "place"), nullptr);
}

TEST(Places, GeorgiaIsResolvedByTheOtherPlaces) {
  Extraction caucasus = extract_text(
      "Protesters gathered in Tbilisi. Police in Georgia detained "
      "twelve of them.");
  const Entity* g1 = entity_named(caucasus, "Georgia", "place");
  ASSERT_NE(g1, nullptr);
  EXPECT_EQ(g1->country, "GE");
  Extraction us = extract_text(
      "The activist moved from Atlanta to Texas. Police in Georgia "
      "later detained him.");
  const Entity* g2 = entity_named(us, "Georgia", "place");
  ASSERT_NE(g2, nullptr);
  EXPECT_EQ(g2->country, "US");
}

TEST(Relatives, PossessiveAndOfPhrasesMakeUnnamedRelatives) {
  Extraction x = extract_text(
      "Rustam Nazarov lives in exile. Nazarov's father was detained, and "
      "the wife of Rustam Nazarov was questioned.");
  const Entity* father = entity_named(x, "father of Rustam Nazarov", "person");
  ASSERT_NE(father, nullptr);
  EXPECT_FALSE(father->named);
  EXPECT_NE(entity_named(x, "spouse of Rustam Nazarov", "person"), nullptr);
  bool relation = false;
  for (const Relation& r : x.relations) {
    relation = relation || (r.kind == "father" && r.from == father->id);
  }
  EXPECT_TRUE(relation);
}

TEST(Relatives, NamedRelativeInApposition) {
  Extraction x = extract_text(
      "Daler Rahimov said: \"My brother, Farhod Rahimov, was taken from his home at night.\"");
  const Entity* farhod = entity_named(x, "Farhod Rahimov", "person");
  const Entity* daler = entity_named(x, "Daler Rahimov", "person");
  ASSERT_NE(farhod, nullptr);
  ASSERT_NE(daler, nullptr);
  bool relation = false;
  for (const Relation& r : x.relations) {
    relation = relation || (r.kind == "brother" && r.from == farhod->id && r.to == daler->id);
  }
  EXPECT_TRUE(relation);
}

TEST(People, DescriptorsJoinTheNamedPerson) {
  // The lede describes, the next sentence names: the victim is the named person.
  Extraction x = extract_text(
      "An opposition activist was stabbed outside his home on Friday. "
      "The activist, Kamran Aliyev, is recovering in hospital.");
  const Entity* p = entity_named(x, "Kamran Aliyev", "person");
  ASSERT_NE(p, nullptr);
  auto ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Kamran Aliyev"));
}

TEST(People, CopulaGivesTheRole) {
  Extraction x = extract_text("Rustam Nazarov is an exiled blogger. His father was detained.");
  const Entity* p = entity_named(x, "Rustam Nazarov", "person");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(entity_named(x, "father of Rustam Nazarov", "person"), nullptr);
}

TEST(People, DescriptorWithoutANameStaysUnnamed) {
  Extraction x = extract_text("A lawyer was beaten by unknown men in the capital.");
  bool unnamed = false;
  for (const Entity& e : x.entities) unnamed = unnamed || (e.kind == "person" && !e.named);
  EXPECT_TRUE(unnamed);
  EXPECT_TRUE(x.summary.victims.empty());
}

TEST(Relatives, UnnamedRelativeJoinsTheOneNamedLater) {
  Extraction x = extract_text(
      "Police detained the brother of an exiled journalist on Monday. Rustam Nazarov, a "
      "journalist who lives in Berlin, said his brother, Farhod Nazarov, was taken into "
      "custody. \"They came at night,\" Nazarov said.");
  const Entity* farhod = entity_named(x, "Farhod Nazarov", "person");
  ASSERT_NE(farhod, nullptr);
  EXPECT_EQ(entity_named(x, "brother of Rustam Nazarov", "person"), nullptr);
  auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Farhod Nazarov"));
  // The speaker is the one who spoke before, not the brother.
  ASSERT_FALSE(x.quotes.empty());
  const Entity* speaker = entity_by_id(x, x.quotes[0].speaker);
  ASSERT_NE(speaker, nullptr);
  EXPECT_EQ(speaker->name, "Rustam Nazarov");
}

TEST(Affiliations, RoleDescriptionStandsForTheHolder) {
  Extraction x = extract_text(
      "Davron Aliev, the leader of the Democratic Workers Party, spoke in Vienna. Two days "
      "later the Democratic Workers Party leader was detained at the airport.");
  const Entity* davron = entity_named(x, "Davron Aliev", "person");
  ASSERT_NE(davron, nullptr);
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Davron Aliev"));
}

TEST(Relatives, FatherPriestIsNotKinship) {
  Extraction x = extract_text("Father Tomas Novak led the prayers outside the court.");
  EXPECT_TRUE(x.relations.empty());
}

TEST(Affiliations, LeaderAndMember) {
  Extraction x = extract_text(
      "Lola Karimova, the deputy leader of the Democratic Workers Party, was arrested. The "
      "party's leader, Davron Aliev, condemned the arrest.");
  const Entity* lola = entity_named(x, "Lola Karimova", "person");
  ASSERT_NE(lola, nullptr);
  bool deputy = false;
  for (const Relation& r : x.relations)
    deputy = deputy || (r.kind == "deputy_leader" && r.from == lola->id);
  EXPECT_TRUE(deputy);
}

bool has_person(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities) {
    if (e.kind == "person" && e.name == name) return true;
  }
  return false;
}

// Names no given-name list holds, recognised by the words around them.
TEST(Issue4PersonContext, AppositionWithModifiersBeforeThePersonNoun) {
  EXPECT_TRUE(has_person(extract_text("Ngozi Adeyemo, a political activist and party member, "
                                      "was reported missing."),
                         "Ngozi Adeyemo"));
  EXPECT_TRUE(has_person(extract_text("Kagiso Ndereyi, the party's national coordinator, was "
                                      "stabbed."),
                         "Kagiso Ndereyi"));
  EXPECT_TRUE(has_person(extract_text("Tavita Ruzinda, a 32-year-old man, was arrested."),
                         "Tavita Ruzinda"));
}

TEST(Issue4PersonContext, AgeBeforeASemicolonAndOneBeforeAName) {
  EXPECT_TRUE(has_person(extract_text("The students are Uche Kanwazi, 19; and Eze Umenuko, 23, "
                                      "from the college."),
                         "Uche Kanwazi"));
  EXPECT_TRUE(has_person(extract_text("Soldiers arrested one Chiwete Okafor at the market."),
                         "Chiwete Okafor"));
}

TEST(Issue4PersonContext, ATownNameOpeningAPersonsName) {
  Extraction x = extract_text("The students are Enugu Kanwazi, 19, and Eze Umenuko, 23.");
  EXPECT_TRUE(has_person(x, "Enugu Kanwazi"));
  Extraction y = extract_text("Police detained students in Enugu on Monday.");
  EXPECT_FALSE(has_person(y, "Enugu"));
}

TEST(Issue4PersonContext, AppositionWithoutAPersonNounIsNoPerson) {
  Extraction x = extract_text("Kuwenda Heights, a quiet district, was raided by police.");
  EXPECT_FALSE(has_person(x, "Kuwenda Heights"));
}

const Entity* place_named(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities) {
    if (e.kind == "place" && e.name == name) return &e;
  }
  return nullptr;
}

TEST(Issue4Places, ANigerianStateIsNoCountry) {
  Extraction x = extract_text("Gunmen abducted five pupils in Niger State on Monday.");
  for (const Entity& e : x.entities) EXPECT_NE(e.country, "NE") << e.name;
  EXPECT_EQ(x.summary.country, "NG");
}

// No entity of the text lies in `not_country`, and the summary's country is `country`.
void expect_country_not(const char* text, const std::string& not_country,
                        const std::string& country) {
  Extraction x = extract_text(text);
  for (const Entity& e : x.entities) EXPECT_NE(e.country, not_country) << e.name;
  EXPECT_EQ(x.summary.country, country) << text;
}

// The state written with a lower-case "state": "the Niger state police".
TEST(Issue4Places, ANigerianStateWithALowerCaseStateIsNoCountry) {
  expect_country_not("Two herders were detained by the Niger state police in Minna on Monday.",
                     "NE", "NG");
}

// A country's name gives way to a region of another country ("Georgia" beside Atlanta), not
// to a town named after it: Mexico, Missouri, in a story about a Texas court.
TEST(Issue4Places, ACountryIsNoTownOfItsName) {
  Extraction x =
      extract_text("A Texas judge ruled on Friday that the family may be sent back to Mexico.");
  const Entity* mexico = entity_named(x, "Mexico", "place");
  ASSERT_NE(mexico, nullptr);
  EXPECT_EQ(mexico->country, "MX");
  EXPECT_EQ(mexico->place_type, "country");
}

// "a hospital spokeswoman, Ngozika Ebere, told reporters": any singular noun for a person,
// then a comma, makes the two words after it a full name; the verb after the name's comma
// opens no apposition, so "reporters" gives her no role. "X, acting editor of the paper," is one.
TEST(Issue4People, FullNameAfterAPersonNounAndAComma) {
  Extraction x = extract_text(
      "A hospital spokeswoman, Ngozika Ebere, told reporters that four nurses were taken.");
  const Entity* garba = entity_named(x, "Ngozika Ebere", "person");
  ASSERT_NE(garba, nullptr);
  EXPECT_TRUE(garba->roles.empty());
  x = extract_text("Ravi Mehta, acting editor of the paper, said the trial would open in May.");
  const Entity* mehta = entity_named(x, "Ravi Mehta", "person");
  ASSERT_NE(mehta, nullptr);
  EXPECT_FALSE(mehta->roles.empty());
}

// "Tunde Okoro, 45, a trader": the role in apposition after the age.
TEST(Issue4People, RoleAfterTheAge) {
  Extraction x = extract_text("Tunde Okoro, 45, a trader, was abducted near Zuru on Saturday.");
  const Entity* okoro = entity_named(x, "Tunde Okoro", "person");
  ASSERT_NE(okoro, nullptr);
  EXPECT_EQ(okoro->roles, std::vector<std::string>{"businessperson"});
}

// Burmese names are syllables with no family name; the common ones are given names.
TEST(Issue4People, BurmeseNames) {
  Extraction x =
      extract_text("Soldiers detained Thida Nwe and Kyaw Zaw Lin in Mandalay on Sunday.");
  EXPECT_NE(entity_named(x, "Thida Nwe", "person"), nullptr);
  EXPECT_NE(entity_named(x, "Kyaw Zaw Lin", "person"), nullptr);
}

// A capitalised street word after a name makes a street: "Albert St.", "Nelson Avenue".
TEST(Issue4Places, AStreetIsNoPerson) {
  Extraction x = extract_text(
      "Police found a body on Albert St. in Leeds. A rally was held on Nelson Avenue.");
  for (const Entity& e : x.entities) {
    EXPECT_FALSE(e.kind == "person" && e.named) << e.name;
  }
}

// A persecuted movement is no town: "Falun Gong" is not Falun in Sweden.
TEST(Issue4Places, AMovementIsNoTown) {
  expect_country_not(
      "Police in Harbin detained a lawyer who had defended a Falun Gong practitioner.", "SE", "CN");
}

TEST(Issue4Places, AnAmbiguousNameDoesNotVoteForItself) {
  Extraction x = extract_text(
      "Gunmen stormed a school in Kagara, Niger. Officials in Niger said pupils were taken. "
      "Police in Niger and Abuja said troops were searching the forest near Kagara.");
  for (const Entity& e : x.entities) {
    if (e.kind == "place" && e.name == "Niger") EXPECT_EQ(e.country, "NG");
  }
}

TEST(Issue4Places, AGulfIsNoCountry) {
  Extraction x = extract_text("Pirates attacked a tanker in the Gulf of Guinea last week.");
  const Entity* guinea = place_named(x, "Guinea");
  EXPECT_EQ(guinea, nullptr);
}

TEST(Issue4Places, ATitleBeforeATownsNameMakesAPerson) {
  Extraction x = extract_text("Soldiers detained president Keita and his prime minister.");
  EXPECT_EQ(place_named(x, "Keïta"), nullptr);
  EXPECT_EQ(place_named(x, "Keita"), nullptr);
}

TEST(Issue4Places, AGivenNameAfterInIsTheCity) {
  Extraction x = extract_text("Police broke up the march in Florence and detained two students.");
  const Entity* florence = place_named(x, "Florence");
  ASSERT_NE(florence, nullptr);
  EXPECT_EQ(florence->country, "IT");
  EXPECT_EQ(entity_named(x, "Florence", "person"), nullptr);
}

TEST(Issue4Places, AGivenNameAfterFromOrBeforeASurnameStaysAPerson) {
  Extraction x = extract_text(
      "Officers seized a letter from Florence on Monday. "
      "Police detained Florence Kamau in Nakuru.");
  EXPECT_EQ(place_named(x, "Florence"), nullptr);
  EXPECT_NE(entity_named(x, "Florence Kamau", "person"), nullptr);
}

TEST(Issue4Places, ALowerCaseParticleInsideACityName) {
  Extraction x = extract_text("Police detained the cartoonist in Dar es Salaam on Friday.");
  const Entity* dar = place_named(x, "Dar es Salaam");
  ASSERT_NE(dar, nullptr);
  EXPECT_EQ(dar->country, "TZ");
}

TEST(Issue4Places, TheFirstPartOfADoubleSurnameIsNoTown) {
  Extraction x = extract_text(
      "The farmer Juan López Mejía was threatened in March. López had opposed the new mine.");
  EXPECT_EQ(place_named(x, "López"), nullptr);
  const Entity* p = entity_named(x, "Juan López Mejía", "person");
  ASSERT_NE(p, nullptr);
  bool alone = false;
  for (const Span& m : p->mentions) alone = alone || m.text == "López";
  EXPECT_TRUE(alone);
}

TEST(Issue4Places, HongKongIsARegionOfChinaInTheSummary) {
  Extraction x = extract_text("Police in Hong Kong arrested the publisher Wong Ka-ming on Monday.");
  EXPECT_EQ(x.summary.country, "CN");
  EXPECT_EQ(x.summary.region, "Hong Kong");
}

// The news lede's "a <role>" is the person the next sentence opens with.
TEST(Issue4LedeDescriptor, NamedAtTheStartOfTheNextSentence) {
  Extraction x = extract_text(
      "Masked men attacked a trade union organiser outside his office on Monday. Joseph Banda, 45, "
      "was taken to hospital with a broken arm.");
  auto ev = events_of(x, "assault");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Joseph Banda"));
}

TEST(Issue4LedeDescriptor, CapitalisedModifierAndATwoWordRole) {
  Extraction x = extract_text(
      "Police deported an Eritrean asylum seeker to Asmara on Tuesday. Filmon Tesfay, 24, had "
      "been held in Aswan since May.");
  auto ev = events_of(x, "deportation_extradition");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Filmon Tesfay"));
}

// "a migrant rights group" is an organisation, not a second unnamed person in the lede.
TEST(Issue4LedeDescriptor, RoleBeforeRightsGroupIsAModifier) {
  Extraction x = extract_text(
      "Police deported a Sudanese student to Khartoum on Monday, a migrant rights group said. "
      "Omar Haroun, 22, had lived in the city for six years.");
  auto ev = events_of(x, "deportation_extradition");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Omar Haroun"));
}

TEST(Issue4LedeDescriptor, RoleBeforeRightsAloneStaysAPerson) {
  Extraction x = extract_text("A migrant said his rights were ignored when police detained him.");
  bool person = false;
  for (const Entity& e : x.entities) person = person || (e.kind == "person" && e.name == "migrant");
  EXPECT_TRUE(person);
}

// "a 30-year-old man" is one unnamed person, and the lede's man is the person named next.
TEST(Issue4LedeDescriptor, APlainPersonNounNamedNext) {
  Extraction x = extract_text(
      "Police shot dead a 30-year-old man in Lagos on Monday. Musa Bello had been driving home "
      "from work.");
  auto ev = events_of(x, "killing");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Musa Bello"));
}

TEST(Issue4LedeDescriptor, APlainPersonNounInApposition) {
  Extraction x = extract_text("Police arrested Musa Bello, a Nigerian man, in Accra on Monday.");
  int people = 0;
  for (const Entity& e : x.entities) people += e.kind == "person";
  EXPECT_EQ(people, 1);
  x = extract_text("Police arrested a man in Accra on Monday.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "man"));
}

// "a refugee charity" is an organisation: no unnamed refugee for "his" to find.
TEST(Issue4LedeDescriptor, RoleBeforeAnOrganisationWordIsAModifier) {
  Extraction x = extract_text(
      "Ahmed Musa has waited three years for a decision on his asylum claim, a refugee charity "
      "said.");
  auto ev = events_of(x, "asylum_decision");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Ahmed Musa"));
  for (const Entity& e : x.entities) EXPECT_NE(e.name, "refugee");
}

// A status ("a former detainee") goes with any occupation; another occupation is another person.
TEST(Issue4LedeDescriptor, AStatusGoesWithAnOccupation) {
  Extraction x = extract_text(
      "A former detainee says he was tortured in a police station in Lagos. Amara Okafor, a "
      "30-year-old teacher, told reporters he was held for a week.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Amara Okafor"));
  x = extract_text(
      "A lawyer was detained in Lagos on Monday. Amara Okafor, a journalist, said the arrest was "
      "unlawful.");
  auto det = events_of(x, "arrest_detention");
  ASSERT_FALSE(det.empty());
  EXPECT_FALSE(has_name(names_of(x, det[0]->victims), "Amara Okafor"));
}

// A role phrase may open with a group noun: "a community leader" is one person.
TEST(Issue4LedeDescriptor, ARolePhraseOpeningWithAGroupNoun) {
  Extraction x = extract_text(
      "Gunmen abducted a community leader in Cauca on 2 May. Amara Okafor, 52, was taken from "
      "a meeting.");
  auto ev = events_of(x, "abduction");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Amara Okafor"));
  x = extract_text("Community members said the activists were abducted.");
  bool group = false;
  for (const Entity& e : x.entities) group = group || (e.kind == "group" && e.name == "community members");
  EXPECT_TRUE(group);
}

// "X, the 64-year-old mother of journalist Y": X is the mother (modifiers before the kinship
// noun), and the role after "of" is Y's, not X's.
TEST(Issue4Relatives, NamedRelativeWithModifiersAndTheAnchorsRole) {
  Extraction x = extract_text(
      "Police detained Mina Karimi, the 64-year-old mother of journalist Dara Karimi, on Monday.");
  int people = 0;
  for (const Entity& e : x.entities) {
    if (e.kind != "person") continue;
    ++people;
    if (e.name == "Mina Karimi") EXPECT_TRUE(e.roles.empty());
  }
  EXPECT_EQ(people, 2);
  bool mother = false;
  for (const Relation& r : x.relations) mother = mother || r.kind == "mother";
  EXPECT_TRUE(mother);
}

// "her family" is several people: a group, which "she" cannot stand for.
TEST(Issue4Relatives, AFamilyIsAGroup) {
  Extraction x = extract_text(
      "Police summoned Leila Ahmadi and her family on Monday. She was questioned for hours.");
  const Entity* family = nullptr;
  for (const Entity& e : x.entities) {
    if (e.name.rfind("family", 0) == 0) family = &e;
  }
  ASSERT_NE(family, nullptr);
  EXPECT_EQ(family->kind, "group");
  auto ev = events_of(x, "interrogation");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev.back()->victims), "Leila Ahmadi"));
}

TEST(Issue4LedeDescriptor, TheSameRoleAgainInTheLede) {
  // "the blogger said" is the blogger of the lede again, not a second unnamed person.
  Extraction x = extract_text(
      "Police detained the brother of an exiled blogger on Thursday, the blogger said. "
      "Farrukh Sharipov said his brother Jamshed Sharipov had been questioned for hours.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Jamshed Sharipov"});
}

TEST(Issue4LedeDescriptor, NotWhenTheNameDoesNotOpenTheSentence) {
  Extraction x = extract_text(
      "Police detained a lawyer in the capital on Monday. Police spokesman Joseph Banda said "
      "the arrest followed a court order.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Joseph Banda"));
}

TEST(Issue4LedeDescriptor, NotANameSeenBefore) {
  Extraction x = extract_text(
      "Joseph Banda runs the clinic. Masked men attacked a nurse outside the clinic on Monday. "
      "Joseph Banda said the attackers fled.");
  auto ev = events_of(x, "assault");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Joseph Banda"));
}

// "her" finds the activist of its own sentence before a woman named in the sentence before.
TEST(Issue4Pronouns, NearestPersonInTheSameSentenceFirst) {
  Extraction x = extract_text(
      "The lawyer Maria Santos spoke to reporters on Monday. A young student activist was last "
      "heard of before her detention in May.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Maria Santos"));
  // With no person earlier in its sentence, "her" still reaches back to the named woman.
  Extraction y = extract_text(
      "The lawyer Maria Santos spoke to reporters on Monday. Since her detention in May she has "
      "written no letters.");
  auto ev2 = events_of(y, "arrest_detention");
  ASSERT_FALSE(ev2.empty());
  EXPECT_TRUE(has_name(names_of(y, ev2[0]->victims), "Maria Santos"));
}

TEST(Issue4Relatives, NameBeforeTheRelativeApposition) {
  Extraction x = extract_text(
      "Police summoned Karim Sadri, the father of the exiled blogger Omid Sadri, and warned "
      "him.");
  bool linked = false;
  for (const Relation& r : x.relations) {
    const Entity* from = entity_by_id(x, r.from);
    const Entity* to = entity_by_id(x, r.to);
    linked = linked || (r.kind == "father" && from && to && from->name == "Karim Sadri" &&
                        to->name == "Omid Sadri");
  }
  EXPECT_TRUE(linked);
  for (const Entity& e : x.entities) EXPECT_NE(e.name, "father of Omid Sadri");
}

TEST(Issue4PersonContext, TheWordsOfALawsTitleAreNoPerson) {
  Extraction x = extract_text("Ana Lima is charged under the Official Secrets Act, lawyers said.");
  for (const Entity& e : x.entities) {
    if (e.kind == "person") EXPECT_EQ(e.name, "Ana Lima");
  }
}

// The next sentence's first named person, as the owner of a home, is the lede's subject.
TEST(Issue4LedeDescriptor, NamedNextAsThePossessorOfAHome) {
  Extraction x = extract_text(
      "A land rights defender in northern Guatemala has received death threats, a local "
      "committee said. Armed men painted a warning on the wall of Tomas Quel's house in Coban "
      "on May 3.");
  auto ev = events_of(x, "threat_intimidation");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Tomas Quel"));
}

// A name standing alone in the next sentence may be anyone's: the lede's subject stays unnamed.
TEST(Issue4LedeDescriptor, NotANameThatIsNoPossessor) {
  Extraction x = extract_text(
      "A land rights defender in northern Guatemala has received death threats, a local "
      "committee said. Police spokesman Tomas Quel said the case was under investigation.");
  auto ev = events_of(x, "threat_intimidation");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Tomas Quel"));
}

}  // namespace
}  // namespace casebook::testing
