// Issue 4: the shapes of an asylum tribunal's findings. "I do not accept that his laptop was
// seized" and "Nor do I accept that he was summoned" reject the claims: the acts are negated,
// while "I accept that he was arrested" keeps its act. "police warned her that she could be
// imprisoned" is a threat. "In 2023 police detained ..." is dated 2023 though "police" may
// follow a count ("2000 police"). "The appeal is allowed on asylum grounds" grants asylum.
// The witness whose evidence is "that the brother was arrested" is not arrested. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TribunalFindings, RejectedClaimsAreNegated) {
  Extraction x = extract_text("I do not accept that his laptop was seized.");
  ASSERT_EQ(events_of(x, "property_seizure").size(), 1u);
  EXPECT_TRUE(events_of(x, "property_seizure")[0]->negated);
  x = extract_text("Nor do I accept that he was summoned by the police.");
  ASSERT_EQ(events_of(x, "interrogation").size(), 1u);
  EXPECT_TRUE(events_of(x, "interrogation")[0]->negated);
  x = extract_text("I accept that he was arrested in Tabriz in 2019.");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->negated);
}

TEST(Issue4TribunalFindings, AWarningOfPrisonIsAThreat) {
  Extraction x = extract_text("In 2023 police warned Sara Navid that she could be imprisoned.");
  std::vector<const Event*> ev = events_of(x, "threat_intimidation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Sara Navid"));
  EXPECT_EQ(ev[0]->date.start, "2023");
}

TEST(Issue4TribunalFindings, AYearBeforePolice) {
  Extraction x = extract_text("In 2021 police detained Sara Navid in Tabriz.");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_EQ(events_of(x, "arrest_detention")[0]->date.start, "2021");
  x = extract_text("Police detained 2000 protesters in Tabriz.", "2024-04-03");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(x, "arrest_detention")[0]->date.start.empty());
}

TEST(Issue4TribunalFindings, AnAppealAllowedOnAsylumGroundsIsAGrant) {
  Extraction x = extract_text("The appeal is allowed on asylum grounds.");
  ASSERT_EQ(events_of(x, "asylum_decision").size(), 1u);
  EXPECT_EQ(events_of(x, "asylum_decision")[0]->outcome, "granted");
  x = extract_text("The appeal was allowed and the sentence reduced to two years.");
  EXPECT_TRUE(events_of(x, "asylum_decision").empty());
}

TEST(Issue4TribunalFindings, TheWitnessIsNotTheOneArrested) {
  // "the evidence of Mrs Navid that the brother was arrested": "that" opens what the evidence
  // says, with a subject of its own, not a relative clause about the witness.
  Extraction x = extract_text(
      "I accept the evidence of Mrs Navid that the appellant's brother, Omid Rahimi, was "
      "arrested in Tabriz in 2022.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Omid Rahimi"});
  x = extract_text("I accept the evidence of Mrs Navid that the brother was arrested.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Navid"));
  // A relative "that" still stands for the noun before it.
  x = extract_text("He saw the student that was arrested in Tabriz.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"student"});
}

}  // namespace
}  // namespace casebook::testing
