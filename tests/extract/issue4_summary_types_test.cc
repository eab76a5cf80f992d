// Which acts an article's summary lists (issue 4): each rule with an invented article it must
// catch and one it must not.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool lists(const Extraction& x, const std::string& type) {
  return std::find(x.summary.types.begin(), x.summary.types.end(), type) != x.summary.types.end();
}

TEST(Issue4SummaryTypes, ATrialWithNoDefendantNamedIsNoIncident) {
  Extraction x = extract_text(
      "Soldiers shot dead the teacher Omar Haddad in Aleppo on Friday.\n\n"
      "His family said the trial is set for March.");
  EXPECT_TRUE(lists(x, "killing"));
  EXPECT_FALSE(lists(x, "prosecution"));
}

TEST(Issue4SummaryTypes, ATrialOfANamedDefendantIsAnIncident) {
  Extraction x = extract_text(
      "The blogger Samir Nasser was charged with insulting the president in Aleppo on Friday.");
  EXPECT_TRUE(lists(x, "prosecution"));
}

TEST(Issue4WordSense, AHeartAttackIsNoAssault) {
  Extraction x =
      extract_text("The retired judge Ana Lima died of a heart attack in Porto on Sunday.");
  EXPECT_TRUE(events_of(x, "assault").empty());
}

TEST(Issue4WordSense, AnAttackOnAPersonIsStillAnAssault) {
  Extraction x = extract_text("Masked men attacked the reporter Ana Lima in Porto on Sunday.");
  EXPECT_FALSE(events_of(x, "assault").empty());
}

}  // namespace
}  // namespace casebook::testing
