// Issue 4: a bare year right after a noun for a happening ("over the riots in 2016") dates
// the happening, not the act told before it in the clause; the act then takes the clause's
// other date or none. The happening's own trigger ("staged a rally in 2016") keeps its year.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

TEST(Issue4HappeningYear, AYearAfterAHappeningIsNotTheActsDate) {
  Extraction x = extract_text(
      "Police said on Friday that they had arrested Tomas Berzins over the riots in 2016.",
      "2023-09-18");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0]->date.start.substr(0, 4), "2016");
  Extraction y = extract_text(
      "Police arrested the bus drivers for their part in the strike in 2017.", "2023-09-18");
  auto held = events_of(y, "arrest_detention");
  ASSERT_EQ(held.size(), 1u);
  EXPECT_NE(held[0]->date.start.substr(0, 4), "2017");
}

TEST(Issue4HappeningYear, TheActsOwnYearAndTheTriggersOwnNounKeepTheirYear) {
  Extraction x = extract_text("Tomas Berzins was arrested in 2016 over the riots.", "2023-09-18");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2016");
  Extraction y = extract_text("The nurses staged a protest in 2016.", "2023-09-18");
  auto pr = events_of(y, "protest");
  ASSERT_EQ(pr.size(), 1u);
  EXPECT_EQ(pr[0]->date.start, "2016");
  Extraction z = extract_text("Tomas Berzins was arrested at a house in 2016.", "2023-09-18");
  ASSERT_EQ(events_of(z, "arrest_detention").size(), 1u);
  EXPECT_EQ(events_of(z, "arrest_detention")[0]->date.start, "2016");
}

}  // namespace
}  // namespace casebook
