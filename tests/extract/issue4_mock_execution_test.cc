// Issue 4: "staged a mock execution of X" is torture, not a killing: X lived. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4MockExecution, IsTortureNotAKilling) {
  for (const char* text : {"Guards staged a mock execution of Ivo Marek in the yard.",
                           "Ivo Marek was subjected to a simulated execution."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(events_of(x, "killing").empty()) << text;
    EXPECT_EQ(first_victims(x, "torture_ill_treatment"), std::vector<std::string>{"Ivo Marek"})
        << text;
  }
  // A real execution stays a killing.
  Extraction x = extract_text("The authorities carried out the execution of Ivo Marek.");
  EXPECT_EQ(events_of(x, "killing").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
