// Issue 4: a relative clause between commas tells of its own time ("X, who had lived in Osh
// since 2016, was detained"): neither its "since" nor its date belong to the act outside it;
// a clause about the act itself ("the murder, which happened in October 2018") does date it.
// A year between a determiner and a noun names a thing ("from the 2014 batch").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4RelativeClauseDates, SinceBeforeAYearOpensNoClause) {
  Extraction x = extract_text(
      "The singer Dilnoza Rakhimova, who had lived in Almaty since 2017, was detained in Osh.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Dilnoza Rakhimova"));
}

TEST(Issue4RelativeClauseDates, TheRelativeClausesDateIsNotTheActs) {
  Extraction x = extract_text(
      "Dilnoza Rakhimova, who had lived in Almaty since 2017, was detained in Osh on Monday.",
      "2024-05-08");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2024-05-06");
  Extraction y = extract_text(
      "Dilnoza Rakhimova, who had lived in Almaty since 2017, was detained in Osh.", "2024-05-08");
  ASSERT_EQ(events_of(y, "arrest_detention").size(), 1u);
  EXPECT_NE(events_of(y, "arrest_detention")[0]->date.start, "2017");
}

TEST(Issue4RelativeClauseDates, AClauseAboutTheActDatesIt) {
  Extraction x = extract_text(
      "Officials were linked to the reporter's murder, which happened in Vilnius in October "
      "2018.");
  auto ev = events_of(x, "killing");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2018-10");
}

TEST(Issue4RelativeClauseDates, AYearModifyingANounIsNoDate) {
  Extraction x = extract_text(
      "Elmar Quliyev, an officer from the 2012 intake, was arrested last week.", "2024-05-08");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0]->date.start.substr(0, 4), "2012");
  Extraction y = extract_text("Elmar Quliyev was killed in a 2015 drone strike.");
  ASSERT_FALSE(events_of(y, "killing").empty());
  EXPECT_EQ(events_of(y, "killing")[0]->date.start, "2015");
}

// "a black 2017 Lada": an adjective may stand between the article and the year, and the
// noun after it may be a name.
TEST(Issue4RelativeClauseDates, AYearModifyingANameAfterAnAdjectiveIsNoDate) {
  Extraction x = extract_text(
      "A neighbour saw two men push Elmar Quliyev into a black 2017 Lada and abduct him.",
      "2024-05-08");
  auto ev = events_of(x, "abduction");
  ASSERT_FALSE(ev.empty());
  EXPECT_NE(ev[0]->date.start.substr(0, 4), "2017");
  Extraction y = extract_text("Elmar Quliyev was killed in a deadly 2015 drone strike.");
  ASSERT_FALSE(events_of(y, "killing").empty());
  EXPECT_EQ(events_of(y, "killing")[0]->date.start, "2015");
}

TEST(Issue4RelativeClauseDates, AnActInsideTheClauseTakesNotTheMainClausesDate) {
  Extraction x = extract_text(
      "Her son, Farid Nabiyev, who was detained with her, was released on bail on Wednesday.",
      "2024-05-10");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_NE(ar[0]->date.start, "2024-05-08");
  auto rel = events_of(x, "release");
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_EQ(rel[0]->date.start, "2024-05-08");
}

// "... almost 20 years after escaping from prison", told today: an anchor that would put a
// past act after the date of writing does not date it.
TEST(Issue4RelativeClauseDates, NoPastActIsDatedAfterTheReport) {
  Extraction x = extract_text(
      "Today police detained Ana Lima in Baku. Her brother Elmar was arrested almost 20 years "
      "after escaping from a labour camp.",
      "2022-01-20");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0]->date.start, "2022-01-20");
  EXPECT_TRUE(ev[1]->date.start.empty() || ev[1]->date.start <= "2022-01-20") << ev[1]->date.start;
}

// "dissolved the organisation she founded in 2011": a relative clause with no "that" after the
// act's object dates its own verb; "evicted families from land they described as state
// property on Monday" still dates the eviction.
TEST(Issue4RelativeClauseDates, AContactRelativeDatesItsOwnVerb) {
  using casebook::testing::date_of_only;
  using casebook::testing::events_of;
  Extraction x =
      extract_text("A court has dissolved the organisation she founded in 2011.", "2024-05-10");
  auto ev = events_of(x, "organization_ban");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0]->date.start, "2011");
  x = extract_text("Police arrested the activist after he returned in 2019.", "2024-05-10");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2019");
}

}  // namespace
}  // namespace casebook
