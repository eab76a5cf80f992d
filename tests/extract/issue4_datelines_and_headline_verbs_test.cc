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
