// Issue 4: the lead of a report on a killed defender. "San Isidro, Honduras": the country
// after the comma places a town the gazetteer knows only in other countries ("Portland,
// Maine" picks the one in that state), but not when it opens the next clause ("in Tripoli,
// Lebanon has denied ...": the capital of Libya, not the Lebanese town). "the Committee for
// the Defence of the River" stands for a cause and is no state body, so not the doer of its
// own coordinator's killing. The source a
// sentence opens with ("According to X,") is no victim, and a judge kills no one. "condemned
// the killing" and "investigating the killing" react to the act told before. "A man
// threatened to kill him": "him" is not the man; a mother telling her son to stop makes no
// threat. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4DefenderKilling, TheCountryAfterTheCommaPlacesTheTown) {
  Extraction x = extract_text(
      "Ruben Ortiz was shot dead in San Isidro, Honduras, on Sunday.", "2024-04-03");
  EXPECT_EQ(x.summary.country, "HN");
  EXPECT_EQ(x.summary.city, "San Isidro");
  x = extract_text("Police detained two reporters in Portland, Maine, on Monday.");
  const Entity* portland = entity_named(x, "Portland", "place");
  ASSERT_NE(portland, nullptr);
  EXPECT_EQ(portland->region, "Maine");
}

TEST(Issue4DefenderKilling, NotTheSubjectOfTheNextClause) {
  Extraction x = extract_text(
      "At a news conference in Tripoli, Lebanon has denied holding any journalists.");
  const Entity* tripoli = entity_named(x, "Tripoli", "place");
  ASSERT_NE(tripoli, nullptr);
  EXPECT_EQ(tripoli->country, "LY");
}

TEST(Issue4DefenderKilling, ACommitteeForTheDefenceOfACauseIsNoStateBody) {
  Extraction x = extract_text(
      "Ruben Ortiz, coordinator of the Committee for the Defence of the Lempa River, was shot "
      "dead on Sunday.");
  std::vector<const Event*> ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  EXPECT_EQ(entity_named(x, "Committee for the Defence of the Lempa River", "state_actor"),
            nullptr);
  x = extract_text("The Defence Committee ordered the arrest of Ruben Ortiz.");
  EXPECT_NE(entity_named(x, "Defence Committee", "state_actor"), nullptr);
}

TEST(Issue4DefenderKilling, TheSourceIsNoVictim) {
  // "According to the monitoring group X, ...": the source, closed by its comma, is no one the
  // act was done to.
  Extraction x = extract_text(
      "According to the monitoring group River Watch, at least 17 activists were killed in the "
      "country last year.",
      "2024-04-03");
  std::vector<const Event*> ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"activists"});
}

TEST(Issue4DefenderKilling, AJudgeKillsNoOne) {
  // A judge named in the sentence before is no doer of a killing, as of an arrest.
  Extraction x = extract_text(
      "A judge dismissed the charges against Ruben Ortiz in 2020. Two years later he was shot "
      "dead outside his home.",
      "2024-04-03");
  std::vector<const Event*> ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4DefenderKilling, ReactionsNameTheKillingToldBefore) {
  // "condemned the killing", "were investigating the killing": the act told before, not a
  // second killing (of "the authorities" called on after it) nor a charge by the police.
  Extraction x = extract_text(
      "Ruben Ortiz was shot dead outside his home on Sunday. Rights groups condemned the killing "
      "on Tuesday and called on the authorities to find those responsible. The police said "
      "they were investigating the killing.",
      "2024-04-03");
  std::vector<const Event*> ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2024-03-31");
  for (const Event* p : events_of(x, "prosecution")) EXPECT_TRUE(p->law_enforcement);
  // An act with its own people is its own: "condemned the abduction of two students".
  x = extract_text(
      "Gunmen abducted a priest on Sunday. The bishop condemned the abduction of two students "
      "on Monday.");
  EXPECT_EQ(events_of(x, "abduction").size(), 2u);
}

TEST(Issue4DefenderKilling, WhoThreatenedToKillHim) {
  // "A man threatened to kill him": "him" is not the man, whose act "kill" is too; "a
  // security guard" is a private doer.
  Extraction x = extract_text(
      "Ruben Ortiz was a land defender. A security guard threatened to kill him in May.");
  std::vector<const Event*> ev = events_of(x, "threat_intimidation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Ruben Ortiz"});
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "security guard"));
  x = extract_text("Ruben Ortiz was a land defender. A man threatened to kill him in May.");
  EXPECT_EQ(first_victims(x, "threat_intimidation"), std::vector<std::string>{"Ruben Ortiz"});
}

TEST(Issue4DefenderKilling, ARelativesPleaIsNoThreat) {
  Extraction x = extract_text("Ruben Ortiz was a land defender. His mother told him to stop.");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
  x = extract_text("Ruben Ortiz was a land defender. Officers told him to stop.");
  EXPECT_EQ(events_of(x, "threat_intimidation").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
