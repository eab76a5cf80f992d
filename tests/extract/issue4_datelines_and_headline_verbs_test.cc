// Issue 4: two shapes of a news report. "ALMATY, May 16 — Kazakh authorities deported X on
// Wednesday": the date line's date is when the report was written; the act takes its own
// "on Wednesday". "Kazakhstan deports blogger's cousin, blocks family website": the second
// verb after the comma has the first verb's subject, not its object, so the cousin is no
// perpetrator of the blocking. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DatelinesAndHeadlineVerbs, ADatelinesDateIsNoActsDate) {
  Extraction x = extract_text(
      "ALMATY, May 16 — Kazakh authorities deported the blogger Rustam Abenov to Kyrgyzstan on "
      "Wednesday, his wife said.",
      "2025-05-16");
  std::vector<const Event*> ev = events_of(x, "deportation_extradition");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2025-05-14");
}

TEST(Issue4DatelinesAndHeadlineVerbs, ASecondHeadlineVerbKeepsTheFirstsSubject) {
  Extraction x = extract_text(
      "Kazakhstan deports blogger's cousin, blocks family website\n\n"
      "Authorities deported Rustam Abenov, a cousin of the exiled blogger Aidos Sadykov, on "
      "Wednesday.");
  for (const Event& e : x.events) {
    EXPECT_FALSE(has_name(names_of(x, e.perpetrators), "Rustam Abenov")) << e.type;
  }
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// The date line's place is read back to the paragraph's start only: a headline above it that
// ends in a capitalised word ("... in Colombia") is not part of it.
TEST(Issue4DatelinesAndHeadlineVerbs, ADatelineBelowAHeadlineEndingInAName) {
  Extraction x = extract_text(
      "Two farmers shot dead in southern Colombia\n\n"
      "POPAYAN, 14 July 2025 \xE2\x80\x94 Gunmen shot and killed Ana Ruiz and her neighbour Luis "
      "Mora Pérez outside their homes in the department of Cauca on Saturday night, local "
      "officials said.");
  bool dated = false;
  for (const Event* e : events_of(x, "killing")) {
    if (e->date.start.empty()) continue;
    EXPECT_EQ(e->date.start, "2025-07-12");
    dated = true;
  }
  EXPECT_TRUE(dated);
}

}  // namespace
}  // namespace casebook::testing
