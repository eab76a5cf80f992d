// Issue 4: the time in a reason clause after the act ("sentenced her for sharing my article
// in 2021", "convicted for killing a man in February 2020") dates the deed punished, not the
// act: the act keeps its own time or the story's. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ReasonClauseTime, TheDeedsTimeIsNotTheSentences) {
  Extraction x = extract_text(
      "My sister Olga was detained on 3 June 2023. A court sentenced her to fifteen days for "
      "sharing my article in 2021.",
      "2025-05-10");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0]->date.start, "2021");
}

TEST(Issue4ReasonClauseTime, TheActsOwnTimeStays) {
  Extraction x = extract_text(
      "In May 2024 a court jailed Olga Brin for posting a poem in 2021.", "2025-05-10");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2024-05");
}

}  // namespace
}  // namespace casebook::testing
