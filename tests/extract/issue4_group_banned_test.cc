// Issue 4: shapes of a report on a rights group liquidated and its founder shown confessing.
// "a video in which the founder, X, appeared to confess": the commas pair round a name inside
// the relative clause, so the clause is still open and X confesses, not the broadcaster; "a
// group that documented torture in prisons": the torture is a kind of act the group
// documents, and "in prisons" puts no one in prison; a website blocked and phones tapped in
// different sentences are two restrictions. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4GroupBanned, TheOneWhoConfessesInsideARelativeClause) {
  Extraction x = extract_text(
      "State television broadcast a video in which the founder, Dana Ospanova, appeared to "
      "confess.");
  std::vector<const Event*> ev = events_of(x, "public_shaming");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev.front()->victims), "Dana Ospanova"));
  EXPECT_FALSE(has_name(names_of(x, ev.front()->victims), "state television"));
}

TEST(Issue4GroupBanned, AnAgeInsideTheAppositionPairsWithNoComma) {
  Extraction x = extract_text(
      "State television broadcast a video in which the founder, Dana Ospanova, 58, appeared to "
      "confess.");
  std::vector<const Event*> ev = events_of(x, "public_shaming");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev.front()->victims), "Dana Ospanova"));
}

TEST(Issue4GroupBanned, ARelativeClauseClosedByItsCommaStaysClosed) {
  Extraction x =
      extract_text("Open Voice, a group that campaigns for detainees, has filed a complaint.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4GroupBanned, WhatAGroupDocumentsIsAKindOfAct) {
  Extraction x = extract_text(
      "A court ordered the liquidation of Open Voice, a group that documented torture in "
      "prisons.");
  for (const Event* e : events_of(x, "torture_ill_treatment")) EXPECT_TRUE(e->generic);
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4GroupBanned, DocumentedInSomeonesCaseIsNoKind) {
  Extraction x = extract_text(
      "The group has documented torture in the case of Rustam Alimov, who was arrested in May.",
      "2025-08-01");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev.front()->generic);
}

TEST(Issue4GroupBanned, ABlockedSiteAndTappedPhonesAreTwoRestrictions) {
  Extraction x = extract_text(
      "Authorities froze the group's accounts and blocked its website. Staff members say their "
      "phones have been tapped since January.",
      "2026-05-04");
  EXPECT_EQ(events_of(x, "communication_restriction").size(), 2u);
}

}  // namespace
}  // namespace casebook::testing
