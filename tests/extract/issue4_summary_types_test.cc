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

}  // namespace
}  // namespace casebook::testing
