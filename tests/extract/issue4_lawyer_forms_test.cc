// Issue 4: more ways of telling who a lawyer acts for. "X's lawyer, advocate Y" (a lower-case
// title before the name), "the bishop's lawyer, Y" (a client known by a role the text
// named), "Lawyer Y, who represents X". Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4LawyerForms, TitleBeforeTheLawyersName) {
  Extraction x = extract_text(
      "Selim Kaya was arrested. Kaya's lawyer, advocate Deniz Aksoy, filed an appeal.");
  EXPECT_TRUE(has_relation(x, "Deniz Aksoy", "lawyer_of", "Selim Kaya"));
}

TEST(Issue4LawyerForms, ClientKnownByARole) {
  Extraction x = extract_text(
      "Police arrested Bishop Anselmo Ruiz. The bishop's lawyer, Clara Ibarra, was turned away.");
  EXPECT_TRUE(has_relation(x, "Clara Ibarra", "lawyer_of", "Anselmo Ruiz"));
}

TEST(Issue4LawyerForms, WhoRepresents) {
  Extraction x = extract_text("Lawyer Deniz Aksoy, who represents Selim Kaya, spoke to the court.");
  EXPECT_TRUE(has_relation(x, "Deniz Aksoy", "lawyer_of", "Selim Kaya"));
  // Not a lawyer: "X, who represents Y" alone ties no one.
  Extraction y = extract_text("Deniz Aksoy, who represents Selim Kaya, spoke to the court.");
  EXPECT_FALSE(has_relation(y, "Deniz Aksoy", "lawyer_of", "Selim Kaya"));
}

}  // namespace
}  // namespace casebook::testing
