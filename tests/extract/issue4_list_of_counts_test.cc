// Issue 4: in a list of counts ("39 killings, 361 injuries and 627 arrests") each number
// counts the word right after it: the arrests are 627, not 361 injuries. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ListOfCounts, EachNumberCountsItsOwnWord) {
  Extraction x = extract_text("The monitors recorded 12 killings, 85 injuries and 240 arrests.");
  bool detained = false;
  for (const Statistic& s : x.statistics) {
    if (s.measure != "detained") continue;
    detained = true;
    EXPECT_EQ(s.quantity, 240);
  }
  EXPECT_TRUE(detained);
}

}  // namespace
}  // namespace casebook::testing
