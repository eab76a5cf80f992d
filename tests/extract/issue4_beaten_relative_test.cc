// Issue 4: "beat" written like its base form needs a person after it ("guards beat him"), and a
// relative named through a possessive is one ("soldiers beat his wife", "beat the wife of X").
// A body part after the possessive is none ("beat his head against the wall"). Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4BeatenRelative, APossessiveKinNounIsThePersonBeaten) {
  Extraction x = extract_text(
      "The union leader Teodor Vasko lives in Varna. Soldiers beat his wife outside the port.");
  EXPECT_TRUE(has_name(first_victims(x, "assault"), "spouse of Teodor Vasko"));
}

TEST(Issue4BeatenRelative, TheKinNounOfANamedPerson) {
  Extraction x = extract_text(
      "The union leader Teodor Vasko lives in Varna. Masked men beat the brother of Teodor Vasko.");
  EXPECT_TRUE(has_name(first_victims(x, "assault"), "brother of Teodor Vasko"));
}

TEST(Issue4BeatenRelative, ABodyPartIsNoOneBeaten) {
  Extraction x = extract_text("Teodor Vasko said he beat his head against the wall in despair.");
  EXPECT_TRUE(events_of(x, "assault").empty());
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
}

}  // namespace
}  // namespace casebook::testing
