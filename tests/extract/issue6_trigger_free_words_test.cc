// Issue 6: the event finder passes over a word token at once when none of its forms (lemma,
// lower-cased form, verb and noun lemma) has trigger rows, or when neither its lemma nor its
// lower-cased form begins a cue, answering once per word of the document. A trigger or cue
// reached only through a lemma must still be found, and a word must keep its answer when it
// comes back. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(TriggerFreeWords, Issue6RowsReachedThroughAVerbOrNounLemma) {
  const Extraction detained_x =
      extract_text("Police detained Oren Talbot in the capital on Monday.");
  auto detained = events_of(detained_x, "arrest_detention");
  ASSERT_EQ(detained.size(), 1u);
  EXPECT_EQ(detained[0]->trigger.text, "detained");
  const Extraction arrests_x =
      extract_text("The arrests of Oren Talbot and Mira Castell were condemned.");
  auto arrests = events_of(arrests_x, "arrest_detention");
  ASSERT_EQ(arrests.size(), 1u);
  EXPECT_EQ(arrests[0]->trigger.text, "arrests");
}

TEST(TriggerFreeWords, Issue6CuesReachedThroughALemma) {
  // "feared" begins the cue "fear", "risks" the cue "risk": both only through their lemma.
  const Extraction feared_x =
      extract_text("Relatives feared the arrest of Oren Talbot in the capital on Monday.");
  auto feared = events_of(feared_x, "arrest_detention");
  ASSERT_EQ(feared.size(), 1u);
  EXPECT_TRUE(feared[0]->hypothetical);
  const Extraction risks_x = extract_text("Oren Talbot risks arrest in the capital on Monday.");
  auto risks = events_of(risks_x, "arrest_detention");
  ASSERT_EQ(risks.size(), 1u);
  EXPECT_TRUE(risks[0]->hypothetical);
  const Extraction came_x =
      extract_text("Police came to arrest Oren Talbot in the capital on Monday.");
  auto came = events_of(came_x, "arrest_detention");
  ASSERT_EQ(came.size(), 1u);
  EXPECT_FALSE(came[0]->hypothetical);
}

TEST(TriggerFreeWords, Issue6AWordKeepsItsAnswerWhenItComesBack) {
  // "detained" and "feared" twice each, with plain words between them.
  Extraction x = extract_text(
      "Police detained Oren Talbot in the capital on Monday.\n\n"
      "Relatives feared the arrest of Mira Castell in the port on Tuesday.\n\n"
      "The weather was cold that week.\n\n"
      "Police detained Dario Venn in the north on Friday.\n\n"
      "Relatives feared the arrest of Lena Ostrova in the south on Saturday.");
  size_t detained = 0, feared = 0;
  for (const Event* e : events_of(x, "arrest_detention")) {
    if (e->trigger.text == "detained") {
      ++detained;
      EXPECT_FALSE(e->hypothetical);
    }
    if (e->trigger.text == "arrest") {
      ++feared;
      EXPECT_TRUE(e->hypothetical);
    }
  }
  EXPECT_EQ(detained, 2u);
  EXPECT_EQ(feared, 2u);
}

}  // namespace
}  // namespace casebook::testing
