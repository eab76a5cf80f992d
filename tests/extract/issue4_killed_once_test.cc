// Issue 4: a person is killed once. A killing of the same named victim told again paragraphs
// later ("His killing comes two weeks after ...") is the act told before, and so is a killing
// named again without its victim ("No one has been arrested for either killing"). Also
// "found with gunshot wounds" is no act of wounding, and "the body of X was found with gunshot
// wounds" is X's killing.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4KilledOnce, AKillingToldAgainInALaterParagraphIsOneAct) {
  Extraction x = extract_text(
      "Gunmen shot dead the land defender Tomas Erazo outside his home in Copan on Sunday.\n\n"
      "His family said he had been threatened for months.\n\n"
      "Erazo's killing comes a month after another activist was attacked in the same town. "
      "No one has been arrested for the killing.");
  auto ev = events_of(x, "killing");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Tomas Erazo"));
}

TEST(Issue4KilledOnce, TwoPeopleKilledAreTwoActs) {
  Extraction x = extract_text(
      "Gunmen shot dead the land defender Tomas Erazo in Copan in May.\n\n"
      "In June, soldiers killed the farmer Lidia Cruz in Olancho.");
  EXPECT_EQ(events_of(x, "killing").size(), 2u);
}

TEST(Issue4KilledOnce, WoundsAfterAPrepositionAndAModifierAreANoun) {
  Extraction x = extract_text("He was treated for stab wounds in a hospital in Tela.");
  EXPECT_TRUE(events_of(x, "assault").empty());
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  Extraction y = extract_text("The group of officers beats protesters every week.");
  EXPECT_FALSE(events_of(y, "assault").empty() && events_of(y, "torture_ill_treatment").empty());
}

TEST(Issue4KilledOnce, TheBodyOfAPersonFoundWithWoundsIsAKilling) {
  Extraction x = extract_text(
      "The body of the teacher Lidia Cruz was found with gunshot wounds near Olancho.");
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Lidia Cruz"));
  EXPECT_TRUE(events_of(extract_text("The oversight body found that police had used excessive "
                                     "force."),
                        "killing")
                  .empty());
  EXPECT_TRUE(
      events_of(extract_text("Eleven bodies of migrants were discovered in a lorry."), "killing")
          .empty());
  EXPECT_TRUE(events_of(extract_text("The lawyer Ana Ruiz showed reporters the wounds all over "
                                     "her body after her release."),
                        "killing")
                  .empty());
}

}  // namespace
}  // namespace casebook
