// Issue 4: a person whose name ends in "Jun" is not named with the sentence's full stop ("the
// anchor Wang Jun."), and "Jun" is a given name, not a month, when it is no date ("on Jun 5,
// 2021" still is). The tokenizer's side is in tests/nlp. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NamesEndingInAMonth, ANameEndingInJunHasNoFullStop) {
  Extraction x = extract_text(
      "The activist pressed charges against the anchor Wang Jun. The case opened in May.");
  EXPECT_TRUE(has_name(names_of(x, x.summary.victims), "Wang Jun"));
  for (const Entity& e : x.entities) EXPECT_EQ(e.name.find('.'), std::string::npos) << e.name;
}

TEST(Issue4NamesEndingInAMonth, AMonthWithADayIsStillADate) {
  Extraction x = extract_text("Police detained the anchor Wang Jun on Jun 5, 2021.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_FALSE(ar.empty());
  EXPECT_EQ(ar[0]->date.start, "2021-06-05");
}

}  // namespace
}  // namespace casebook::testing
