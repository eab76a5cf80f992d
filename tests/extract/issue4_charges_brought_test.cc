// Issue 4: who charges and who is charged. "Ivo Marek brought charges against X" made Ivo
// Marek the one charged (a phrase holding its own object was read as a reduced passive on the
// name before it, and a subject with no official role as the one who underwent it).
// "X, charged with treason, remains in jail" and "X, arrested on Monday, was released" made X
// the one who charged or arrested. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ChargesBrought, TheOneWhoBringsChargesIsNoDefendant) {
  for (const char* text : {"Ivo Marek brought charges against Lena Dovic on 3 May 2023.",
                           "Ivo Marek filed charges against Lena Dovic."}) {
    Extraction x = extract_text(text);
    std::vector<const Event*> ev = events_of(x, "prosecution");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(first_victims(x, "prosecution"), std::vector<std::string>{"Lena Dovic"}) << text;
    EXPECT_EQ(first_perpetrators(x, "prosecution"), std::vector<std::string>{"Ivo Marek"}) << text;
  }
}

TEST(Issue4ChargesBrought, ANameBeforeCommaAndChargeIsCharged) {
  Extraction x = extract_text("Lena Dovic, charged with treason, remains in jail.");
  EXPECT_EQ(first_victims(x, "prosecution"), std::vector<std::string>{"Lena Dovic"});
  EXPECT_TRUE(first_perpetrators(x, "prosecution").empty());
  for (const char* text : {"Lena Dovic, taken into custody on Monday, was released on Friday.",
                           "Lena Dovic, arrested on Monday, was released on Friday."}) {
    x = extract_text(text);
    EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Lena Dovic"}) << text;
    EXPECT_TRUE(first_perpetrators(x, "arrest_detention").empty()) << text;
  }
  // Not a list of noun phrases: "forced returns" after a comma is no participle on the noun.
  x = extract_text("The report lists threats to relatives, forced returns to Laos and fines.");
  EXPECT_TRUE(first_victims(x, "deportation_extradition").empty());
}

TEST(Issue4ChargesBrought, AnAppositionBeforeTheMainVerbIsNoParticiple) {
  // "died" is the sentence's own verb after the apposition, not a participle on the outlet.
  Extraction x = extract_text(
      "Ana Lind, a reporter for the Lorn Voice, died in military custody on 8 July 2023.",
      "2024-05-10");
  EXPECT_EQ(first_victims(x, "killing"), std::vector<std::string>{"Ana Lind"});
}

}  // namespace
}  // namespace casebook::testing
