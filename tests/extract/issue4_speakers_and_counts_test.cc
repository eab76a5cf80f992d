// Issue 4: who speaks a quotation introduced by "called ... '...'" (not whom the speaker
// then asks), counted people are no generic statement ("several people who"), "her" before a
// count of times is the object, and "the same day" after a week means the last day told.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Speakers, CalledTheVerdictQuotesTheSubject) {
  Extraction x = extract_text(
      "The Civic Press Trust called the ruling \"a coordinated attempt to silence critics\" and "
      "asked the authorities to restore the licence.");
  ASSERT_EQ(x.quotes.size(), 1u);
  const Entity* speaker = entity_by_id(x, x.quotes[0].speaker);
  ASSERT_NE(speaker, nullptr);
  EXPECT_EQ(speaker->name, "Civic Press Trust");
  // "said Lima" after the quotation still names the speaker.
  Extraction y = extract_text("\"We will not be silenced by anyone,\" said Irina Voss.");
  ASSERT_EQ(y.quotes.size(), 1u);
  const Entity* said = entity_by_id(y, y.quotes[0].speaker);
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->name, "Irina Voss");
}

TEST(Issue4Counts, SeveralPeopleWhoIsNoGenericStatement) {
  Extraction x = extract_text("Police beat several people who tried to stop the bulldozers.");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->generic);
  Extraction y = extract_text("Police beat two people who tried to stop the bulldozers.");
  auto two = events_of(y, "torture_ill_treatment");
  ASSERT_EQ(two.size(), 1u);
  EXPECT_FALSE(two[0]->generic);
}

TEST(Issue4Counts, HerBeforeACountOfTimesIsTheObject) {
  Extraction x = extract_text("Irina Voss said police had summoned her three times in August.");
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "Irina Voss"));
}

TEST(Issue4Counts, TheSameDayAfterAWeekIsTheLastDayTold) {
  Extraction x = extract_text(
      "A court fined the blogger Irina Voss on Monday. Her account has been blocked since last "
      "week. On the same day, the regulator suspended the licence of the channel Dala TV.",
      "2025-09-02");
  auto ban = events_of(x, "organization_ban");
  ASSERT_EQ(ban.size(), 1u);
  EXPECT_EQ(ban[0]->date.start, "2025-09-01");
}

// "Reporters Without Borders urged ...": the "Without" of a name negates nothing.
TEST(Issue4Speakers, ANegationWordInsideANameNegatesNothing) {
  Extraction x = extract_text("Reporters Without Borders urged Britain to raise the case.");
  auto ev = events_of(x, "advocacy");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(ev[0]->negated);
  Extraction y = extract_text("The union did not urge its members to strike.");
  auto urged = events_of(y, "advocacy");
  for (const Event* e : urged) EXPECT_TRUE(e->negated);
}

TEST(Issue4Counts, BothStandsForTheTwoNamedBefore) {
  Extraction x = extract_text(
      "Police arrested Olzhas Nurlanov and Aigerim Tulegen in May.\n\n"
      "Both were held in pre-trial detention for a year.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1]->victims.size(), 2u);
  Extraction y = extract_text("Both sides blamed each other for the violence in Aktau.");
  EXPECT_TRUE(y.events.empty());
}

}  // namespace
}  // namespace casebook::testing
