// Issue 4: two checks that kept their own short word lists now ask the shared ones. A headline's
// role noun skips whoever speaks of another with any verb that introduces a name ("wrote Y",
// not only "said Y"), and a span of nights after a participle is a span of time like weeks.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SharedWordLists, AHeadlinesRoleNounSkipsWhoWritesOfAnother) {
  Extraction x = extract_text(
      "Radio reporter shot dead outside his home\n\nTeodoro Villa was killed on 7 May. \"He "
      "was fearless,\" wrote Carmen Ibarra, the station's editor.",
      "2024-05-10");
  bool villa = false;
  for (const Event* ev : events_of(x, "killing")) {
    EXPECT_FALSE(has_name(names_of(x, ev->victims), "Carmen Ibarra"));
    villa = villa || has_name(names_of(x, ev->victims), "Teodoro Villa");
  }
  EXPECT_TRUE(villa);
}

TEST(Issue4SharedWordLists, NightsAfterAParticipleAreASpanOfTime) {
  Extraction x =
      extract_text("The activists detained nights after the vote were freed.", "2024-05-10");
  auto victims = first_victims(x, "arrest_detention");
  auto doers = first_perpetrators(x, "arrest_detention");
  EXPECT_TRUE(has_name(victims, "activists"));
  EXPECT_FALSE(has_name(doers, "activists"));
}

TEST(Issue4SharedWordLists, WeeksAfterStillASpanAndANounStillAnObject) {
  Extraction x =
      extract_text("The activists detained weeks after the vote were freed.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "activists"));
  Extraction y = extract_text("Police detained students after the vote.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "students"));
}

}  // namespace
}  // namespace casebook::testing
