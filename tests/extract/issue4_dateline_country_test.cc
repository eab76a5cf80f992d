// Issue 4: a wire story's capitalised dateline ("DHAKA - Police detained ...") gave the summary no
// country: the dateline's city is where the report was filed, not a place of the act, but its
// country counts towards the country the story is about.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DatelineCountry, TheDatelinesCountryIsTheStorysWhenNoneElseIsNamed) {
  for (const char* text : {"DHAKA - Police detained the union organiser Nasima Akter on Monday.",
                           "NAIROBI, May 6 (Reuters) - Police detained the blogger Otieno "
                           "Wafula on Monday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_FALSE(x.summary.country.empty()) << text;
    // The act itself is not placed in the city the report was filed from.
    for (const Event* ev : events_of(x, "arrest_detention")) EXPECT_TRUE(ev->location.empty());
  }
}

}  // namespace
}  // namespace casebook::testing
