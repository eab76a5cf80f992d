// Issue 4: a negation or a modal in a clause before a comma and a new subject ("When X said
// no, officers beat him", "Although X did not resist, the police beat him") belongs to that
// clause, not to the act after it. A list of participles after a negation stays negated.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NegationScope, ANegationInAnOpeningClauseStaysThere) {
  for (const char* text : {"When Farid Alimov said no, officers beat him.",
                           "Although Farid Alimov did not resist, the police beat him.",
                           "Because he would not sign, guards tortured Farid Alimov."}) {
    Extraction x = extract_text(text);
    ASSERT_EQ(x.events.size(), 1u) << text;
    EXPECT_FALSE(x.events[0].negated) << text;
    EXPECT_FALSE(x.events[0].hypothetical) << text;
  }
}

TEST(Issue4NegationScope, ANegatedListOfActsStaysNegated) {
  Extraction x =
      extract_text("The next critic must not be killed in Paris, abducted from a Lyon suburb.");
  std::vector<const Event*> ev = events_of(x, "abduction");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->negated || ev[0]->hypothetical);
  x = extract_text("Police did not beat Farid Alimov.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_TRUE(x.events[0].negated);
}

// "without" negates only what its own phrase holds: "arrived without a warrant and detained
// X" tells a detention; "released without being charged" tells no charge.
TEST(Issue4NegationScope, WithoutEndsAtAndOrAComma) {
  for (const char* text : {"Police arrived without a warrant and detained Farid Alimov.",
                           "Police charged without warning and beat Farid Alimov."}) {
    Extraction x = extract_text(text);
    ASSERT_EQ(x.events.size(), 1u) << text;
    EXPECT_FALSE(x.events[0].negated) << text;
  }
  Extraction y = extract_text("Farid Alimov was released on Monday without being charged.");
  for (const Event& e : y.events) {
    if (e.type == "prosecution") EXPECT_TRUE(e.negated);
  }
  y = extract_text(
      "Farid Alimov was held without charge, without a lawyer and without being "
      "tortured.");
  auto ev = events_of(y, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->negated);
}

// A negation inside a relative clause set off by commas negates that clause only.
TEST(Issue4NegationScope, ANegationInACommaRelativeStaysThere) {
  for (const char* text : {"Two officers, one whose name he did not know, beat Farid Alimov.",
                           "Farid Alimov, who has never been charged, was detained on Monday."}) {
    Extraction x = extract_text(text);
    bool act = false;
    for (const Event& e : x.events) {
      if (e.type == "assault" || e.type == "arrest_detention") {
        act = true;
        EXPECT_FALSE(e.negated) << text;
      }
    }
    EXPECT_TRUE(act) << text;
  }
  Extraction y = extract_text("Farid Alimov, who has never been charged, was detained on Monday.");
  auto p = events_of(y, "prosecution");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_TRUE(p[0]->negated);
}

// "not ... until" tells when the act came, not that it never did.
TEST(Issue4NegationScope, NotUntilIsThen) {
  for (const char* text : {"The investigator did not question Farid Alimov until 11 October 2019.",
                           "Police did not release Farid Alimov until he signed a pledge."}) {
    Extraction x = extract_text(text);
    ASSERT_EQ(x.events.size(), 1u) << text;
    EXPECT_FALSE(x.events[0].negated) << text;
  }
  Extraction y = extract_text("Police did not release Farid Alimov.");
  ASSERT_EQ(y.events.size(), 1u);
  EXPECT_TRUE(y.events[0].negated);
}

}  // namespace
}  // namespace casebook::testing
