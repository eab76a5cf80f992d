// Issue 4: '"This is a revolving door," said his brother, Aditya K.' gave the quote no
// speaker: after "said", a possessive, a relative or a role, and the name set beside it, the
// named person speaks (or the relative, unnamed).
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SaidHisBrother, TheBrotherNamedBesideSpeaks) {
  Extraction x = extract_text(
      "Rohan Kapoor was arrested again. \"This is a revolving door,\" said his brother, Aditya "
      "Kapoor.",
      "2024-05-10");
  ASSERT_EQ(x.quotes.size(), 1u);
  const Entity* brother = entity_named(x, "Aditya Kapoor", "person");
  ASSERT_NE(brother, nullptr);
  EXPECT_EQ(x.quotes[0].speaker, brother->id);
}

}  // namespace
}  // namespace casebook::testing
