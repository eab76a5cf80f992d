// Issue 4: the time of a reporting clause that follows the act's clause ("X was arrested, his
// family said on Friday") dates the saying: the act keeps its own time, else it was by then,
// and takes that time marked approximate.
// A time said before the words said ("told reporters on Monday that police beat him") is
// still the act's when nothing else dates it, and so is a report of news just done ("a court
// has sentenced X, her son said on Thursday").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::date_of_only;
using testing::events_of;
using testing::extract_text;

TEST(Issue4ReportingClauseTime, TheSayingsTimeIsNotTheActs) {
  Extraction x =
      extract_text("Kaveh Sabzevari was arrested, his sister said on Thursday.", "2024-05-08");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2024-05-02");
  EXPECT_TRUE(events_of(x, "arrest_detention")[0]->date.approximate);
  Extraction y = extract_text(
      "Police detained Lucia Serrano on Saturday, her lawyer told reporters on Tuesday.",
      "2024-05-08");
  EXPECT_EQ(date_of_only(y, "arrest_detention"), "2024-05-04");
  EXPECT_FALSE(events_of(y, "arrest_detention")[0]->date.approximate);
}

TEST(Issue4ReportingClauseTime, ASayingBeforeTheWordsSaidStillDatesThem) {
  Extraction x = extract_text("His sister said on Thursday that guards had beaten Kaveh Sabzevari.",
                              "2024-05-08");
  EXPECT_EQ(date_of_only(x, "torture_ill_treatment"), "2024-05-02");
}

TEST(Issue4ReportingClauseTime, NewsJustDoneTakesTheSayingsTime) {
  // Told as just done, the act is as recent as its report.
  Extraction x =
      extract_text("A court has sentenced Kaveh Sabzevari to two years, his sister said on Thursday.",
                   "2024-05-08");
  EXPECT_EQ(date_of_only(x, "prosecution"), "2024-05-02");
}

}  // namespace
}  // namespace casebook
