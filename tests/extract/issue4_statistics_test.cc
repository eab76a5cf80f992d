// Counts of people an act befell ("detained more than 4,300 people"), and the numbers that
// are not counts: ages, durations, days of the month, counts of another act; protests that
// only say where an act happened. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

const Statistic* statistic_of(const Extraction& x, const std::string& measure) {
  for (const Statistic& s : x.statistics)
    if (s.measure == measure) return &s;
  return nullptr;
}

TEST(Issue4Statistics, ACountRightAfterTheAct) {
  Extraction x =
      extract_text("Police detained more than 2,100 people at rallies in 30 towns on Saturday.");
  const Statistic* s = statistic_of(x, "detained");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->quantity, 2100);
  EXPECT_TRUE(s->approximate);
  EXPECT_EQ(s->population, "people");
  // The towns count no rallies, and the people belong to the detentions.
  EXPECT_EQ(statistic_of(x, "protest"), nullptr);
}

TEST(Issue4Statistics, ThePopulationEndsAtATimeOrAPhrase) {
  Extraction x = extract_text(
      "Police detained at least 51 people overnight as riot police cleared the square.");
  const Statistic* s = statistic_of(x, "detained");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->population, "people");
  // "riot police" is a unit, not a riot.
  EXPECT_TRUE(events_of(x, "protest").empty());
  Extraction y =
      extract_text("Three reporters from the weekly Delo were injured by rubber bullets.");
  const Statistic* t = statistic_of(y, "assault");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->population, "reporters");
}

TEST(Issue4Statistics, ACountBeforeTheActStaysItsOwn) {
  Extraction x = extract_text("Some 80 students were detained after the march in Osh.");
  const Statistic* s = statistic_of(x, "detained");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->quantity, 80);
}

TEST(Issue4Statistics, AnAgeADurationAndADayAreNoCounts) {
  Extraction x = extract_text(
      "Among those detained was the poet Olga Vetrova, 71, who was released hours later. "
      "Her son was held for ten days. On July 9 the court fined her.");
  for (const Statistic& s : x.statistics) {
    EXPECT_NE(s.quantity, 71) << s.measure;
    EXPECT_NE(s.quantity, 10) << s.measure;
    EXPECT_NE(s.quantity, 9) << s.measure;
  }
}

TEST(Issue4Beatings, AQuantifiedObjectMakesBeatAVerb) {
  Extraction x = extract_text("Soldiers beat several students with sticks outside the school.");
  EXPECT_EQ(events_of(x, "assault").size(), 1u);
}

TEST(Issue4Beatings, APoliceBeatIsNoBeating) {
  Extraction x = extract_text("The officer walked the same police beat for twenty years.");
  EXPECT_TRUE(events_of(x, "assault").empty());
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
}

TEST(Issue4Protests, AProtestWhereTheArrestsHappenedHasNoActorFromThePolice) {
  Extraction x = extract_text("Police detained 300 people at anti-war protests in Tver.");
  auto ev = events_of(x, "protest");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  EXPECT_TRUE(ev[0]->victims.empty());
}

TEST(Issue4Protests, AGerundAfterAfterKeepsItsSubject) {
  Extraction x =
      extract_text("After protesting outside the ministry, the miners' union was banned.");
  EXPECT_FALSE(events_of(x, "protest").empty());
}

TEST(Issue4Relatives, WhoAfterAnAgeIsTheNamedPerson) {
  Extraction x = extract_text(
      "Among those detained was the poet Olga Vetrova, 71, who was released hours later.");
  auto ev = events_of(x, "release");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Olga Vetrova"});
}

TEST(Issue4Statistics, ThingsCountedAreNoPeople) {
  Extraction x = extract_text(
      "Police seized two laptops and a camera, and later detained 14 students at the campus.");
  for (const Statistic& s : x.statistics) EXPECT_NE(s.quantity, 2) << s.measure;
  const Statistic* s = statistic_of(x, "detained");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->quantity, 14);
}

TEST(Issue4Statistics, APossessiveSetAndANameNumberAreNoCounts) {
  Extraction x = extract_text(
      "His wife, who lives abroad with their four children, has not spoken to him since his "
      "deportation. He belongs to Charter 91, a movement the court banned.");
  for (const Statistic& s : x.statistics) {
    EXPECT_NE(s.quantity, 4) << s.measure;
    EXPECT_NE(s.quantity, 91) << s.measure;
  }
}

TEST(Issue4Statistics, ACountOfPeopleWithAnAdjectiveStays) {
  Extraction x = extract_text("Officials said 120 political prisoners were released on Monday.");
  const Statistic* s = statistic_of(x, "release");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->quantity, 120);
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// A count written in words after the act ("detained at least four relatives"), the people
// after "of" in "hundreds of activists", and no count from a date line's day ("LONDON,
// 5 November 2025 —").
TEST(Issue4Statistics, WordsAfterTheActAndManyOf) {
  Extraction x = extract_text(
      "Officers have detained at least four relatives of exiled journalists since March.");
  const Statistic* s = statistic_of(x, "detained");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->quantity, 4);
  EXPECT_EQ(s->population, "relatives");
  Extraction y = extract_text("Police arrested hundreds of activists at the rally in Osh.");
  const Statistic* t = statistic_of(y, "detained");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->quantity, 200);
  EXPECT_EQ(t->population, "activists");
}

TEST(Issue4Statistics, ADateLinesDayCountsNoOne) {
  Extraction x = extract_text(
      "OSH, 5 November 2025 \xE2\x80\x94 Police detained the sister of the exiled editor Aibek "
      "Usenov.");
  EXPECT_EQ(statistic_of(x, "detained"), nullptr);
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// "at around 11 p.m., some ten officers entered", "confiscated two laptops, his phone": an
// hour and a count of things are no counts of people; "some 1,500 arrests, among them
// students" counts the acts themselves and stays.
TEST(Issue4Statistics, AnHourAndThingsAreNoCounts) {
  Extraction x = extract_text(
      "On 18 February at around 11 p.m., officers searched the flat of Timur Karimov in Osh. "
      "They confiscated two laptops, his phone and papers.");
  for (const Statistic& s : x.statistics) {
    EXPECT_NE(s.quantity, 11) << s.measure;
    EXPECT_NE(s.quantity, 2) << s.measure;
  }
  Extraction y =
      extract_text("The march ended in some 1,500 arrests, among them students and two reporters.");
  const Statistic* s = statistic_of(y, "detained");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->quantity, 1500);
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// "At least three other organisers in the province have been arrested": the population ends
// at the place phrase; "in the" is no part of who was counted.
TEST(Issue4Statistics, ThePopulationEndsBeforeAPlacePhrase) {
  Extraction x = extract_text(
      "At least three other organisers in the province have been arrested on similar charges.");
  const Statistic* s = statistic_of(x, "detained");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->population, "other organisers");
}

// Issue 4 (session 18): "including 87 minors" counts some of those counted before it, not the
// protests after it; a speech verb ends the population ("dozens of mothers said they").
TEST(Issue4Statistics, ACountAfterIncludingIsNoCountOfTheNextAct) {
  Extraction x = extract_text(
      "Soldiers detained at least 900 people, including 40 students, during marches against the "
      "new mining law.",
      "2025-12-02");
  for (const Statistic& st : x.statistics) EXPECT_NE(st.quantity, 40);
}

TEST(Issue4Statistics, ASpeechVerbEndsThePopulation) {
  Extraction x = extract_text(
      "Dozens of mothers said they were never told where their sons were taken.", "2025-12-02");
  ASSERT_FALSE(x.statistics.empty());
  EXPECT_EQ(x.statistics.front().population, "mothers");
}

// "9. I accept that he was arrested in 2019": the number of an item of a list, opening its
// line, counts nothing; a count inside the line still does.
TEST(Issue4Statistics, AListItemsNumberIsNoCount) {
  Extraction x = extract_text(
      "1. Mira Hadzic, 63, was detained in Tuzla on 2 February 2024.\n\n"
      "9. The tribunal accepts that he was arrested in 2019.\n\n"
      "3. Police detained 14 students in Mostar.",
      "2024-04-03");
  for (const Statistic& s : x.statistics) {
    EXPECT_NE(s.quantity, 1) << s.measure;
    EXPECT_NE(s.quantity, 9) << s.measure;
    EXPECT_NE(s.quantity, 3) << s.measure;
  }
  EXPECT_TRUE(std::any_of(x.statistics.begin(), x.statistics.end(),
                          [](const Statistic& s) { return s.quantity == 14; }));
}

}  // namespace
}  // namespace casebook::testing
