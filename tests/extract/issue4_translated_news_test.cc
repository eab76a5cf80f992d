// Issue 4: the shapes of a regional news item in translation. "The lawyer of the convicted,
// D. Nurova, stated ...": a participle as a noun after "of the" names people whose act was
// told, no new act with the lawyer as its victim. "Ivo Lind (born 1971, Minsk) was detained
// in Gomel": a birthplace is no place of the act. A rights group that calls for an inquiry
// into ill-treatment did not ill-treat anyone. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TranslatedNews, TheConvictedAsANounIsNoNewAct) {
  Extraction x = extract_text(
      "The lawyer of the convicted, D. Nurova, stated that the verdict was unjust.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  x = extract_text("Relatives of the detained gathered outside the court.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  // Before a noun it still qualifies people who were detained.
  x = extract_text("Relatives of the detained activists gathered outside the court.");
  EXPECT_FALSE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4TranslatedNews, ABirthplaceIsNoPlaceOfTheAct) {
  Extraction x = extract_text("Ivo Lind (born 1971, Hrodna) was detained on 3 May.", "2024-06-01");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "");
  x = extract_text("Ivo Lind, who was born in Hrodna, was detained in Vitebsk on 3 May.",
                   "2024-06-01");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_EQ(place_of(x, *events_of(x, "arrest_detention")[0]), "Vitebsk");
}

TEST(Issue4TranslatedNews, WhoCallsForRedressDidNotDoTheAct) {
  Extraction x = extract_text(
      "Human Rights Watch called on the authorities to release K. Nurov and to investigate the "
      "ill-treatment in the pre-trial detention centre.");
  for (const Event* e : events_of(x, "torture_ill_treatment")) {
    EXPECT_FALSE(has_name(names_of(x, e->perpetrators), "Human Rights Watch"));
  }
  ASSERT_FALSE(events_of(x, "torture_ill_treatment").empty());
}

}  // namespace
}  // namespace casebook::testing
