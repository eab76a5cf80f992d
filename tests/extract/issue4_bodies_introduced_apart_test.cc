// Issue 4: a state actor introduced with "a" or "an" and other qualifying words than the body
// of that kind before it is another body ("A Ganja court sentenced X. A military court
// sentenced Y." names two courts), and the place told for the first ("a Ganja court") is not
// where the second acted. "The court" after it, or the same qualifying words again, is the
// same body and keeps its place. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

int state_actors(const Extraction& x) {
  int n = 0;
  for (const Entity& e : x.entities) n += e.kind == "state_actor" ? 1 : 0;
  return n;
}

TEST(Issue4BodiesIntroducedApart, AnotherCourtIsAnotherBodyWithoutTheFirstsPlace) {
  Extraction x = extract_text(
      "A Ganja court sentenced Elnur Aliyev to five years. "
      "A military court sentenced Rauf Mammadov to nine years.",
      "2024-05-10");
  auto pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 2u);
  EXPECT_EQ(state_actors(x), 2);
  ASSERT_EQ(pr[0]->perpetrators.size(), 1u);
  ASSERT_EQ(pr[1]->perpetrators.size(), 1u);
  EXPECT_NE(pr[0]->perpetrators[0], pr[1]->perpetrators[0]);
  EXPECT_EQ(place_of(x, *pr[0]), "Ganja");
  EXPECT_EQ(place_of(x, *pr[1]), "");
}

TEST(Issue4BodiesIntroducedApart, TheSameCourtAgainKeepsItsPlace) {
  Extraction x = extract_text(
      "A Ganja court sentenced Elnur Aliyev to five years. "
      "The court also sentenced Rauf Mammadov to nine years.",
      "2024-05-10");
  auto pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 2u);
  EXPECT_EQ(state_actors(x), 1);
  EXPECT_EQ(place_of(x, *pr[1]), "Ganja");
  x = extract_text(
      "Court jails blogger\n\n"
      "A district court in Ganja sentenced the blogger Elnur Aliyev to five years on Monday.",
      "2024-05-10");
  EXPECT_EQ(state_actors(x), 1);
}

}  // namespace
}  // namespace casebook::testing
