// Issue 4: the shapes of a court verdict story. "X received 12 years in prison" is a
// sentence; "The activists were charged in August" is a charge though no crime is named,
// but not "under trumped-up charges" (a noun), "a move she charged was reprisal" (no "be"
// before it) nor "the officer in charge". "seek longer sentences" asks for them; "demand the
// release of detained classmates" asks for a release, not a detention. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Verdict, YearsReceivedAreASentence) {
  Extraction x = extract_text(
      "Party deputy chairman Emin Rzayev received 12 years, while Aysel Guliyeva and Ramin "
      "Babayev were sentenced to eight years each.");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_FALSE(ev.empty());
  bool rzayev = false;
  for (const Event* e : ev) {
    rzayev = rzayev ||
             (has_name(names_of(x, e->victims), "Emin Rzayev") && e->outcome == "sentenced");
  }
  EXPECT_TRUE(rzayev);
  x = extract_text("The company received 12 years of funding from the state.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
}

TEST(Issue4Verdict, ChargedWithNoCrimeNamed) {
  Extraction x = extract_text("The activists were charged in August.", "2024-03-14");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->outcome, "charged");
  EXPECT_EQ(ev[0]->date.start, "2023-08");
  x = extract_text("The officer in charge was absent that day.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  x = extract_text("The board dismissed Mira Sen, a move Sen charged was reprisal for her work.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
}

TEST(Issue4Verdict, LongerSentencesSoughtAreNoSentence) {
  // "seek longer sentences for the others": asked for, not handed down.
  Extraction x = extract_text(
      "The prosecution said it would appeal his acquittal and seek longer sentences for the "
      "others.");
  for (const Event* e : events_of(x, "prosecution")) EXPECT_TRUE(e->hypothetical);
}

TEST(Issue4Verdict, DetainedClassmatesWereDetained) {
  // "to demand the release of detained classmates": the release is asked for; the detention
  // the participle tells is not.
  Extraction x = extract_text(
      "Students staged a sit-in to demand the release of detained classmates.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->hypothetical);
}

TEST(Issue4Verdict, TheLawyersClientsWereBeaten) {
  // "clients" and "defendants" are people a lawyer's words are about, not the lawyers.
  Extraction x = extract_text(
      "Defence lawyers said their clients had been beaten in pre-trial detention to force them "
      "to confess.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"clients"});
}

}  // namespace
}  // namespace casebook::testing
