// Issue 4: who speaks is no doer. "According to their driver, John Banda, armed men forced
// them into a truck" made the driver the abductor; "The Forum warned that activists had
// reported beatings" made the Forum a threatener. A warning still threatens when it tells of
// something to come, or when someone is warned.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SourcesAndWarnings, TheNamedSourceIsNoDoer) {
  Extraction x = extract_text(
      "According to their driver, Tobias Mwale, armed men forced the two lawmakers into a "
      "pickup truck.",
      "2024-05-10");
  auto doers = first_perpetrators(x, "abduction");
  EXPECT_FALSE(has_name(doers, "Tobias Mwale"));
  EXPECT_TRUE(has_name(doers, "armed men"));
}

TEST(Issue4SourcesAndWarnings, AListAfterTheSourceIsStillTheVictims) {
  Extraction x = extract_text(
      "According to relatives, Tobias Mwale, the lawyer Ruth Okello, and the blogger Amos "
      "Kiprop were sentenced on Monday.",
      "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Tobias Mwale"));
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Amos Kiprop"));
}

TEST(Issue4SourcesAndWarnings, AWarningOfWhatHappenedIsNoThreat) {
  Extraction x = extract_text(
      "The Forum warned that activists detained in 2021 had reported beatings.", "2024-05-10");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
}

TEST(Issue4SourcesAndWarnings, AWarningOfWhatWillComeStillThreatens) {
  Extraction x = extract_text("Officials warned that anyone who shared the video could be jailed.",
                              "2024-05-10");
  EXPECT_EQ(events_of(x, "threat_intimidation").size(), 1u);
  Extraction y = extract_text("Ruth Okello was warned that she would lose her job.", "2024-05-10");
  EXPECT_EQ(events_of(y, "threat_intimidation").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
