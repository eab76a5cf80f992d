// Issue 4: "Opposition activist faces deportation" above "... the Tajik opposition activist
// Sherzod Rahimov": the descriptor's head noun, "activist", stands before the name, though the
// lexicon gives "opposition activist" another role than "activist"; the headline's activist is
// that man. A head noun that differs ("opposition journalist") is someone else. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DescriptorHeadNoun, TheSameHeadNounBeforeTheName) {
  Extraction x = extract_text(
      "Opposition activist faces deportation from Germany\n\n"
      "A court in Berlin has rejected the asylum appeal of Tajik opposition activist Sherzod "
      "Rahimov, clearing the way for his deportation.\n\nRahimov, 39, fled Tajikistan in 2016.");
  EXPECT_EQ(entity_named(x, "opposition activist"), nullptr);
  EXPECT_TRUE(has_name(first_victims(x, "deportation_extradition"), "Sherzod Rahimov"));
}

TEST(Issue4DescriptorHeadNoun, ADifferentHeadNoun) {
  Extraction x = extract_text(
      "Opposition journalist faces deportation from Germany\n\n"
      "A court in Berlin has rejected the asylum appeal of the Tajik opposition activist "
      "Sherzod Rahimov.");
  EXPECT_FALSE(has_name(first_victims(x, "deportation_extradition"), "Sherzod Rahimov"));
}

}  // namespace
}  // namespace casebook::testing
