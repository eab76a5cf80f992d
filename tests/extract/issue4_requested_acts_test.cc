// Issue 4: acts asked for, awaited or guarded against are not acts done. A prosecutor who
// "asked for X to be sentenced" or "requested that X be jailed" asks; "pending her release"
// awaits; "protected from torture", "refrain from prosecuting her" and "Suppose a journalist
// is abducted" tell no act. A name counts as one word in the reach of a cue before the act.
// A call in the imperative ("Free Lena Rask now!", "Please free Lena Rask") is no act, nor a
// subjunctive after a verb of asking ("request that X be designated for an asset freeze").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RequestedActs, AProsecutorsRequestIsNoSentence) {
  for (const char* text : {"The prosecutor asked for Ruslan Tairov to be sentenced to six years.",
                           "Prosecutors requested that Ruslan Tairov be jailed for six years.",
                           "The defence asked that he be released on bail."}) {
    Extraction x = extract_text(text);
    ASSERT_EQ(x.events.size(), 1u) << text;
    EXPECT_TRUE(x.events[0].hypothetical) << text;
  }
}

TEST(Issue4RequestedActs, TheFirstToBeSentencedWasSentenced) {
  Extraction x = extract_text("Ruslan Tairov was the first to be sentenced.");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->hypothetical);
}

TEST(Issue4RequestedActs, AwaitedAndGuardedAgainst) {
  Extraction x = extract_text(
      "Police detained Nadia Sabri. Pending her release, she must be protected from torture.");
  ASSERT_EQ(events_of(x, "release").size(), 1u);
  EXPECT_TRUE(events_of(x, "release")[0]->hypothetical);
  ASSERT_EQ(events_of(x, "torture_ill_treatment").size(), 1u);
  EXPECT_TRUE(events_of(x, "torture_ill_treatment")[0]->hypothetical);
  x = extract_text("The experts urged the government to refrain from prosecuting Nadia Sabri.");
  ASSERT_EQ(events_of(x, "prosecution").size(), 1u);
  EXPECT_TRUE(events_of(x, "prosecution")[0]->hypothetical);
  x = extract_text("Suppose a journalist is abducted.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_TRUE(x.events[0].hypothetical);
}

TEST(Issue4RequestedActs, HeldPendingTrialAndBeaten) {
  Extraction x = extract_text("Nadia Sabri was held pending trial and beaten by guards.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->hypothetical);
}

TEST(Issue4RequestedActs, ACallInTheImperativeIsNoAct) {
  for (const char* text :
       {"Supporters met outside the court. Free Lena Rask now!", "Please free Lena Rask."}) {
    Extraction x = extract_text(text);
    std::vector<const Event*> ev = events_of(x, "release");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_TRUE(ev[0]->hypothetical) << text;
  }
  // Told acts that open a sentence stay acts.
  for (const char* text : {"Freed Lena Rask spoke to reporters.", "Released prisoners said so."}) {
    Extraction x = extract_text(text);
    ASSERT_FALSE(x.events.empty()) << text;
    EXPECT_FALSE(x.events[0].hypothetical) << text;
  }
}

TEST(Issue4RequestedActs, ASubjunctiveAfterAVerbOfAsking) {
  Extraction x =
      extract_text("We request that Colonel Ivo Marek be designated for an asset freeze.");
  ASSERT_EQ(events_of(x, "property_seizure").size(), 1u);
  EXPECT_TRUE(events_of(x, "property_seizure")[0]->hypothetical);
  // The charge named after "for" was done: only the prosecution is asked for.
  x = extract_text("The panel recommended that the officers be prosecuted for torture.");
  ASSERT_EQ(events_of(x, "torture_ill_treatment").size(), 1u);
  EXPECT_FALSE(events_of(x, "torture_ill_treatment")[0]->hypothetical);
  ASSERT_EQ(events_of(x, "prosecution").size(), 1u);
  EXPECT_TRUE(events_of(x, "prosecution")[0]->hypothetical);
}

}  // namespace
}  // namespace casebook::testing
