// Issue 4: "the following spring", "the previous summer" name the next or last such season
// after or before the story's date: "arrested in October 2022 ... the following summer" is
// 2023, "arrested in March 2022 ... the following summer" 2022, and "the previous summer" of
// October 2022 is 2022. With only a year known, the season is in the year after or before.
#include <gtest/gtest.h>

#include <string>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

TimeExpression season(const std::string& text) {
  const auto found = find_time_expressions(text, parse_iso("2024-03-12"));
  for (const TimeExpression& t : found) {
    if (t.kind == TimeKind::kAnchored) return t;
  }
  ADD_FAILURE() << "no anchored expression in: " << text;
  return {};
}

TEST(Issue4FollowingSeason, TheNextSuchSeasonAfterTheStorysDate) {
  const TimeExpression t = season("The trial began the following summer.");
  EXPECT_TRUE(t.approximate);
  EXPECT_EQ(to_iso(resolve_anchored(t, {2022, 10, 0})), "2023");
  EXPECT_EQ(to_iso(resolve_anchored(t, {2022, 3, 14})), "2022");
  EXPECT_EQ(to_iso(resolve_anchored(t, {2016, 0, 0})), "2017");
}

TEST(Issue4FollowingSeason, TheLastSuchSeasonBeforeIt) {
  const TimeExpression t = season("The previous summer, police searched her flat.");
  EXPECT_EQ(to_iso(resolve_anchored(t, {2022, 10, 0})), "2022");
  EXPECT_EQ(to_iso(resolve_anchored(t, {2022, 3, 0})), "2021");
  const TimeExpression w = season("The following winter she fled.");
  EXPECT_EQ(to_iso(resolve_anchored(w, {2022, 3, 0})), "2022");
}

}  // namespace
}  // namespace casebook
