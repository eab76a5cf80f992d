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

// The body designated a foreign agent is the victim, in either voice, not the designator.
TEST(Issue4GroupBanned, TheBodyDesignatedAForeignAgentIsTheVictim) {
  for (const char* text :
       {"The Open Minds Centre was designated a foreign agent on 2 April.",
        "The Justice Ministry designated the Open Minds Centre a foreign agent on 2 April.",
        "On 2 April the Justice Ministry added the Open Minds Centre to its register of foreign "
        "agents."}) {
    Extraction x = extract_text(text, "2026-05-04");
    auto ev = events_of(x, "organization_ban");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Open Minds Centre")) << text;
    EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Open Minds Centre")) << text;
    EXPECT_EQ(ev[0]->date.start, "2026-04-02") << text;
  }
  // A person given the status is pressured, no organisation banned.
  Extraction z = extract_text("Tomas Varga was listed as a foreign agent in May.", "2026-05-04");
  EXPECT_TRUE(events_of(z, "organization_ban").empty());
  EXPECT_TRUE(has_name(first_victims(z, "harassment"), "Tomas Varga"));
  // "took the director hostage": a body inside the phrase of another verb is still no victim.
  Extraction y = extract_text("Gunmen took the Open Minds Centre director hostage.");
  for (const Event* e : events_of(y, "abduction")) {
    EXPECT_FALSE(has_name(names_of(y, e->victims), "Open Minds Centre"));
  }
}

// "learned of a court order dissolving her group": the ruling's body dissolved it, not the
// one who learned of it.
TEST(Issue4GroupBanned, AGerundAfterARulingIsTheRulingsAct) {
  Extraction x = extract_text("Tomas Varga learned of a court order dissolving his group.");
  auto ev = events_of(x, "organization_ban");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Tomas Varga"));
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "court"));
  x = extract_text("Tomas Varga criticised the decree banning the party.");
  for (const Event* e : events_of(x, "organization_ban")) {
    EXPECT_FALSE(has_name(names_of(x, e->perpetrators), "Tomas Varga"));
  }
}

// "dissolved the organisation he founded in 2012": the organisation is what was dissolved, not
// its founder.
TEST(Issue4GroupBanned, TheFounderOfADissolvedGroupIsNotItsVictim) {
  Extraction x = extract_text(
      "Tomas Varga was questioned. A court then dissolved the organisation he founded.");
  auto ev = events_of(x, "organization_ban");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Tomas Varga"));
  x = extract_text("Police detained the man she married in 2019.");
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->victims.empty());
}

}  // namespace
}  // namespace casebook::testing
