// Issue 4: whom a pronoun stands for, three more ways. A pronoun outside quotation marks looks
// first among the people mentioned outside them ("...my father...," X said. His brother ...:
// "his" is X); only when no one there fits does it take someone the quotation spoke of. A
// possessive in a phrase opening the sentence ("During his detention, Haddad was beaten")
// stands for the person named right after its comma. And a group of relatives ("two brothers
// of X") stays a group when one brother is named later. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PronounsAndQuotes, ANarrativePronounSkipsThePeopleAQuotationSpokeOf) {
  Extraction x = extract_text(
      "Police in Osh detained the parents of the exiled poet Daniyar Osmonov on Monday.\n\n"
      "\"They took my passport,\" Osmonov said. \"My father is ill and they did not let us "
      "send him medicine.\"\n\n"
      "His younger brother, Emil Osmonov, was detained on Tuesday.");
  EXPECT_TRUE(has_relation(x, "Emil Osmonov", "brother", "Daniyar Osmonov"));
}

TEST(Issue4PronounsAndQuotes, WithNoOneOutsideTheQuotationFitsAQuotedPersonIsTaken) {
  Extraction x = extract_text(
      "\"They took my son Timur from the market,\" said Aigul Bekova. He was beaten in custody.");
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "Timur"));
}

TEST(Issue4PronounsAndQuotes, AnOpeningPhrasePossessiveIsTheSubjectAfterIt) {
  Extraction x = extract_text(
      "Police detained Omar Haddad in May. Lawyers for Karim Saleh said the charges were false. "
      "During his detention, Haddad was beaten.");
  for (const Event* e : events_of(x, "arrest_detention")) {
    EXPECT_FALSE(has_name(names_of(x, e->victims), "Karim Saleh"));
  }
  Extraction y =
      extract_text("Police detained Omar Haddad in May. After her release, Lina Saleh spoke out.");
  EXPECT_TRUE(has_name(first_victims(y, "release"), "Lina Saleh"));
}

TEST(Issue4PronounsAndQuotes, AGroupOfRelativesIsNotTheOneNamedAmongThem) {
  Extraction x = extract_text(
      "Officers detained two brothers of the exiled poet Daniyar Osmonov on Monday. "
      "His younger brother, Emil Osmonov, was freed on Tuesday.");
  const Entity* group = entity_named(x, "brothers of Daniyar Osmonov");
  ASSERT_NE(group, nullptr);
  EXPECT_FALSE(group->mentions.empty());
}

}  // namespace
}  // namespace casebook::testing
