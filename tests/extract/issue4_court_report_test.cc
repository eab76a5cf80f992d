// Issue 4: shapes of a court report. "them" after people named together as a sentence's
// subject is those people, not a body in a prepositional phrase after them; the official an
// investigation looked "into" is what reporters exposed, no doer of their arrest; a court
// named only as a venue ("outside the court", "in court") is no hands-on doer. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CourtReport, ThemIsThePeopleNamedTogether) {
  Extraction x = extract_text(
      "Ana Lomidze, Irakli Gelashvili and Teona Kapanadze were arrested in May after publishing "
      "an investigation into the governor's construction companies. In January a court "
      "convicted them of fraud.",
      "2025-03-01");
  std::vector<std::string> v = first_victims(x, "prosecution");
  EXPECT_TRUE(has_name(v, "Ana Lomidze"));
  EXPECT_FALSE(has_name(v, "companies"));
  EXPECT_FALSE(has_name(v, "construction companies"));
}

TEST(Issue4CourtReport, WhomAnInvestigationLookedIntoIsNoDoer) {
  Extraction x = extract_text(
      "Ana Lomidze was arrested after publishing an investigation into the governor's "
      "construction companies.",
      "2025-03-01");
  EXPECT_FALSE(has_name(first_perpetrators(x, "arrest_detention"), "governor"));
}

TEST(Issue4CourtReport, ACourtAsAVenueIsNoHandsOnDoer) {
  Extraction x = extract_text(
      "Her husband told reporters outside the court that she had been beaten in detention.",
      "2025-03-01");
  std::vector<std::string> p = first_perpetrators(x, "torture_ill_treatment");
  EXPECT_FALSE(has_name(p, "court"));
}

TEST(Issue4CourtReport, ACourtIsNoArresterInItsOwnSentence) {
  Extraction x = extract_text(
      "A court in Cairo on Monday extended the detention of the lawyer Mona Saleh, two years "
      "after she was first arrested.",
      "2025-06-10");
  for (const Event* e : events_of(x, "arrest_detention")) {
    if (x.document.text.substr(e->trigger.start, e->trigger.end - e->trigger.start) != "arrested")
      continue;
    EXPECT_FALSE(has_name(names_of(x, e->perpetrators), "court"));
  }
}

TEST(Issue4CourtReport, ACourtThatOrdersStaysTheDoer) {
  Extraction x = extract_text(
      "The court ordered that Ana Lomidze be held in detention for two months.", "2025-03-01");
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "court"));
}

}  // namespace
}  // namespace casebook::testing
