// Issue 4: "police expelled X to Spain" gave nothing, for "expel" alone needs a word of
// borders or foreigners; a country named after "to" is one. "Put them on a chartered flight"
// missed the expulsion for the adjective before "flight".
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ExpelledAbroad, ExpelledToACountry) {
  Extraction x = extract_text("Police expelled Rodrigo Vargas to Spain on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "deportation_extradition"), "Rodrigo Vargas"));
}

TEST(Issue4ExpelledAbroad, PutOnAFlightWithAnAdjective) {
  Extraction x = extract_text(
      "The authorities released 20 prisoners and put them on a chartered flight to Madrid.",
      "2024-05-10");
  EXPECT_EQ(events_of(x, "deportation_extradition").size(), 1u);
}

TEST(Issue4ExpelledAbroad, ExpelledFromThePartyIsNoDeportation) {
  Extraction x = extract_text("The party expelled Rodrigo Vargas in 2019.", "2024-05-10");
  EXPECT_TRUE(events_of(x, "deportation_extradition").empty());
}

}  // namespace
}  // namespace casebook::testing
