// Issue 4: the arrest, charge or trial of the people who did an act of violence is justice for
// that act, not repression of its own; a political charge keeps an arrest repression even
// beside an ordinary crime, and so does a charge the text calls false ("on fabricated
// smuggling charges", "trumped-up fraud charges").
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

bool in_summary(const Extraction& x, const std::string& type) {
  return std::find(x.summary.types.begin(), x.summary.types.end(), type) != x.summary.types.end();
}

TEST(Issue4Justice, TrialOfTheKidnapperIsLawEnforcement) {
  Extraction x = extract_text(
      "Tobias Wren kidnapped a local reporter near the harbour in March 2019.\n\n"
      "A regional court sentenced Wren to 15 years in prison on Tuesday.");
  auto pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 1u);
  EXPECT_TRUE(pr[0]->law_enforcement);
  EXPECT_TRUE(in_summary(x, "abduction"));
  EXPECT_FALSE(in_summary(x, "prosecution"));
}

// One defendant who did the act makes the trial the act's, whoever else stands beside him.
TEST(Issue4Justice, TrialOfTheKidnapperAndAnotherIsLawEnforcement) {
  Extraction x = extract_text(
      "Tobias Wren kidnapped a local reporter near the harbour in March 2019.\n\n"
      "A regional court sentenced Wren and his driver Piet Mol to 15 years in prison on "
      "Tuesday.");
  auto pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 1u);
  EXPECT_TRUE(pr[0]->law_enforcement);
}

TEST(Issue4Justice, ArrestOfTheVictimStaysRepression) {
  Extraction x = extract_text(
      "Officers beat the activist Mara Oduya outside the court.\n\n"
      "The police later detained Oduya for two days.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_FALSE(ar[0]->law_enforcement);
  EXPECT_TRUE(in_summary(x, "arrest_detention"));
}

TEST(Issue4Justice, GuiltyInTheKidnappingIsLawEnforcement) {
  Extraction x = extract_text("Keld Maren was found guilty in the kidnapping of a banker.");
  auto pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 1u);
  EXPECT_TRUE(pr[0]->law_enforcement);
  Extraction z = extract_text("Police arrested a student in the slaying of a shopkeeper.");
  ASSERT_EQ(events_of(z, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(z, "arrest_detention")[0]->law_enforcement);
}

TEST(Issue4Justice, ArrestInAProtestAgainstAKillingStaysRepression) {
  Extraction x = extract_text(
      "Police arrested the student leader Ilse Brask in protests against the killing of a "
      "teenager.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_FALSE(ar.empty());
  EXPECT_FALSE(ar[0]->law_enforcement);
}

TEST(Issue4Justice, PoliticalChargeBesideFraudStaysRepression) {
  Extraction x = extract_text(
      "The publisher Anton Pello was arrested on suspicion of sedition and fraud on Monday.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_FALSE(ar[0]->law_enforcement);
  Extraction y =
      extract_text("The publisher Anton Pello was arrested on suspicion of fraud on Monday.");
  ASSERT_EQ(events_of(y, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(y, "arrest_detention")[0]->law_enforcement);
}

TEST(Issue4Justice, SeizureBesideArrestsOfTraffickersIsBackground) {
  Extraction x = extract_text(
      "Police arrested 40 drug traffickers in the port city and seized two tonnes of cocaine.");
  EXPECT_FALSE(in_summary(x, "arrest_detention"));
  EXPECT_FALSE(in_summary(x, "property_seizure"));
  Extraction y = extract_text(
      "Police arrested 40 striking dockers in the port city and seized their union's "
      "computers.");
  EXPECT_TRUE(in_summary(y, "arrest_detention"));
}

// Harassment, an attack on a person and money laundering are ordinary crimes; a charge "on"
// one reads like a charge "for" one.
TEST(Issue4Justice, OrdinaryCrimesOfManyKindsAreLawEnforcement) {
  for (const char* text : {
           "A court convicted Dario Pelk of harassment on Monday.",
           "A district court convicted a driver over the shooting at a petrol station.",
           "A court in Lyon convicted Olaf Brenn of money laundering.",
           "Prosecutors indicted Ivo Sander on kidnapping charges last week.",
       }) {
    Extraction x = extract_text(text);
    auto pr = events_of(x, "prosecution");
    ASSERT_EQ(pr.size(), 1u) << text;
    EXPECT_TRUE(pr[0]->law_enforcement) << text;
    EXPECT_FALSE(in_summary(x, "prosecution")) << text;
  }
}

// A crime the sentence denies is no reason for the act, and a "threatening tone" is no
// threat: the journalist's arrest stays repression.
TEST(Issue4Justice, DeniedOrDescribedCrimeKeepsRepression) {
  for (const char* text : {
           "The editor Lina Vosk was detained for her columns and not for bribery.",
           "Police arrested the journalist Emil Roth for speaking in a threatening tone.",
       }) {
    Extraction x = extract_text(text);
    auto ar = events_of(x, "arrest_detention");
    ASSERT_EQ(ar.size(), 1u) << text;
    EXPECT_FALSE(ar[0]->law_enforcement) << text;
  }
}

// Far from the act only "for" ties a crime to it: a long list of people arrested "for
// fraud" is police work; "... and residents spoke of harassment" is another clause's, near
// the act or far from it.
TEST(Issue4Justice, FarCrimeTiedOnlyByFor) {
  Extraction x = extract_text(
      "The tax police arrested the owner of a bakery on the main square in Tulsa, his two "
      "brothers and a cousin for alleged fraud.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_TRUE(ar[0]->law_enforcement);
  x = extract_text(
      "Lawyers on Friday condemned the arrest of the poet Tomas Arvelo at his flat in the old "
      "town near the port, and residents spoke of harassment.");
  ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_FALSE(ar[0]->law_enforcement);
  x = extract_text("Police arrested the poet Tomas Arvelo, and residents spoke of harassment.");
  ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_FALSE(ar[0]->law_enforcement);
}

// A political charge anywhere in the sentence, before the act too, keeps it repression.
TEST(Issue4Justice, PoliticalChargeBeforeTheActKeepsRepression) {
  Extraction x =
      extract_text("Accused of sedition, the blogger Ilya Varsh was arrested for fraud in Minsk.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 1u);
  EXPECT_FALSE(ar[0]->law_enforcement);
}

// "convicted Dario Pelk, 52, of harassment": the name and its age lie between the act and
// its charge; "convicted Dario Pelk of fraud" gives the charge as the reason.
TEST(Issue4Justice, ChargeAfterTheNameAndAge) {
  Extraction x = extract_text("A court in Linz convicted Dario Pelk, 52, of harassment on Monday.");
  auto pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 1u);
  EXPECT_TRUE(pr[0]->law_enforcement);
  x = extract_text("A court in Linz convicted Dario Pelk of fraud on Monday.");
  pr = events_of(x, "prosecution");
  ASSERT_EQ(pr.size(), 1u);
  ASSERT_TRUE(pr[0]->reason.has_value());
  EXPECT_EQ(pr[0]->reason->kind, "charge");
}

TEST(Issue4Justice, AChargeCalledFalseIsRepression) {
  for (const char* text :
       {"Ivo Marek, a journalist, was arrested in Baku on 20 November 2023 "
        "on fabricated smuggling charges.",
        "Police arrested the journalist Ivo Marek on trumped-up fraud charges."}) {
    Extraction x = extract_text(text);
    auto ar = events_of(x, "arrest_detention");
    ASSERT_EQ(ar.size(), 1u) << text;
    EXPECT_FALSE(ar[0]->law_enforcement) << text;
    // "smuggling charges" is the charge, not a verb whose subject charged someone.
    EXPECT_EQ(testing::first_victims(x, "prosecution"), std::vector<std::string>{"Ivo Marek"})
        << text;
  }
  Extraction x = extract_text("Police arrested Ivo Marek in Baku on fraud charges.");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(x, "arrest_detention")[0]->law_enforcement);
}

}  // namespace
}  // namespace casebook
