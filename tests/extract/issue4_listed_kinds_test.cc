// Issue 4: a bare plural act noun in a list of kinds of acts ("the menace of killings,
// kidnappings and banditry") names a kind of act, not an incident: it is generic unless
// someone it was done to is named or another act of its type in the sentence is specific.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

TEST(Issue4ListedKinds, KindsOfActsInAListAreGeneric) {
  for (const char* text : {
           "The governor promised to end the menace of killings, kidnappings and banditry.",
           "The report describes abuses in the form of abductions, torture and forced labour.",
       }) {
    Extraction x = extract_text(text);
    auto ab = events_of(x, "abduction");
    ASSERT_EQ(ab.size(), 1u) << text;
    EXPECT_TRUE(ab[0]->generic) << text;
  }
}

// A determiner or a count makes them some acts: "these abductions", "three abductions".
TEST(Issue4ListedKinds, CountedOrDeterminedActsAreNoKinds) {
  for (const char* text : {
           "Police said these abductions and killings were the work of one gang in Kaduna.",
           "Residents reported three abductions and a robbery in Kaduna last week.",
       }) {
    Extraction x = extract_text(text);
    auto ab = events_of(x, "abduction");
    ASSERT_EQ(ab.size(), 1u) << text;
    EXPECT_FALSE(ab[0]->generic) << text;
  }
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
