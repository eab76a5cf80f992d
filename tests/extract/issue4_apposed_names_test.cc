// Issue 4: names apposed to a group's noun phrase that runs on through "of" ("sentenced two
// journalists of the outlet Kloop, A and B, to five years") are the act's victims, not the
// group; so are the people listed after "are:" ("The missing are: X, 24, a student; Y"), and
// "two of them" after an act by police are people, not the police.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4ApposedNames, NamesAfterAGroupOfAnOutlet) {
  Extraction x = extract_text(
      "A court sentenced two reporters of the weekly Novy Vestnik, Timur Abenov and Gulnara "
      "Serikova, to four years in prison.");
  auto v = first_victims(x, "prosecution");
  EXPECT_TRUE(has_name(v, "Timur Abenov"));
  EXPECT_TRUE(has_name(v, "Gulnara Serikova"));
  EXPECT_FALSE(has_name(v, "reporters"));
}

TEST(Issue4ApposedNames, WithoutNamesTheGroupStays) {
  Extraction x = extract_text("Police detained two members of the union in Karaganda on Monday.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "members"));
}

TEST(Issue4ApposedNames, ThePeopleListedAfterACopulaAndAColon) {
  Extraction x = extract_text(
      "The detained are: Arman Sadykov, 33, a lawyer; Dina Omarova, 28, a student; and "
      "Ruslan Bekov, 40.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Arman Sadykov"));
  EXPECT_TRUE(has_name(v, "Ruslan Bekov"));
}

TEST(Issue4ApposedNames, ACountOfThemIsPeopleNotThePolice) {
  Extraction x = extract_text(
      "Mothers who gathered outside the court were beaten by police, and two of them were "
      "detained.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "mothers"));
  EXPECT_FALSE(has_name(v, "police"));
}

TEST(Issue4ApposedNames, ADefendantApposedToANamedPerson) {
  Extraction x = extract_text(
      "The court also acquitted a second defendant, the blogger Vo Thanh, of the same charge.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Vo Thanh"));
}

// Past an outlet named after a preposition ("reporters from the weekly X — A and B —") and past
// each name's age ("-- A, 19, B, 20, and C, 22 --").
TEST(Issue4ApposedNames, PastTheOutletAfterAPreposition) {
  Extraction x = extract_text(
      "Border guards detained reporters from the weekly Nasha Pravda — Karim Nouri and Samir "
      "Daoud — at the crossing.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Karim Nouri"));
  EXPECT_TRUE(has_name(v, "Samir Daoud"));
}

TEST(Issue4ApposedNames, PastEachNamesAge) {
  Extraction x = extract_text(
      "Three students of the art school -- Anna Belova, 19, Olga Sirko, 20, and Ivan Tur, "
      "22 -- were arrested at the march.");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Anna Belova"));
  EXPECT_TRUE(has_name(v, "Ivan Tur"));
}

// A name after the preposition, with no dash or comma since, is the preposition's object.
TEST(Issue4ApposedNames, ANameAfterThePrepositionAloneIsNotTheGroups) {
  Extraction x = extract_text("Police detained two supporters of Karim Nouri in the square.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Karim Nouri"));
}

}  // namespace
}  // namespace casebook
