// Issue 4: "The prosecutor told reporters that two men had been detained" made the reporters
// the ones detained: a count opening the "that" clause opens its own subject, so "that" is a
// conjunction, not a relative pronoun standing for "reporters".
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CountAfterThat, TheMenWereDetainedNotTheReporters) {
  Extraction x = extract_text(
      "The prosecutor told reporters that two men had been detained on Wednesday.", "2024-05-10");
  auto victims = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(victims, "men"));
  EXPECT_FALSE(has_name(victims, "reporters"));
}

}  // namespace
}  // namespace casebook::testing
