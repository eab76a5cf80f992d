// Issue 4: a report often quotes the words of an act ('were "arbitrarily detained"'). The
// quotation mark between the auxiliary and the participle keeps the passive: those named
// before are the victims, not the doers. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4QuotedParticiple, AQuotedParticipleAfterBeIsPassive) {
  Extraction x = extract_text("Lena Vogt and Omar Saleh were \"brutally beaten\" in custody.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Lena Vogt"));
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Omar Saleh"));
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4QuotedParticiple, CurlyQuotesAndASharedAuxiliary) {
  Extraction x = extract_text(
      "Ivan Lukin was \u201cseparated from the others and killed\u201d, the bishop said.");
  std::vector<const Event*> ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Ivan Lukin"});
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4QuotedParticiple, AQuotedAdjectiveLeavesTheNextVerbActive) {
  Extraction x = extract_text("The officers were \"furious\" and beat Rafael Cruz.");
  std::vector<const Event*> ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "officers"));
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Rafael Cruz"});
}

}  // namespace
}  // namespace casebook::testing
