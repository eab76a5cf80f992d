// Issue 4: "Judge X granted bail to Y" made the judge the one bailed; "reporters say they are
// rarely arrested" was an arrest of the reporters. The one bailed follows "to", and "rarely"
// or "seldom" tell of what happens in general.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4BailAndRarely, BailGrantedToSomeone) {
  Extraction x =
      extract_text("Judge Anjali Mehra granted bail to Rohan Kapoor on Friday.", "2024-05-10");
  auto victims = first_victims(x, "release");
  EXPECT_TRUE(has_name(victims, "Rohan Kapoor"));
  EXPECT_FALSE(has_name(victims, "Anjali Mehra"));
}

TEST(Issue4BailAndRarely, RarelyArrestedIsGeneric) {
  Extraction x = extract_text("Local reporters say they are rarely arrested.", "2024-05-10");
  for (const Event* ev : events_of(x, "arrest_detention")) EXPECT_TRUE(ev->generic);
}

}  // namespace
}  // namespace casebook::testing
