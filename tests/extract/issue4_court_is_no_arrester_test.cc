// Issue 4: a court named a sentence or two before an arrest, a search or a beating is no doer
// of it: courts try and order, police and guards hold and beat. "He was remanded in custody"
// is the court's order, so there the court stays. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CourtIsNoArrester, AnArrestToldAfterTheSentence) {
  Extraction x = extract_text(
      "A court in Osh on Monday sentenced Talant Usenov to four years. Usenov was arrested in "
      "March at his flat.\n\n"
      "Police in Osh have detained several relatives of exiled editors this year.",
      "2025-04-02");
  std::vector<std::string> p = first_perpetrators(x, "arrest_detention");
  EXPECT_FALSE(has_name(p, "court"));
}

TEST(Issue4CourtIsNoArrester, ACourtOfAppealsNeither) {
  Extraction x = extract_text(
      "The court of appeals in Osh on Monday upheld the sentence of Talant Usenov. Usenov was "
      "arrested in March at his flat.\n\nPolice in Osh have detained several relatives of exiled "
      "editors this year.",
      "2025-04-02");
  EXPECT_FALSE(has_name(first_perpetrators(x, "arrest_detention"), "court of appeals"));
}

TEST(Issue4CourtIsNoArrester, ARemandIsTheCourts) {
  Extraction x = extract_text(
      "A court in Osh on Monday charged Talant Usenov with fraud. Usenov was remanded in custody "
      "until his trial.\n\nPolice in Osh have detained several relatives of exiled editors this "
      "year.",
      "2025-04-02");
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "court"));
}

}  // namespace
}  // namespace casebook::testing
