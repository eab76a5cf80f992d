// Issue 4: in a story of one person's relatives, "his father, X, ... His brother" is the
// brother of the person the story is about, not of the father; but "his father ... his son"
// is that person again, and a relative named in the same sentence keeps the nearest reading.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

const char* const kChronology =
    "Bakhtiyor Rasulov, a satirist, has lived in Prague since 2021. His father, Odil Rasulov, "
    "was summoned by the security service in March. His younger brother, Sardor, lost his job "
    "at the post office in May.";

TEST(Issue4FamilyAnchor, ALaterKinNounBelongsToThePersonTheStoryIsAbout) {
  Extraction x = extract_text(kChronology, "2025-06-01");
  EXPECT_TRUE(has_relation(x, "Sardor", "brother", "Bakhtiyor Rasulov"));
  EXPECT_FALSE(has_relation(x, "Sardor", "brother", "Odil Rasulov"));
}

TEST(Issue4FamilyAnchor, TheFathersSonIsThePersonHimself) {
  Extraction x = extract_text(
      "Bakhtiyor Rasulov, a satirist, has lived in Prague since 2021. His father, Odil Rasulov, "
      "was questioned in March. Officers asked about his son's videos.",
      "2025-06-01");
  for (const Relation& r : x.relations) {
    EXPECT_NE(r.kind, "son") << r.from << " " << r.to;
  }
}

TEST(Issue4FamilyAnchor, TheFamilyIsTheOneFamilyNamedThroughAPerson) {
  Extraction x = extract_text(
      "The family of Bakhtiyor Rasulov has been under pressure since 2022. In March officers "
      "searched the family home in Namangan.",
      "2025-06-01");
  EXPECT_TRUE(has_name(first_victims(x, "raid_search"), "family of Bakhtiyor Rasulov"));
  EXPECT_EQ(entity_named(x, "family", "group"), nullptr);
}

TEST(Issue4FamilyAnchor, TwoFamiliesLeaveTheFamilyAlone) {
  Extraction x = extract_text(
      "The family of Bakhtiyor Rasulov and the family of Odil Nazarov live in Namangan. In March "
      "officers searched the family home.",
      "2025-06-01");
  std::vector<std::string> v = first_victims(x, "raid_search");
  EXPECT_FALSE(has_name(v, "family of Bakhtiyor Rasulov"));
  EXPECT_FALSE(has_name(v, "family of Odil Nazarov"));
}

}  // namespace
}  // namespace casebook::testing
