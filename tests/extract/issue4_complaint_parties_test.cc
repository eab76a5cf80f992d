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

// "On 18 March the applicant lodged a complaint of ill-treatment with the prosecutor's
// office": the ill-treatment came before the complaint, to the complainant, and the office
// the complaint went to did not do it.
TEST(Issue4ComplaintParties, AnActComplainedOfIsNotTheComplaintsDayNorItsAddressees) {
  Extraction x = extract_text(
      "On 18 March 2019 the applicant lodged a complaint of ill-treatment with the prosecutor's "
      "office.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->date.start.empty());
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "applicant"));
  // The doers the complaint names stay.
  x = extract_text(
      "On 18 March 2019 Tomas Varga filed a complaint of torture by police officers with the "
      "prosecutor.");
  ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "police officers"));
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Tomas Varga"));
}

}  // namespace
}  // namespace casebook::testing
