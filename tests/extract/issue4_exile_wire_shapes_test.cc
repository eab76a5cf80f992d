// Issue 4: shapes of a wire story about an exile and the relatives left behind. "as" with a
// subject and a verb opens a clause of its own ("faces deportation as his brother is
// jailed"); a relative clause inside an apposition has its own time ("X, a blogger who fled in
// 2021, faces ..."); a status such as "foreign agent" given to a person is pressure on that
// person, not the ban of an organisation; a phrase's gap crosses scare quotes ('taken to a
// "re-education centre"'), which are no quotation. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ExileWireShapes, AsWithASubjectAndVerbOpensAClause) {
  Extraction x = extract_text(
      "Timur Aliev, a reporter living in Riga, faces expulsion as his brother Rustam is jailed in "
      "Baku.");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Rustam"));
  EXPECT_FALSE(has_name(v, "Timur Aliev"));
}

TEST(Issue4ExileWireShapes, ARelativeClauseOutsideAnAppositionKeepsTheDate) {
  // "men who introduced themselves as officers stopped his car on ...": the relative clause
  // is not closed by a comma, so its end is unknown and the date stays the act's.
  Extraction x = extract_text(
      "Her husband went missing after men who introduced themselves as police officers "
      "stopped his car on 4 May 2024.",
      "2024-05-20");
  std::vector<const Event*> ev = events_of(x, "enforced_disappearance");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev.front()->date.start, "2024-05-04");
}

TEST(Issue4ExileWireShapes, AsAfterAVerbThatTakesItOpensNoClause) {
  // "introduced themselves as police officers": the men act, whatever they claimed to be.
  Extraction x =
      extract_text("Men who introduced themselves as police officers were beating the marchers.");
  std::vector<std::string> p = first_perpetrators(x, "torture_ill_treatment");
  if (p.empty()) p = first_perpetrators(x, "assault");
  EXPECT_TRUE(has_name(p, "men"));
  EXPECT_FALSE(has_name(p, "police officers"));
}

TEST(Issue4ExileWireShapes, AsARoleOpensNoClause) {
  Extraction x = extract_text("Police detained Ilkhom Sharipov as a suspected spy on Monday.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Ilkhom Sharipov"));
}

TEST(Issue4ExileWireShapes, RelativeClauseInAnAppositionHasItsOwnTime) {
  Extraction x = extract_text(
      "Nodira Yusupova, a poet who left for Vilnius in 2019, was detained at the border on 3 "
      "June 2025.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev.front()->date.start, "2025-06-03");
  Extraction y = extract_text(
      "Nodira Yusupova, a poet who left for Vilnius in 2019, faces extradition to Tashkent.");
  std::vector<const Event*> ex = events_of(y, "deportation_extradition");
  ASSERT_FALSE(ex.empty());
  EXPECT_EQ(ex.front()->date.start, "");
}

TEST(Issue4ExileWireShapes, AForeignAgentStatusGivenToAPersonIsHarassment) {
  Extraction x = extract_text(
      "The justice ministry designated Lev Orlov a foreign agent in March 2024.", "2024-04-01");
  std::vector<std::string> v = first_victims(x, "harassment");
  EXPECT_TRUE(has_name(v, "Lev Orlov"));
  EXPECT_TRUE(events_of(x, "organization_ban").empty());
}

TEST(Issue4ExileWireShapes, AForeignAgentStatusGivenToAGroupIsABan) {
  Extraction x = extract_text(
      "The justice ministry designated the Open Field Foundation a foreign agent in March 2024.",
      "2024-04-01");
  EXPECT_FALSE(events_of(x, "organization_ban").empty());
  EXPECT_TRUE(events_of(x, "harassment").empty());
}

TEST(Issue4ExileWireShapes, APhraseGapCrossesScareQuotes) {
  Extraction x = extract_text(
      "His aunt, Gulnara, was taken to a \"re-education centre\" near Karakol last autumn.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Gulnara"));
  // Nor are the quoted words a quotation: no one says them.
  EXPECT_TRUE(x.quotes.empty());
}

TEST(Issue4ExileWireShapes, AShortQuotationWithItsSpeakerStays) {
  Extraction x = extract_text("\"They took everything,\" said Gulnara Abdieva, his aunt.");
  ASSERT_EQ(x.quotes.size(), 1u);
  const Entity* aunt = entity_named(x, "Gulnara Abdieva", "person");
  ASSERT_NE(aunt, nullptr);
  EXPECT_EQ(x.quotes[0].speaker, aunt->id);
}

}  // namespace
}  // namespace casebook::testing
