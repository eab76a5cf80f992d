// Issue 4: court news misread: "jailed in absentia" is no detention; "charges of propaganda,
// which carry a prison sentence of up to a year" is no sentence passed; "Under the code, a
// person convicted of ... may be sentenced" is no conviction; "her last chance of securing her
// release before 2030" is no release, and 2030 no date of the rejected appeal.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

Extraction read(const char* text) { return extract_text(text, "2024-05-10"); }

TEST(Issue4CourtNews, JailedInAbsentiaIsNoDetention) {
  Extraction x = read("The exiled blogger Sardor Umarov was jailed in absentia on Monday.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Sardor Umarov"));
}

TEST(Issue4CourtNews, APenaltyAnOffenceCarriesIsNoSentence) {
  Extraction x = read(
      "Prosecutors charged Sardor Umarov with insulting officials, which carries "
      "a prison sentence of up to two years.");
  for (const Event* ev : events_of(x, "prosecution")) {
    if (ev->outcome == "sentenced") EXPECT_TRUE(ev->hypothetical);
  }
  // "carried out": no penalty.
  Extraction y = read("Soldiers carried out the killing of Sardor Umarov on Monday.");
  ASSERT_FALSE(events_of(y, "killing").empty());
  EXPECT_FALSE(events_of(y, "killing")[0]->hypothetical);
}

TEST(Issue4CourtNews, AnyoneConvictedUnderALawIsNoConviction) {
  Extraction x = read(
      "Under the criminal code, a person convicted of extremism may be sentenced "
      "to ten years.");
  for (const Event* ev : events_of(x, "prosecution")) {
    EXPECT_TRUE(ev->generic || ev->hypothetical) << ev->outcome;
  }
}

TEST(Issue4CourtNews, AChanceOfReleaseAndADeadlineYear) {
  Extraction x = read(
      "The court rejected the appeal of Malika Yusupova, ending her last chance "
      "of securing her release before 2030.");
  for (const Event* ev : events_of(x, "release")) EXPECT_TRUE(ev->hypothetical);
  for (const Event* ev : events_of(x, "prosecution")) EXPECT_TRUE(ev->date.empty());
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4CourtNews, WhatIsDueHasNotHappened) {
  for (const char* text : {"Sardor Umarov is due to be tried by a military court.",
                           "Sardor Umarov, whose trial is due to resume, is in jail."}) {
    Extraction x = extract_text(text, "2024-05-10");
    auto ev = events_of(x, "prosecution");
    ASSERT_FALSE(ev.empty()) << text;
    EXPECT_TRUE(ev[0]->hypothetical) << text;
  }
  Extraction y = extract_text("Sardor Umarov was arrested due to his reporting.", "2024-05-10");
  ASSERT_FALSE(events_of(y, "arrest_detention").empty());
  EXPECT_FALSE(events_of(y, "arrest_detention")[0]->hypothetical);
}

}  // namespace
}  // namespace casebook::testing
