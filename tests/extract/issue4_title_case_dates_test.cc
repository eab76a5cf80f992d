// Issue 4: a line is in title case when most of its longer words are capitalised. A weekday
// or a month is capitalised in any line, so it does not count: "Officers detained Liang
// Wenbin on Friday." is an ordinary sentence, and the family name stays in the person's name.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TitleCaseDates, WeekdayAfterAFamilyNameFirst) {
  for (const char* text :
       {"Officers detained Liang Wenbin on Friday.", "Police detained Zhou Wenbin on Monday.",
        "Agents questioned Chen Wenbin in March."}) {
    Extraction x = extract_text(text, "2024-05-10");
    ASSERT_EQ(x.events.size(), 1u) << text;
    const std::vector<std::string> victims = names_of(x, x.events[0].victims);
    ASSERT_EQ(victims.size(), 1u) << text;
    EXPECT_NE(victims[0].find(' '), std::string::npos) << text << ": " << victims[0];
  }
}

TEST(Issue4TitleCaseDates, HeadlineInTitleCaseStillReadAsOne) {
  // A title-case line keeps its common words out of the name, date or not.
  Extraction x = extract_text("Police Detain Lawyer Tomas Wenger On Monday", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Tomas Wenger"));
}

}  // namespace
}  // namespace casebook::testing
