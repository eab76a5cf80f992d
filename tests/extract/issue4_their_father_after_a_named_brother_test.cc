// Issue 4: "... his younger brother, Daler Rahimov, was arrested. Their father was summoned":
// with a sibling of a named man in the sentence before, "their" is the brothers, and the
// father is a relative pressed over the named man. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TheirFatherAfterANamedBrother, TheNamedMansFather) {
  Extraction x = extract_text(
      "Sherzod Rahimov lives in Berlin. In January his younger brother, Daler Rahimov, was "
      "arrested in Dushanbe. Their father was summoned by the security service.");
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "father of Sherzod Rahimov"));
}

}  // namespace
}  // namespace casebook::testing
