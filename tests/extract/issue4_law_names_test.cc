// Issue 4: a law's name is neither an act nor a date. "the extradition treaty" or "the
// Extradition Act" is a law, not someone's extradition; the year in "the Terrorism Act 2006"
// names the statute, not when anything happened.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

TEST(Issue4LawNames, AnExtraditionLawIsNoExtradition) {
  Extraction x = extract_text(
      "Lawyers for the publisher cited the extradition treaty between the two countries and "
      "the Extradition Act of the kingdom.");
  EXPECT_TRUE(events_of(x, "deportation_extradition").empty());
  Extraction y = extract_text("The court ordered the extradition of Pavel Dudek to Poland.");
  EXPECT_EQ(events_of(y, "deportation_extradition").size(), 1u);
}

TEST(Issue4LawNames, TheYearOfAStatuteIsNoDate) {
  Extraction x =
      extract_text("Pavel Dudek was detained under the Public Order Act 2006.", "2021-03-04");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0]->date.start.substr(0, 4), "2006");
  Extraction y = extract_text("Pavel Dudek was detained in 2006.", "2021-03-04");
  ASSERT_EQ(events_of(y, "arrest_detention").size(), 1u);
  EXPECT_EQ(events_of(y, "arrest_detention")[0]->date.start, "2006");
}

}  // namespace
}  // namespace casebook
