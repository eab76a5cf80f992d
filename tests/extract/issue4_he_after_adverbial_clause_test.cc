// Issue 4: "He" opening a sentence goes on with the person the sentence before opened with,
// not with one who only acts in a clause that sentence's act was after, before or because
// of: "X left Russia days after President Y announced a mobilisation. He applied for
// asylum" is X. One acted on in that clause stays the one meant ("X spoke after Y was
// arrested. He was freed a day later" is Y). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HeAfterAdverbialClause, OpenerOverTheClausesSubject) {
  Extraction x = extract_text(
      "Pavel Sokolov left Russia days after President Ivan Gorin announced a call-up. He "
      "applied for asylum in Germany.");
  EXPECT_EQ(first_victims(x, "asylum_decision"), std::vector<std::string>{"Pavel Sokolov"});
}

TEST(Issue4HeAfterAdverbialClause, OneActedOnInTheClauseStays) {
  Extraction x = extract_text(
      "Pavel Sokolov spoke after Ivan Gorin was arrested. He was released a day later.");
  EXPECT_EQ(first_victims(x, "release"), std::vector<std::string>{"Ivan Gorin"});
}

}  // namespace
}  // namespace casebook::testing
