// Issue 4: the state body that tells of a killing or a beating was taken as its doer when no one
// else was named ("The mayor said he was killed because of his work", "Police said three
// protesters died"); an arrest it tells of stays its own work ("Police said X was arrested").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SpeakerIsNoKiller, WhoTellsOfACrimeDidNotDoIt) {
  Extraction x = extract_text(
      "Teodoro Villa was shot dead on 7 May. The governor said he was killed because of his "
      "reporting.",
      "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "killing").empty());
  Extraction y =
      extract_text("Police said four marchers died in the clashes on Monday.", "2024-05-10");
  EXPECT_TRUE(first_perpetrators(y, "killing").empty());
}

TEST(Issue4SpeakerIsNoKiller, AKillingToldAsTheSpeakersOwnOperationIsTheirs) {
  // "killed in an armed encounter": by the army's own account, its soldiers killed her.
  Extraction x = extract_text(
      "The army said Lina Dela Paz had been killed in an armed encounter on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "killing"), "army"));
}

TEST(Issue4SpeakerIsNoKiller, AnArrestToldByThePoliceIsTheirs) {
  Extraction x = extract_text("Police said Teodoro Villa was arrested on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "police"));
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4SpeakerIsNoKiller, WhoBlamesAMotiveDidNotKill) {
  Extraction x = extract_text(
      "Rosa Quispe was killed in her house in 2022; police blamed a land dispute.", "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "killing").empty());
}

}  // namespace
}  // namespace casebook::testing
