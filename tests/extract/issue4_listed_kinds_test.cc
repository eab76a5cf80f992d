// Issue 4: a bare plural act noun in a list of kinds of acts ("farmers fear raids,
// kidnappings and cattle theft") names a kind of act, not an incident: it is generic unless
// someone it was done to is named or another act of its type in the sentence is specific.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

// The one abduction the text tells is generic, or not.
void expect_one_abduction(const char* text, bool generic) {
  Extraction x = extract_text(text);
  auto ab = events_of(x, "abduction");
  ASSERT_EQ(ab.size(), 1u) << text;
  EXPECT_EQ(ab[0]->generic, generic) << text;
}

TEST(Issue4ListedKinds, KindsOfActsInAListAreGeneric) {
  expect_one_abduction("Farmers in the valley fear raids, kidnappings and cattle theft.", true);
  expect_one_abduction("The court heard evidence of extortion, abductions and arson in the port.",
                       true);
}

// A determiner or a count makes them some acts: "these abductions", "three abductions".
TEST(Issue4ListedKinds, CountedOrDeterminedActsAreNoKinds) {
  expect_one_abduction(
      "Police said these abductions and killings were the work of one gang in Kaduna.", false);
  expect_one_abduction("Residents reported three abductions and a robbery in Kaduna last week.",
                       false);
}

// "was subjected to torture, beatings and inhuman treatment": one act on the man named.
TEST(Issue4ListedKinds, ListOfActsOnSomeoneStaysOneSpecificAct) {
  Extraction x = extract_text(
      "Oskar Lind was subjected to torture, beatings and inhuman treatment in custody.");
  auto tt = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(tt.size(), 1u);
  EXPECT_FALSE(tt[0]->generic);
}

}  // namespace
}  // namespace casebook
