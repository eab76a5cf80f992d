// Issue 4: two common ways a travel ban is told. "He was stopped at Osh airport" (one word
// between "at" and "airport"), and "officials told her that she cannot leave the country".
// "cannot" stands for every negation in the trigger lexicon, so the second needs a word of
// telling beside it: "a tourist who did not leave the country before her visa ran out" is
// no ban. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TravelBanAtTheAirport, StoppedAtTheAirport) {
  Extraction x = extract_text("The editor's brother, Jasur Temirov, was stopped at Osh airport.");
  EXPECT_TRUE(has_name(first_victims(x, "travel_ban"), "Jasur Temirov"));
}

TEST(Issue4TravelBanAtTheAirport, ToldSheCannotLeaveTheCountry) {
  Extraction x = extract_text(
      "Officials told the lawyer Aida Temirova that she cannot leave the country until the case "
      "ends.");
  EXPECT_TRUE(has_name(first_victims(x, "travel_ban"), "Aida Temirova"));
}

TEST(Issue4TravelBanAtTheAirport, NotALeavingInTime) {
  Extraction x = extract_text(
      "A tourist who did not leave the country before her visa ran out paid a fine. The bus "
      "stopped at a cafe near the airport.");
  EXPECT_TRUE(events_of(x, "travel_ban").empty());
}

}  // namespace
}  // namespace casebook::testing
