// Issue 6: find_statistics asks quantity_of about every word before an act; it probed a flat map
// for each. A word is now refused on its first byte unless a number word begins with that byte
// or it is a figure (a digit or a comma first). Every number word and figure must still count
// the people of an act, and other words none ("thousands" is left out: a rule of its own
// counts no people by it here). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

double counted(const std::string& number) {
  const Extraction x =
      extract_text("Police detained " + number + " activists in Varno on Monday.");
  for (const Statistic& s : x.statistics) {
    if (s.measure == "detained") return s.quantity;
  }
  return -1;
}

TEST(QuantityWords, Issue6EveryNumberWordAndFigureCounts) {
  const std::vector<std::pair<std::string, double>> numbers = {
      {"two", 2},       {"three", 3},   {"four", 4},       {"five", 5},
      {"six", 6},       {"seven", 7},   {"eight", 8},      {"nine", 9},
      {"ten", 10},      {"eleven", 11}, {"twelve", 12},    {"fifteen", 15},
      {"twenty", 20},   {"thirty", 30}, {"forty", 40},     {"fifty", 50},
      {"hundred", 100}, {"dozens", 24}, {"hundreds", 200},
      {"5,020", 5020},  {"17", 17},     {"340", 340}};
  for (const auto& [word, n] : numbers) EXPECT_EQ(counted(word), n) << word;
}

TEST(QuantityWords, Issue6OtherWordsCountNothing) {
  for (const std::string word : {"young", "local", "several", "many", "tenth", "fives"}) {
    EXPECT_EQ(counted(word), -1) << word;
  }
}

}  // namespace
}  // namespace casebook::testing
