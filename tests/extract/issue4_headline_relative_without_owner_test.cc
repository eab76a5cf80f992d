// Issue 4: "Exiled reporter jailed in absentia; mother's flat searched": a headline's kinship
// noun with no owner of its own is a relative of the person or role the headline opens with,
// so the search is the exile's mother's. Not "fined for shouting at a child" (with an
// article, anyone's child). And a court named in the lead is no doer of the search. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HeadlineRelativeWithoutOwner, TheMotherOfTheHeadlinesExile) {
  Extraction x = extract_text(
      "Exiled reporter jailed in absentia; mother's flat searched\n\n"
      "A court in Moscow on Tuesday sentenced the exiled reporter Anton Lebedev in absentia to "
      "eight years in prison.\n\n"
      "Hours later, police searched the flat of his mother, Galina Lebedeva.",
      "2025-10-09");
  std::vector<const Event*> searches = events_of(x, "raid_search");
  ASSERT_FALSE(searches.empty());
  for (const Event* e : searches) {
    EXPECT_TRUE(has_name(names_of(x, e->victims), "Galina Lebedeva"));
    EXPECT_FALSE(has_name(names_of(x, e->perpetrators), "court"));
  }
}

TEST(Issue4HeadlineRelativeWithoutOwner, AnyonesChild) {
  Extraction x = extract_text(
      "Teacher Anton Lebedev fined for shouting at a child\n\nThe court in Omsk fined him a "
      "month's pay.");
  EXPECT_EQ(entity_named(x, "child of Anton Lebedev"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
