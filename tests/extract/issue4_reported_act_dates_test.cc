// Issue 4: "X said on Wednesday that guards beat him during his detention in August": the
// time between the speech verb (and maybe its hearer) and "that" dates the saying, so the act
// told after "that" takes the time of its own words. With no time of its own, the saying's
// time is still the nearest the text gives. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ReportedActDates, TheActSaidTakesItsOwnTime) {
  Extraction x = extract_text(
      "Two former detainees said on Wednesday that guards beat them with batons during their "
      "detention in August.",
      "2024-10-17");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2024-08");
}

TEST(Issue4ReportedActDates, AHearerMayStandBetween) {
  Extraction x = extract_text(
      "The editor told reporters on Monday that police had searched his flat on 2 September.",
      "2024-10-17");
  std::vector<const Event*> ev = events_of(x, "raid_search");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2024-09-02");
}

TEST(Issue4ReportedActDates, WithNoTimeOfItsOwnTheSayingDatesIt) {
  Extraction x =
      extract_text("Her lawyer said on Friday that she was beaten in custody.", "2024-10-17");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2024-10-11");
}

}  // namespace
}  // namespace casebook::testing
