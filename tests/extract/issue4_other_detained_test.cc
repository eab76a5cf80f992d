// Issue 4: "She called for the release of other detained activists" made her the one who
// detained them. A participle after "other", "fellow" or a count, before its noun, takes no
// subject from the clause.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OtherDetained, TheSpeakerDidNotDetainThem) {
  for (const char* text : {"Nadia Karimi called for the release of other detained activists.",
                           "Nadia Karimi called for the release of two detained students."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_FALSE(has_name(first_perpetrators(x, "arrest_detention"), "Nadia Karimi")) << text;
  }
}

TEST(Issue4OtherDetained, AnActiveVerbStillHasItsSubject) {
  Extraction x = extract_text("Police detained two other activists.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "police"));
}

}  // namespace
}  // namespace casebook::testing
