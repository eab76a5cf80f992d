// Issue 4: a capitalised name right after a lower-case noun that heads organisations' names
// ("the weekly Novy Vestnik", "the rights group Pravo Kruga") is the organisation's, not a
// person's; places, demonyms, people's names and common words after such a noun are not.
// Sentences and names written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OrganisationNames, ANameAfterTheWeeklyIsTheOutlet) {
  Extraction x = extract_text(
      "A court sentenced two reporters of the weekly Novy Vestnik, Timur Abenov and Gulnara "
      "Serikova, to four years in prison.");
  const Entity* e = entity_named(x, "Novy Vestnik");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, "organization");
  auto v = first_victims(x, "prosecution");
  EXPECT_FALSE(has_name(v, "Novy Vestnik"));
  EXPECT_TRUE(has_name(v, "Timur Abenov"));
}

TEST(Issue4OrganisationNames, APlaceAfterTheNounStaysAPlace) {
  Extraction x = extract_text("The party Estonia has no members in the south.");
  const Entity* e = entity_named(x, "Estonia");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, "place");
}

TEST(Issue4OrganisationNames, APersonAfterTheNounStaysAPerson) {
  Extraction x = extract_text("The group's founder met the agency John Morrow had hired.");
  const Entity* e = entity_named(x, "John Morrow");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, "person");
}

}  // namespace
}  // namespace casebook::testing
