// Issue 4: reprisals against a defence lawyer, as a correspondent reports them. "revoked the
// licence of X, a lawyer" is harassment of X (not "the licence of a bar owner"); "Lawyer for
// jailed Kazakh activists stripped of licence" has its participle attributive past a demonym,
// so the lawyer jailed no one and the activists lost no licence; the ministry that revoked the
// licence did not jail the "activists jailed after the protests" its sentence names; "A week
// later" after "In February" is February, not a week after an act dated in April; and "she
// said" goes to the woman, not to the man named last. Those "urged to stop harassing lawyers"
// harass them; the group that urges does not. "the banned Free Steppe party" names a party.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4LawyerReprisals, ALawyersLicenceRevoked) {
  Extraction x = extract_text(
      "The Justice Ministry revoked the licence of Dana Ospanova, a lawyer who defends "
      "striking miners.");
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Dana Ospanova"));
  Extraction y = extract_text("The city revoked the licence of a bar owner under the new law.");
  EXPECT_TRUE(events_of(y, "harassment").empty());
}

TEST(Issue4LawyerReprisals, AHeadlineParticipleBeforeADemonym) {
  Extraction x = extract_text(
      "Lawyer for jailed Kazakh miners stripped of licence\n\nThe lawyer Dana Ospanova said on "
      "Monday that she would appeal.");
  std::vector<const Event*> held = events_of(x, "arrest_detention");
  ASSERT_FALSE(held.empty());
  EXPECT_FALSE(has_name(names_of(x, held[0]->perpetrators), "Dana Ospanova"));
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Dana Ospanova"));
}

TEST(Issue4LawyerReprisals, TheMinistryOfAnotherClauseJailedNoOne) {
  Extraction x = extract_text(
      "Police in Karaganda broke up the strike in March. The Justice Ministry revoked the "
      "licence of Dana Ospanova, a lawyer who defends several miners jailed after the strike. "
      "Police said the strike was illegal.");
  std::vector<const Event*> held = events_of(x, "arrest_detention");
  ASSERT_FALSE(held.empty());
  EXPECT_FALSE(has_name(names_of(x, held[0]->perpetrators), "Justice Ministry"));
  Extraction y =
      extract_text("Prosecutors ordered the miner Marat Seitkali held for 15 days in Karaganda.");
  std::vector<const Event*> ey = events_of(y, "arrest_detention");
  ASSERT_FALSE(ey.empty());
  EXPECT_TRUE(has_name(names_of(y, ey[0]->perpetrators), "prosecutors"));
}

TEST(Issue4LawyerReprisals, AWeekAfterAMonthIsThatMonth) {
  Extraction x = extract_text(
      "Police detained the lawyer Dana Ospanova on Thursday, her colleagues said.\n\nIn "
      "February, masked men slashed the tyres of her car. A week later, her office was searched "
      "by police.",
      "2025-04-10");
  std::vector<const Event*> ev = events_of(x, "raid_search");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2025-02");
}

TEST(Issue4LawyerReprisals, SheSaidIsTheWoman) {
  Extraction x = extract_text(
      "The lawyer Dana Ospanova has represented Marat Seitkali, a miner.\n\n\"They want to "
      "frighten every lawyer,\" she said.");
  ASSERT_EQ(x.quotes.size(), 1u);
  const Entity* lawyer = entity_named(x, "Dana Ospanova", "person");
  ASSERT_NE(lawyer, nullptr);
  EXPECT_EQ(x.quotes[0].speaker, lawyer->id);
}

TEST(Issue4LawyerReprisals, ThoseAskedToStopDoTheAct) {
  Extraction x = extract_text(
      "A jurists' group urged Kazakhstan to reinstate her licence and to stop harassing "
      "lawyers.");
  std::vector<const Event*> ev = events_of(x, "harassment");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "Kazakhstan"));
  EXPECT_FALSE(ev[0]->hypothetical);
}

TEST(Issue4LawyerReprisals, APartyNamedWithALowerCaseHead) {
  Extraction x = extract_text("She defends two members of the banned Free Steppe party.");
  EXPECT_TRUE(has_name(first_victims(x, "organization_ban"), "Free Steppe party"));
  Extraction y = extract_text("She joined the Kazakh party in 2019.");
  EXPECT_EQ(entity_named(y, "Kazakh party", "organization"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
