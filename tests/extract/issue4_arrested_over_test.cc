// Issue 4: "Three men arrested over killing of activist X", a headline without "were", made
// the men the arresters and the dead activist the one arrested. "Over" after a justice verb's
// participle opens what they are held for, like "for"; "arrested over 100 people" is a count.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ArrestedOver, TheMenAreHeldNotTheDead) {
  Extraction x =
      extract_text("Three men arrested over killing of activist Julián Mejía", "2024-05-10");
  auto victims = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(victims, "men"));
  EXPECT_FALSE(has_name(victims, "Julián Mejía"));
  EXPECT_TRUE(first_perpetrators(x, "arrest_detention").empty());
}

TEST(Issue4ArrestedOver, OverACountIsMoreThan) {
  Extraction x = extract_text("Police arrested over 100 people on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "people"));
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "police"));
}

}  // namespace
}  // namespace casebook::testing
