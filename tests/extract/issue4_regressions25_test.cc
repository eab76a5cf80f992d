// Issue 4: three readings a re-run of earlier repros found worse after this round's rules, and
// one found missing. "9 were serving sentences of ten years" is still a sentencing (only "her
// sentence" served is an earlier act's); "urged the authorities to release those detained"
// still names the authorities as the ones who hold them (only a body asked to investigate or
// act is addressed); and "X was killed when two gunmen fired eight shots at him" names the
// gunmen as the killers.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Regressions25, SentencesBeingServedAreSentences) {
  Extraction x = extract_text(
      "At least 41 journalists were behind bars. Of these, 9 were serving sentences of ten "
      "years or more.",
      "2024-05-10");
  EXPECT_EQ(events_of(x, "prosecution").size(), 1u);
}

TEST(Issue4Regressions25, TheBodyAskedToReleaseHoldsThem) {
  Extraction x = extract_text(
      "The rapporteur urged the authorities to release all those detained for peaceful "
      "expression.",
      "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "authorities"));
  Extraction y = extract_text(
      "A press group called on the Interior Ministry to investigate. Earlier, Armando Salas "
      "vanished.",
      "2024-05-10");
  EXPECT_TRUE(first_perpetrators(y, "enforced_disappearance").empty());
}

TEST(Issue4Regressions25, KilledWhenGunmenFired) {
  Extraction x = extract_text(
      "Ana Lima was killed on Monday when two gunmen fired six shots at her.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "killing"), "gunmen"));
}

}  // namespace
}  // namespace casebook::testing
