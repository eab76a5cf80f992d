// Issue 4: "held without a lawyer", "refused all access to a lawyer", "the right to a lawyer" name
// a role someone was refused, not a person the text speaks of; they made an unnamed "lawyer"
// who could become a victim of the next act. "A lawyer for the family said" is one. And "he
// was held without a lawyer and questioned" is a questioning.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ALawyerWantedIsNoPerson, WithoutOrDeniedAccessTo) {
  Extraction x = extract_text(
      "Talant Usenov was held for two days without a lawyer. His wife said he was denied access "
      "to a lawyer and was questioned every night.");
  EXPECT_EQ(entity_named(x, "lawyer"), nullptr);
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "Talant Usenov"));
}

// "questioned" is a questioning in the passive beside a lawyer, a detention or a release; an
// active "questioned the arrest" is doubt, not a questioning.
TEST(Issue4ALawyerWantedIsNoPerson, DoubtingAnArrestIsNoQuestioning) {
  Extraction x =
      extract_text("The editor Aibek Usenov questioned the arrest of his brother at a checkpoint.");
  EXPECT_TRUE(events_of(x, "interrogation").empty());
}

TEST(Issue4ALawyerWantedIsNoPerson, ALawyerWhoSpeaks) {
  Extraction x =
      extract_text("A lawyer for the family said the charges against Talant Usenov were invented.");
  EXPECT_NE(entity_named(x, "lawyer"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
