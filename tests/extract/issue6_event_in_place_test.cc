// Issue 6: the event finder builds each Event in place at the end of its events (room for
// every candidate is reserved first) and takes it off again when the candidate makes no
// event, instead of building it aside and moving it in. While it is built, the rule that
// compares it with the acts told before ("two weeks after the killing of X": X's killing, unless
// an earlier killing had X) must not count the event itself. Pages and names written for these
// tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

// The victims' names of every event of a type, one list per event.
std::vector<std::vector<std::string>> victims_of(const Extraction& x, const std::string& type) {
  std::vector<std::vector<std::string>> v;
  for (const Event* e : events_of(x, type)) v.push_back(names_of(x, e->victims));
  return v;
}

TEST(Issue6EventInPlace, AnAnchorActWithItsOwnVictimIsKept) {
  const Extraction x = extract_text(
      "Gunmen shot dead the blogger Oren Talbot in the port city on 3 March 2021.\n\n"
      "Two weeks after the killing of the teacher Mira Castell, police made no arrest.",
      "2021-06-01");
  const auto killings = victims_of(x, "killing");
  bool talbot = false, castell = false;
  for (const auto& names : killings) {
    talbot = talbot || has_name(names, "Oren Talbot");
    castell = castell || has_name(names, "Mira Castell");
  }
  EXPECT_TRUE(talbot);
  EXPECT_TRUE(castell) << "the anchor's killing names a victim no earlier killing had";
}

TEST(Issue6EventInPlace, AnAnchorActToldBeforeIsNotTwoEvents) {
  const Extraction x = extract_text(
      "Gunmen shot dead the blogger Oren Talbot in the port city on 3 March 2021.\n\n"
      "Two weeks after the killing, police made no arrest.",
      "2021-06-01");
  EXPECT_EQ(events_of(x, "killing").size(), 1u);
}

TEST(Issue6EventInPlace, RefusedCandidatesLeaveNoEventBehind) {
  // A warning or a threat that no one gives or gets: the finder refuses these candidates after
  // it has started their Event; each must be gone, and the event between them intact.
  const Extraction x = extract_text(
      "Economists warned that prices could rise.\n\n"
      "Police detained the journalist Dario Venn in the capital on Monday.\n\n"
      "Rising prices threaten the harvest.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].type, "arrest_detention");
  EXPECT_EQ(names_of(x, x.events[0].victims), std::vector<std::string>{"Dario Venn"});
  for (size_t i = 0; i < x.events.size(); ++i)
    EXPECT_EQ(x.events[i].id, "v" + std::to_string(i + 1));
}

}  // namespace
}  // namespace casebook::testing
