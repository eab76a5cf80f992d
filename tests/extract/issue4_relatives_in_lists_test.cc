// Issue 4: relatives held as hostages, told in lists and headlines. "The parents and two
// brothers of X were detained": both kinship nouns take X, and both groups are victims. A
// headline "Relatives of exiled poet detained in Osh": the relatives were detained, not the
// poet the "of" phrase names. Not "Police said the poet detained in Osh had been freed",
// where a verb before it makes the participle a reduced relative on the poet. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativesInLists, ACountBeforeTheSecondKinNounKeepsTheAnchor) {
  Extraction x = extract_text(
      "The exiled poet Daniyar Osmonov lives in Vienna. Officers detained the elderly parents "
      "and two brothers of Osmonov on Monday.");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "parents of Daniyar Osmonov"));
  EXPECT_TRUE(has_name(v, "brothers of Daniyar Osmonov"));
}

TEST(Issue4RelativesInLists, AHeadlinesOfPhraseHeadIsTheVictim) {
  Extraction x = extract_text(
      "Relatives of exiled poet detained in Osh\n\n"
      "The exiled poet Daniyar Osmonov lives in Vienna. Police gave no reason for the arrests.");
  std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "relatives of Daniyar Osmonov"));
  EXPECT_FALSE(has_name(v, "Daniyar Osmonov"));
}

TEST(Issue4RelativesInLists, AVerbBeforeLeavesTheReducedRelative) {
  Extraction x =
      extract_text("The sister of Daniyar Osmonov said the poet detained in Osh was beaten.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "sister of Daniyar Osmonov"));
}

}  // namespace
}  // namespace casebook::testing
