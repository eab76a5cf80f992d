// Issue 4: "A complaint of torture was filed by X" made X the torturer. The "by" of a verb
// after the act ("filed by", "made by") names who complained; a person complaining of the
// act is the one it was done to. "Reports of torture by guards": the guards did it. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ComplaintOfAnAct, TheComplainantIsNoDoer) {
  for (const char* text : {"A complaint of torture was filed by Ivo Marek on Monday.",
                           "Allegations of torture made by Ivo Marek were dismissed."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_FALSE(has_name(first_perpetrators(x, "torture_ill_treatment"), "Ivo Marek")) << text;
    EXPECT_EQ(first_victims(x, "torture_ill_treatment"), std::vector<std::string>{"Ivo Marek"})
        << text;
  }
}

TEST(Issue4ComplaintOfAnAct, ByRightAfterTheActIsItsDoer) {
  Extraction x = extract_text("Reports of torture by guards reached his family.");
  EXPECT_EQ(first_perpetrators(x, "torture_ill_treatment"), std::vector<std::string>{"guards"});
}

}  // namespace
}  // namespace casebook::testing
