// Issue 4: the shapes of a sanctions announcement. "Asset freezes and travel bans on three
// officials responsible for the abuses" are sanctions on the state's agents, no repression
// of them; a ban on an activist is. The judge who "sentenced five protesters ... on charges of
// rioting" is not charged: the charges are those of the ones sentenced. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Sanctions, SanctionsOnOfficialsAreNoRepression) {
  Extraction x = extract_text(
      "The foreign ministry today announced asset freezes and travel bans on three Moldovan "
      "officials responsible for the abuse of detainees.");
  EXPECT_TRUE(events_of(x, "travel_ban").empty());
  EXPECT_TRUE(events_of(x, "property_seizure").empty());
  x = extract_text("The authorities imposed a travel ban on the activist Rita Gal in May.");
  EXPECT_EQ(events_of(x, "travel_ban").size(), 1u);
}

TEST(Issue4Sanctions, TheJudgeIsNotCharged) {
  Extraction x = extract_text(
      "Judge Ana Kovac of the Central District Court presided.\n\n"
      "Kovac sentenced five protesters to six years on charges of organising riots.\n\n"
      "The people named are Ana Kovac (born 1970) and Ivo Petrov.");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_FALSE(ev.empty());
  for (const Event* e : ev) EXPECT_FALSE(has_name(names_of(x, e->victims), "Ana Kovac"));
  x = extract_text("Ivo Lind was arrested in March on charges of treason.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Ivo Lind"));
}

}  // namespace
}  // namespace casebook::testing
