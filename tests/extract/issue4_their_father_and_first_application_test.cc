// Issue 4: two ways a relative or a claim names its owner. "X and his brother Y live apart.
// Their father was summoned": "their" is the two brothers, and the father is X's too, a case
// to find from X's side. "His first asylum application was refused": the owner stands before
// an ordinal. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TheirFatherAndFirstApplication, TheBrothersFather) {
  Extraction x = extract_text(
      "Sherzod Rahimov and his brother Daler live in different countries. Their father was "
      "summoned by the security service in Dushanbe.");
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "father of Sherzod Rahimov"));
}

TEST(Issue4TheirFatherAndFirstApplication, TheirWithNoSiblings) {
  Extraction x = extract_text(
      "Sherzod Rahimov met the two lawyers in Berlin. Their office was searched by the police.");
  EXPECT_EQ(entity_named(x, "father of Sherzod Rahimov"), nullptr);
}

TEST(Issue4TheirFatherAndFirstApplication, HisFirstApplication) {
  Extraction x = extract_text(
      "Sherzod Rahimov fled in 2016. His first asylum application was refused in 2023.");
  EXPECT_TRUE(has_name(first_victims(x, "asylum_decision"), "Sherzod Rahimov"));
}

}  // namespace
}  // namespace casebook::testing
