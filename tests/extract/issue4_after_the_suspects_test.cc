// Issue 4: four readings from a story of a killing and the arrests after it. "Police arrested
// three men suspected of killing X. His son was wounded" made the police the ones who wounded
// the son; "X, a reporter for Radio Kanal, who was detained" took the outlet for the one
// detained; "guards threatened to throw X in the river" was no threat; and "it respects the
// right to peaceful protest" was a protest.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AfterTheSuspects, ThoseWhoArrestSuspectsDidNotDoTheNextCrime) {
  Extraction x = extract_text(
      "Police arrested three men suspected of killing Julián Mejía. His son was wounded.",
      "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "assault").empty());
  Extraction y =
      extract_text("Police arrested Ana Lima on Monday. She was beaten in custody.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(y, "torture_ill_treatment"), "police"));
}

TEST(Issue4AfterTheSuspects, WhoAfterAnEmployerIsThePerson) {
  Extraction x = extract_text(
      "Serkan Aydin, a reporter for the Kanal Haber Network, who was detained in May, was freed.",
      "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Serkan Aydin"));
}

TEST(Issue4AfterTheSuspects, AThreatToThrowSomeoneInTheRiverThreatensHarm) {
  Extraction x = extract_text("Security guards threatened to throw the farmers in the river.",
                              "2024-05-10");
  auto threats = events_of(x, "threat_intimidation");
  ASSERT_EQ(threats.size(), 1u);
  EXPECT_EQ(threats[0]->cameo, "137");  // a threat of violent repression
  Extraction y = extract_text("The minister threatened to resign.", "2024-05-10");
  EXPECT_TRUE(events_of(y, "threat_intimidation").empty());
}

TEST(Issue4AfterTheSuspects, ARightToProtestIsNoProtest) {
  Extraction x =
      extract_text("The company said it respects the right to peaceful protest.", "2024-05-10");
  for (const Event* ev : events_of(x, "protest")) EXPECT_TRUE(ev->generic);
}

}  // namespace
}  // namespace casebook::testing
