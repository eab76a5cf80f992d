// Issue 4: a story is often dated in a sentence that tells no act of its own ("On 12 May, she
// was at home when the doorbell rang."), and the acts follow in the next sentences ("Officers
// searched the flat."). Those acts take that date. A bare year ("In 2015 she founded
// the group.") is background and dates nothing after it; nor does a date in another paragraph
// or the start of a span ("Since May ..."). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::string first_date(const Extraction& x, const std::string& type) {
  std::vector<const Event*> ev = events_of(x, type);
  return ev.empty() ? "(no event)" : ev[0]->date.start;
}

TEST(Issue4StoryDatedWithoutAnAct, TheNextSentencesActsTakeTheDate) {
  Extraction x = extract_text(
      "On 12 May 2024, Dina Karimova was at home in Osh with her father when the doorbell rang. "
      "Officers searched the flat for three hours. Her father, Ulan Karimov, was held for two "
      "days.",
      "2024-06-01");
  EXPECT_EQ(first_date(x, "raid_search"), "2024-05-12");
  EXPECT_EQ(first_date(x, "arrest_detention"), "2024-05-12");
}

TEST(Issue4StoryDatedWithoutAnAct, ABareYearIsBackground) {
  Extraction x = extract_text(
      "In 2015 Dina Karimova founded a legal aid group in Osh. She was arrested at her office.",
      "2024-06-01");
  EXPECT_NE(first_date(x, "arrest_detention").substr(0, 4), "2015");
}

TEST(Issue4StoryDatedWithoutAnAct, NotAcrossAParagraph) {
  Extraction x = extract_text(
      "On 12 May 2024, Dina Karimova spoke at a conference in Bishkek.\n\n"
      "Her father, Ulan Karimov, was held for two days.",
      "2024-06-01");
  EXPECT_NE(first_date(x, "arrest_detention"), "2024-05-12");
}

}  // namespace
}  // namespace casebook::testing
