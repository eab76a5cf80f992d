// Issue 4: the shapes of a letter to a government about a case. Its closing requests ("Please
// provide information on the legal basis for the arrest of X") and yes-or-no questions ("Has
// X been charged?") ask whether acts happened and tell none; a question's own clause with
// "who" still tells its act, and "why" takes the act as told. Someone who "has documented
// cases of enforced disappearance" suffered none of them, and cases on file are no single
// incident. "inquiries at the Public Prosecution": a body's name in capitals is no act.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool all_hypothetical(const std::vector<const Event*>& ev) {
  return std::all_of(ev.begin(), ev.end(), [](const Event* e) { return e->hypothetical; });
}

TEST(Issue4CommunicationLetter, RequestsAndQuestionsTellNoAct) {
  Extraction x = extract_text(
      "3. Please provide information on the legal basis for the detention of Mr. Karim Salah.");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_TRUE(all_hypothetical(events_of(x, "arrest_detention")));
  x = extract_text("Has Ms. Dalia Fares been charged with any offence?");
  ASSERT_FALSE(events_of(x, "prosecution").empty());
  EXPECT_TRUE(all_hypothetical(events_of(x, "prosecution")));
  x = extract_text("Please indicate whether Mr. Salah was beaten while in police custody.");
  EXPECT_TRUE(all_hypothetical(events_of(x, "arrest_detention")));
}

TEST(Issue4CommunicationLetter, AQuestionStillTellsItsOwnClausesAct) {
  Extraction x = extract_text(
      "Will the minister meet the students who were detained at the march on Friday?");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->hypothetical);
  x = extract_text("Why was Karim Salah arrested at the airport?");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->hypothetical);
}

TEST(Issue4CommunicationLetter, CasesOnFileAreNoIncident) {
  Extraction x = extract_text(
      "Mr. Karim Salah has documented cases of enforced disappearance in the Delta since 2016.");
  std::vector<const Event*> ev = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->generic);
  EXPECT_TRUE(ev[0]->victims.empty());
  EXPECT_TRUE(x.summary.types.empty());
}

TEST(Issue4CommunicationLetter, ABodysNameIsNoAct) {
  Extraction x = extract_text(
      "His wife made repeated inquiries at police stations and at the Public Prosecution.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  x = extract_text("At the Zarqa Court the detention of Karim Salah was extended in March.");
  EXPECT_FALSE(events_of(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
