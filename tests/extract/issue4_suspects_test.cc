// Issue 4: the crime a suspect is arrested, charged or convicted for. "Police arrested a man
// suspected of killing X" made the police the killers; the one suspected, accused, charged or
// convicted is the doer the text names, and the police who arrest him are not.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Suspects, TheOneSuspectedIsTheDoerNotThePolice) {
  for (const char* text : {"Police on Friday arrested a man suspected of killing the farmer "
                           "leader Julián Mejía.",
                           "Police charged a man with killing the farmer leader Julián Mejía.",
                           "Police detained a man accused of killing the farmer leader Julián "
                           "Mejía."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_TRUE(has_name(first_victims(x, "killing"), "Julián Mejía")) << text;
    EXPECT_FALSE(has_name(first_perpetrators(x, "killing"), "police")) << text;
    EXPECT_TRUE(has_name(first_perpetrators(x, "killing"), "man")) << text;
  }
}

TEST(Issue4Suspects, ConvictedOfficersAreTheDoersNotTheCourt) {
  Extraction x = extract_text("A court convicted two officers of beating Rosa Baca.", "2024-05-10");
  auto doers = first_perpetrators(x, "assault");
  EXPECT_TRUE(has_name(doers, "officers"));
  EXPECT_FALSE(has_name(doers, "court"));
}

TEST(Issue4Suspects, ABodyAccusedOfAKillingStaysItsDoer) {
  Extraction x = extract_text("Police were accused of killing Julián Mejía.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "killing"), "police"));
  Extraction y =
      extract_text("Rosa Baca was arrested by police for beating a guard.", "2024-05-10");
  EXPECT_FALSE(has_name(first_perpetrators(y, "torture_ill_treatment"), "police"));
}

}  // namespace
}  // namespace casebook::testing
