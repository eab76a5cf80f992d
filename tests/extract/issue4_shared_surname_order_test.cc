// Issue 4: a surname alone is one of the people named so far. "Police harass the family of
// Sherzod Azimov. Azimov left. His father was detained. Firdavs Azimov was arrested.": the
// surname is Sherzod's, the only Azimov named before it, though Firdavs is later a sentence's
// subject. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SharedSurnameOrder, TheSurnameIsOfSomeoneNamedBefore) {
  Extraction x = extract_text(
      "Police harass the family of Sherzod Azimov. Azimov left. His father was detained. "
      "Firdavs Azimov was arrested.");
  EXPECT_TRUE(has_relation(x, "father of Sherzod Azimov", "father", "Sherzod Azimov"));
  EXPECT_EQ(entity_named(x, "father of Firdavs Azimov", "person"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
