// Issue 4: "Officers summoned X and warned that his passport would be confiscated" gave no
// threat: a warning counted only with words of arrest, prison or job loss in its clause. A
// passport to be confiscated, seized or revoked is a threat too. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4WarnedOfASeizure, AWarningOfConfiscationIsAThreat) {
  Extraction x = extract_text(
      "Intelligence officers summoned Ivo Marek on 12 January 2024 and warned that his passport "
      "would be confiscated.",
      "2024-05-10");
  EXPECT_EQ(events_of(x, "threat_intimidation").size(), 1u);
  ASSERT_EQ(events_of(x, "property_seizure").size(), 1u);
  EXPECT_TRUE(events_of(x, "property_seizure")[0]->hypothetical);
}

TEST(Issue4WarnedOfASeizure, AWeatherWarningIsNot) {
  Extraction x = extract_text("Forecasters warned that roads would be closed by snow.");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
}

}  // namespace
}  // namespace casebook::testing
