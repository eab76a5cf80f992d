// Issue 4: "Land defender shot dead in Colombia" above "Gunmen killed Ana Ruiz, a 47-year-old
// community leader, ...": the headline's unnamed role noun is the one person the lead names
// and describes, though the lead gives her another role; the headline's killing is hers, not
// an unnamed "land defender"'s. Not a person the lead titles ("President X"), nor one of two
// the lead names. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HeadlineRoleIsTheLeadsPerson, TheLeadsDescribedPerson) {
  Extraction x = extract_text(
      "Land defender shot dead in Colombia\n\n"
      "Gunmen shot and killed Ana Ruiz Pardo, a 47-year-old community leader, outside her home "
      "in Cauca on Saturday, officials said.");
  EXPECT_EQ(entity_named(x, "land defender"), nullptr);
  for (const Event* e : events_of(x, "killing")) {
    EXPECT_TRUE(has_name(names_of(x, e->victims), "Ana Ruiz Pardo"));
  }
}

TEST(Issue4HeadlineRoleIsTheLeadsPerson, NotATitledName) {
  Extraction x = extract_text(
      "Blogger jailed for insulting the head of state\n\n"
      "A court in Osh jailed a blogger for four years for posts about President Aziz Kamalov.");
  const Entity* b = entity_named(x, "blogger");
  ASSERT_NE(b, nullptr);
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "Aziz Kamalov"));
}

TEST(Issue4HeadlineRoleIsTheLeadsPerson, NotOneOfTwo) {
  Extraction x = extract_text(
      "Land defender shot dead in Colombia\n\n"
      "Gunmen shot and killed Ana Ruiz Pardo, a community leader, as her neighbour Luis Mora "
      "Pérez watched.");
  EXPECT_NE(entity_named(x, "land defender"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
