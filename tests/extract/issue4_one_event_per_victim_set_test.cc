// Issue 4: one event per act per victim set. "X, the lawyer of the jailed blogger Y, was
// detained" merged the blogger's jailing and the lawyer's detention into one event with both as
// victims; two named people, each with an act of their own in one sentence, are two events.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OneEventPerVictimSet, EachNamedPersonsOwnActIsAnEvent) {
  Extraction x = extract_text(
      "Tofig Rzayev, the lawyer of the jailed blogger Vusal Kerimov, was detained on 8 May.",
      "2024-05-10");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 2u);
  for (const Event* e : ev) EXPECT_EQ(e->victims.size(), 1u);
}

TEST(Issue4OneEventPerVictimSet, PeopleDetainedTogetherAreOneEvent) {
  Extraction x =
      extract_text("Tofig Rzayev and Vusal Kerimov were detained on 8 May.", "2024-05-10");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->victims.size(), 2u);
}

}  // namespace
}  // namespace casebook::testing
