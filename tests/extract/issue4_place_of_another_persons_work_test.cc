// Issue 4: "Two brothers of X, a reporter in Washington, were summoned in Shiraz": the place
// inside the apposition tells where X works, not where his brothers were questioned. It stays
// when the one it describes is the victim ("X, a teacher in Osh, was detained"). Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::string first_place(const Extraction& x, const std::string& type) {
  std::vector<const Event*> ev = events_of(x, type);
  return ev.empty() ? "(no event)" : place_of(x, *ev[0]);
}

TEST(Issue4PlaceOfAnotherPersonsWork, TheRelativesActHappenedElsewhere) {
  Extraction x = extract_text(
      "Two brothers of Aibek Usenov, a reporter in Prague, were summoned by police in Osh and "
      "interrogated for six hours.");
  EXPECT_EQ(first_place(x, "interrogation"), "Osh");
}

TEST(Issue4PlaceOfAnotherPersonsWork, TheVictimsOwnPlaceStays) {
  Extraction x = extract_text("Aibek Usenov, a teacher in Osh, was detained on Monday.");
  EXPECT_EQ(first_place(x, "arrest_detention"), "Osh");
}

}  // namespace
}  // namespace casebook::testing
