// Issue 4: "his former wife", "his ex-wife": relatives still, through whom an exile is
// pressed; the questioning of the former wife is done to the exile's spouse. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4FormerSpouse, FormerAndEx) {
  for (const char* text :
       {"Police detained Anton Lebedev in Moscow. Investigators also questioned his former wife.",
        "Police detained Anton Lebedev in Moscow. Investigators also questioned his ex-wife."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "spouse of Anton Lebedev")) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
