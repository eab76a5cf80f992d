// The parties of a complaint in court judgments and UN communications: "the applicant", "the
// appellant", "the complainant" are people, the ones the facts happened to, not words the
// reader skips. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ComplaintParties, TheApplicantIsWhomTheOfficerArrested) {
  Extraction x = extract_text("Sergeant Tomas Varga arrested the applicant and beat him.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "Tomas Varga"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Tomas Varga"));
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "applicant"));
}

TEST(Issue4ComplaintParties, TheComplainantAllegesABeatingOfHimself) {
  Extraction x = extract_text("The complainant alleged that two police officers beat him.");
  std::vector<const Event*> ev;
  for (const Event& e : x.events) ev.push_back(&e);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "complainant"));
}

}  // namespace
}  // namespace casebook::testing
