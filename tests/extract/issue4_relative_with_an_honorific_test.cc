// Issue 4: formal letters write "his wife, Mrs. Dilbar Karimova," with an honorific between
// the kinship noun and the name. The name is still the relative's, and "her husband" then is
// the one whose wife she is, not a new unnamed man. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativeWithAnHonorific, HisWifeMrsX) {
  Extraction x = extract_text(
      "Police detained Mr. Timur Karimov in Tashkent. On 27 February, his wife, Mrs. Dilbar "
      "Karimova, was summoned to the police station and questioned about her husband.");
  EXPECT_TRUE(has_relation(x, "Dilbar Karimova", "spouse", "Timur Karimov"));
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "Dilbar Karimova"));
  EXPECT_EQ(entity_named(x, "spouse of Dilbar Karimova"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
