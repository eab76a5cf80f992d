// Issue 4: relatives of exiles in custody and on trial, as NGO statements tell it. "X, 63,
// the mother of Y": past the age, X is the mother. "The father of journalist Y died in
// custody": the father died, not the journalist the "of" phrase names, also after an opening
// phrase ("In a separate case, the father of Y died"). "he was detained on charges of ...":
// he is charged, and not the one who charged. A headline "Activist's mother jailed, son barred
// from leaving country": the activist (a role word linked to a name) anchors the mother, and
// the mother did not bar the son. Whom a complaint is filed "on behalf of" is no victim.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativesInCustody, AnAgeBetweenTheNameAndTheKinNoun) {
  Extraction x = extract_text(
      "A court in Brest sentenced Olga Marchuk, 61, the mother of the exiled blogger Ivan "
      "Marchuk, to two years in prison.");
  EXPECT_TRUE(has_relation(x, "Olga Marchuk", "mother", "Ivan Marchuk"));
}

TEST(Issue4RelativesInCustody, TheRelativeBeforeTheOfPhraseDied) {
  Extraction x = extract_text("The father of journalist Ivan Marchuk died in custody in Brest.");
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "father of Ivan Marchuk"));
  Extraction y = extract_text(
      "In another case, the father of journalist Ivan Marchuk died in custody in Brest.");
  EXPECT_TRUE(has_name(first_victims(y, "killing"), "father of Ivan Marchuk"));
}

TEST(Issue4RelativesInCustody, HeldOnChargesIsCharged) {
  Extraction x = extract_text(
      "The father of Ivan Marchuk died in custody in May, days after he was detained on charges "
      "of insulting the president.");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "father of Ivan Marchuk"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "father of Ivan Marchuk"));
}

TEST(Issue4RelativesInCustody, AHeadlinesRoleWordAnchorsTheRelative) {
  Extraction x = extract_text(
      "Blogger's mother jailed, son barred from leaving country\n\n"
      "A court in Brest sentenced Olga Marchuk, the mother of the exiled blogger Ivan Marchuk, to "
      "two years in prison. Border guards stopped her younger son, Petr, on Monday.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Olga Marchuk"));
  EXPECT_FALSE(has_name(first_perpetrators(x, "travel_ban"), "Olga Marchuk"));
}

TEST(Issue4RelativesInCustody, OnBehalfOfIsNoVictim) {
  Extraction x = extract_text(
      "A case of abduction was registered on behalf of the missing girl's uncle, Sami Rauf.");
  for (const Event* e : events_of(x, "abduction")) {
    EXPECT_FALSE(has_name(names_of(x, e->victims), "Sami Rauf"));
  }
}

}  // namespace
}  // namespace casebook::testing
