// Issue 4: a duration is no request ("questioned for six hours and released"), any release
// can be asked for ("called on the authorities to lift the travel ban"), and an anchored date
// ("two days earlier") dates every act of its sentence from the same anchor; a verb after "and"
// shares the first verb's modal ("must annul the ruling and lift the ban").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

TEST(Issue4RequestsAndAnchors, ReleaseAfterADurationHappened) {
  Extraction x =
      extract_text("Amir Sadeq was questioned for six hours and released without charge.");
  auto rel = events_of(x, "release");
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_FALSE(rel[0]->hypothetical);
  Extraction y = extract_text("The lawyers asked for Amir Sadeq to be released on bail.");
  auto asked = events_of(y, "release");
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_TRUE(asked[0]->hypothetical);
}

TEST(Issue4RequestsAndAnchors, LiftingATravelBanCanBeAskedFor) {
  Extraction x = extract_text(
      "Rights groups called on the authorities to reverse the ruling and lift the travel ban "
      "on Amir Sadeq.");
  auto rel = events_of(x, "release");
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_TRUE(rel[0]->hypothetical);
  Extraction y = extract_text("The authorities lifted the travel ban on Amir Sadeq on Monday.");
  auto lifted = events_of(y, "release");
  ASSERT_EQ(lifted.size(), 1u);
  EXPECT_FALSE(lifted[0]->hypothetical);
}

TEST(Issue4RequestsAndAnchors, TwoDaysEarlierDatesEveryActOfItsSentence) {
  Extraction x = extract_text(
      "A court closed the Centre for Rural Justice on Tuesday.\n\n"
      "Two days earlier, police officers searched its office and detained its director, "
      "Amir Sadeq.",
      "2025-03-12");
  auto search = events_of(x, "raid_search");
  auto arrest = events_of(x, "arrest_detention");
  ASSERT_EQ(search.size(), 1u);
  ASSERT_EQ(arrest.size(), 1u);
  EXPECT_EQ(search[0]->date.start, "2025-03-09");
  EXPECT_EQ(arrest[0]->date.start, "2025-03-09");
}

TEST(Issue4RequestsAndAnchors, AnActNamedAsADatesAnchorIsNoNewAct) {
  Extraction x = extract_text(
      "Turkish police deported the activist Sherali Vahobov on Saturday.\n\n"
      "Two days after the deportation, officers of the security service summoned his father.",
      "2025-05-08");
  EXPECT_EQ(events_of(x, "deportation_extradition").size(), 1u);
  // A first mention is an act: "two days after her arrest" with no arrest told before.
  Extraction y = extract_text(
      "Two days after her arrest, the journalist Mira Castell was charged with treason.");
  EXPECT_EQ(events_of(y, "arrest_detention").size(), 1u);
}

TEST(Issue4RequestsAndAnchors, TheStoryMovesOnInASentenceWithNoAct) {
  Extraction x = extract_text(
      "The activist Sherali Vahobov was detained in Istanbul in April. He was put on a flight "
      "to Dushanbe on Saturday. His whereabouts have been unknown since.",
      "2025-05-08");
  auto ed = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ed.size(), 1u);
  EXPECT_EQ(ed[0]->date.start, "2025-05-03");
  // With no later date, the act keeps the one the story is at.
  Extraction y = extract_text(
      "The activist Sherali Vahobov was detained in Istanbul in April. His whereabouts have been "
      "unknown since.",
      "2025-05-08");
  auto kept = events_of(y, "enforced_disappearance");
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0]->date.start, "2025-04");
}

TEST(Issue4Requests, AVerbAfterAndSharesTheFirstVerbsModal) {
  Extraction x = extract_text(
      "The rights group said the ministry must annul the ruling and lift the travel ban on "
      "Sabina Aliyeva.");
  auto ev = events_of(x, "release");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->hypothetical);
  Extraction y = extract_text(
      "Officers searched the flat of Sabina Aliyeva for six hours and detained her brother.");
  auto ar = events_of(y, "arrest_detention");
  ASSERT_FALSE(ar.empty());
  EXPECT_FALSE(ar[0]->hypothetical);
}

}  // namespace
}  // namespace casebook
