// Issue 4: "officers entered his flat without a warrant" is a raid on his home; the warrant
// said, with or without, tells the entry was a search. "She entered the country without a
// visa" is no raid. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4EnteredWithoutAWarrant, AnEntryWithoutAWarrant) {
  Extraction x = extract_text(
      "On 18 February, ten officers entered Timur Karimov's flat in Tashkent without a warrant.");
  EXPECT_TRUE(has_name(first_victims(x, "raid_search"), "Timur Karimov"));
}

TEST(Issue4EnteredWithoutAWarrant, EnteringACountryIsNoRaid) {
  Extraction x = extract_text("Timur Karimov entered the country without a visa in 2019.");
  EXPECT_TRUE(events_of(x, "raid_search").empty());
}

}  // namespace
}  // namespace casebook::testing
