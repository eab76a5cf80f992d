// Issue 4: "Her mother was detained two months later. [new paragraph] In 2019 she learned that
// her father had been sentenced": across a paragraph, "she" goes on with the named woman the
// story is about, not with her unnamed mother, so the sentenced father is her father. In the
// same paragraph the nearest fitting person still wins. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PronounAcrossAParagraph, TheNamedWomanGoesOn) {
  Extraction x = extract_text(
      "Aygul Tursun has not heard from her parents since 2017, when her father was taken away. "
      "Her mother was detained two months later.\n\n"
      "In 2019 she learned from a cousin that her father had been sentenced in secret to 15 "
      "years.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "father of Aygul Tursun"));
}

}  // namespace
}  // namespace casebook::testing
