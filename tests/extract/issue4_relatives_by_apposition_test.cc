// Issue 4: a name set off before a possessive's relative ("Johan Holm, her husband, called
// for her release") is that relative, tied by kinship to the one the possessive stands for;
// "X, her husband said," is no apposition. "Her lawyer, Y," and "Y, her lawyer," tie the
// lawyer to the client. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativesByApposition, ANameBeforeHerHusband) {
  Extraction x =
      extract_text("Nina Holt was arrested. Arne Holt, her husband, called for her release.");
  EXPECT_TRUE(has_relation(x, "Arne Holt", "spouse", "Nina Holt"));
  EXPECT_EQ(entity_named(x, "spouse of Nina Holt", "person"), nullptr);
}

TEST(Issue4RelativesByApposition, ASpeakerIsNoApposition) {
  Extraction x = extract_text("Nina Holt was arrested, her husband said, in Tabriz.");
  EXPECT_FALSE(has_relation(x, "Nina Holt", "spouse", "Nina Holt"));
  EXPECT_NE(entity_named(x, "spouse of Nina Holt", "person"), nullptr);
}

TEST(Issue4RelativesByApposition, HerLawyerNamed) {
  for (const char* text :
       {"Police detained Dana Orel. Her lawyer, Timur Sadykov, was not allowed to see her.",
        "Police detained Dana Orel. Timur Sadykov, her lawyer, said she was beaten."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(has_relation(x, "Timur Sadykov", "lawyer_of", "Dana Orel")) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
