// Issue 4: "Dana Whitfield, a researcher, spoke to us. A lecturer was sentenced" made the
// researcher the one sentenced: "a" or "an" brings in someone new, who may be named later in
// the story but is not someone named before.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SomeoneNew, AnIndefiniteRoleIsNotThePersonBefore) {
  Extraction x = extract_text(
      "Dana Whitfield, a researcher, spoke to us. A lecturer was sentenced to 34 years.",
      "2024-05-10");
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "Dana Whitfield"));
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "lecturer"));
}

TEST(Issue4SomeoneNew, AnIndefiniteRoleMayBeNamedAfter) {
  Extraction x = extract_text(
      "A lecturer was sentenced to 34 years on Monday. The lecturer, Dana Whitfield, denied the "
      "charges.",
      "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Dana Whitfield"));
}

}  // namespace
}  // namespace casebook::testing
