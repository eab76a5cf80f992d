// Issue 4: shapes of a news page. "Lawyer for jailed editor barred from leaving country": the
// participle between a preposition and its noun qualifies the editor, so the lawyer did not
// jail him, and in a headline "for" joins the lawyer to the rest, so the lawyer is the one
// barred; an airport named after a person is no person; a by-line's "By" is no word of the
// outlet's name. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

const char* const kPage =
    "Lawyer for jailed editor barred from leaving country\n\n"
    "Border guards on Wednesday stopped Kamran Aliyev, the lawyer of jailed editor Tural "
    "Mammadov, from boarding a flight to Vienna.\n";

TEST(Issue4NewsPageShapes, AParticipleAfterAPrepositionQualifiesItsNoun) {
  Extraction x = extract_text(kPage, "2025-11-14");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev.front()->perpetrators), "Kamran Aliyev"));
}

TEST(Issue4NewsPageShapes, InAHeadlineForJoinsTheHeadToTheRest) {
  Extraction x = extract_text(kPage, "2025-11-14");
  std::vector<const Event*> ev = events_of(x, "travel_ban");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev.front()->victims), "Kamran Aliyev"));
  EXPECT_FALSE(has_name(names_of(x, ev.front()->victims), "Tural Mammadov"));
}

TEST(Issue4NewsPageShapes, InProseForKeepsTheNearestNoun) {
  Extraction x = extract_text(
      "A lawyer for the editor detained on Monday said she had not been allowed to see him.",
      "2025-11-14");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_FALSE(has_name(v, "lawyer"));
}

TEST(Issue4NewsPageShapes, AnAirportNamedAfterAPersonIsNoPerson) {
  Extraction x = extract_text("Police at Ilham Safarov International Airport stopped him.");
  EXPECT_EQ(entity_named(x, "Ilham Safarov", "person"), nullptr);
}

TEST(Issue4NewsPageShapes, AByLinesByIsNoWordOfTheName) {
  Extraction x =
      extract_text("By Steppe Monitor staff\n\nPolice detained two reporters in Almaty.");
  EXPECT_EQ(entity_named(x, "By Steppe Monitor", "organization"), nullptr);
}

TEST(Issue4NewsPageShapes, ACriminalCaseOpenedAgainstSomeone) {
  Extraction x = extract_text("Prosecutors opened a criminal case against Kamran Aliyev.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Kamran Aliyev"));
  Extraction y = extract_text(
      "Kamran Aliyev is a lawyer. Prosecutors opened a criminal case against him in May.",
      "2025-11-14");
  EXPECT_TRUE(has_name(first_victims(y, "prosecution"), "Kamran Aliyev"));
}

}  // namespace
}  // namespace casebook::testing
