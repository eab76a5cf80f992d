// Issue 4: the shapes of a UN experts' press release. A mandate's title names acts without
// telling them ("Special Rapporteur on torture and other cruel, inhuman or degrading
// treatment", "the Committee against Torture"); experts who express alarm at a detention did
// not detain anyone; who publishes a report documenting an eviction did not evict. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4UnStatements, AMandatesTitleTellsNoAct) {
  Extraction x = extract_text(
      "Mira Talvik, Special Rapporteur on torture and other cruel, inhuman or degrading "
      "treatment, visited the prison.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  x = extract_text(
      "The Special Rapporteur on extrajudicial, summary or arbitrary executions wrote to the "
      "government.");
  EXPECT_TRUE(events_of(x, "killing").empty());
  x = extract_text("The Committee against torture met in Geneva.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
}

TEST(Issue4UnStatements, AReportOnTortureStillTellsTheActsInIt) {
  Extraction x = extract_text(
      "A report by the Lantern Group on torture in prisons said guards beat inmates.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev.back()->perpetrators), "guards"));
}

TEST(Issue4UnStatements, WhoExpressesAlarmDidNotDoTheAct) {
  Extraction x = extract_text("UN experts expressed alarm at the detention of Dina Orlova.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Dina Orlova"});
}

TEST(Issue4UnStatements, WhoDocumentsAnEvictionDidNotEvict) {
  Extraction x = extract_text(
      "Dina Orlova published a report documenting the forced eviction of herders.");
  std::vector<const Event*> ev = events_of(x, "forced_eviction");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

}  // namespace
}  // namespace casebook::testing
