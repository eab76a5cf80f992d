// Issue 4: the police who arrest someone over a murder, or open an inquiry into a
// disappearance, investigate that act; they are not its perpetrators. Those accused of it
// still are, and torture stays the state's even when investigated. The people arrested are
// not the one murdered. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4InvestigatedActs, PoliceArrestingOverAMurderDidNotKill) {
  Extraction x = extract_text("Police arrested two men over the murder of Mira Holt in Karvik.");
  auto k = events_of(x, "killing");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_TRUE(k[0]->perpetrators.empty());
}

TEST(Issue4InvestigatedActs, PoliceChargingSomeoneWithAMurderDidNotKill) {
  Extraction x = extract_text("Police charged him with the murder of Mira Holt.");
  auto k = events_of(x, "killing");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_TRUE(k[0]->perpetrators.empty());
}

TEST(Issue4InvestigatedActs, AnInquiryIntoADisappearanceNamesNoDoer) {
  Extraction x =
      extract_text("The army opened an investigation into the disappearance of Mira Holt.");
  auto d = events_of(x, "enforced_disappearance");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0]->perpetrators.empty());
}

TEST(Issue4InvestigatedActs, ThoseAccusedOfTheActStayItsDoers) {
  Extraction x = extract_text("Soldiers were accused of the abduction of Mira Holt.");
  EXPECT_TRUE(has_name(first_perpetrators(x, "abduction"), "soldiers"));
}

TEST(Issue4InvestigatedActs, TortureInvestigatedStaysTheStates) {
  Extraction x = extract_text(
      "Police detained Mira Holt in Karvik. She demanded an inquiry into her torture in "
      "police custody.");
  auto t = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(t.empty());
  EXPECT_FALSE(t[0]->perpetrators.empty());
}

TEST(Issue4InvestigatedActs, PoliceWhoKillAreStillPerpetrators) {
  Extraction x = extract_text("Police killed Mira Holt in Karvik.");
  EXPECT_TRUE(has_name(first_perpetrators(x, "killing"), "police"));
}

// The men arrested are the arrest's victims; the one murdered is not ("two men over the
// murder of X" holds no apposition).
TEST(Issue4InvestigatedActs, TheOneMurderedIsNotTheOneArrested) {
  Extraction x = extract_text("Police arrested two men over the murder of Mira Holt.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Mira Holt"));
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Mira Holt"));
}

TEST(Issue4InvestigatedActs, SupportersOfSomeoneAreNotThatPerson) {
  Extraction x = extract_text("Police detained dozens of supporters of Mira Holt.");
  EXPECT_FALSE(has_name(first_victims(x, "arrest_detention"), "Mira Holt"));
}

TEST(Issue4InvestigatedActs, NamesApposedAfterACommaStillStandForTheGroup) {
  Extraction x =
      extract_text("Police detained three members of the union, Mira Holt and Daniel Brandt.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Mira Holt"));
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Daniel Brandt"));
}

// ", a police spokesman said" closes the clause: the police are no one's victims there.
TEST(Issue4InvestigatedActs, TheReportingClauseHoldsNoVictim) {
  Extraction x = extract_text(
      "Prosecutors charged Mira Holt, 34, with kidnapping on Thursday, a police spokesman said.");
  for (const Event* ev : events_of(x, "abduction")) {
    for (const std::string& v : names_of(x, ev->victims))
      EXPECT_EQ(v.find("police"), std::string::npos) << v;
  }
}

// In a crime story the police looking for someone gone missing did not take her.
TEST(Issue4InvestigatedActs, PoliceAreNoDoersOfAMissingPersonCase) {
  Extraction x = extract_text(
      "Police arrested two men over the disappearance of Mira Holt, a student who went missing "
      "in Karvik.");
  auto d = events_of(x, "enforced_disappearance");
  ASSERT_FALSE(d.empty());
  for (const Event* ev : d) EXPECT_TRUE(ev->perpetrators.empty());
}

// "charged him with the murder of X": the charge is his, though the text never says who he
// is; X is the one murdered, not the one charged.
TEST(Issue4InvestigatedActs, AnUnknownObjectPronounKeepsTheSlot) {
  Extraction x = extract_text("Police charged him with the murder of Mira Holt.");
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "Mira Holt"));
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Mira Holt"));
}

// "Police said the deaths were being investigated": the speaker, and the inquiry told right
// after the act, neither did it; and an inquiry into an act, against no one, is no
// prosecution.
TEST(Issue4InvestigatedActs, AnActUnderInquiryHasNoInvestigatorAsItsDoer) {
  for (const char* text :
       {"Police said the deaths were being investigated.",
        "The killing of Mira Holt is being investigated by police.",
        "The police chief said the death of Mira Holt is under investigation."}) {
    Extraction x = extract_text(text);
    auto k = events_of(x, "killing");
    ASSERT_EQ(k.size(), 1u) << text;
    EXPECT_TRUE(k[0]->perpetrators.empty()) << text;
    EXPECT_TRUE(events_of(x, "prosecution").empty()) << text;
  }
  Extraction y = extract_text("Mira Holt was investigated for treason by the security service.");
  EXPECT_TRUE(has_name(first_victims(y, "prosecution"), "Mira Holt"));
}

// "According to the Interior Ministry, X was attacked": the source of the report did not do it.
TEST(Issue4InvestigatedActs, TheSourceAfterAccordingToIsNoDoer) {
  Extraction x = extract_text(
      "According to the Interior Ministry, Mira Holt was attacked on 9 "
      "February.",
      "2024-05-10");
  auto ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  x = extract_text("Mira Holt was detained by police, according to her lawyer.");
  EXPECT_TRUE(has_name(names_of(x, events_of(x, "arrest_detention")[0]->perpetrators), "police"));
}

}  // namespace
}  // namespace casebook::testing
