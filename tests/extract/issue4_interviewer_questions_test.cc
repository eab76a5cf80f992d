// Issue 4: an interviewer's questions in a transcript ("Q: Can you tell us ...?"). A word that
// opens a yes-no question ("Can", "Will") is no given name, after the "Q:" label as at the
// start of a sentence; and a yes-no question after the label asks whether an act happened
// and tells none ("Q: Were you charged with a crime?"), as one without the label does. The
// answers ("A: I was charged ...") and a "why" question ("Q: Why were you detained?") still
// tell their acts. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool all_hypothetical(const std::vector<const Event*>& ev) {
  return std::all_of(ev.begin(), ev.end(), [](const Event* e) { return e->hypothetical; });
}

TEST(Issue4InterviewerQuestions, AnAuxiliaryOpeningAQuestionIsNoName) {
  Extraction x = extract_text(
      "Q: Can you describe how you were detained?\n\n"
      "A: Officers stopped me outside the university in March.\n\n"
      "Q: Will you go back?\n\n"
      "A: Not while they are in power.",
      "2024-05-10");
  EXPECT_EQ(entity_named(x, "Can"), nullptr);
  EXPECT_EQ(entity_named(x, "Will"), nullptr);
  for (const Event& e : x.events) {
    for (const std::string& n : names_of(x, e.victims)) EXPECT_NE(n, "Can") << e.type;
  }
}

TEST(Issue4InterviewerQuestions, ALabelledYesNoQuestionTellsNoAct) {
  Extraction x = extract_text(
      "Q: Were you charged with a crime?\n\n"
      "A: They never told me.",
      "2024-05-10");
  auto pr = events_of(x, "prosecution");
  ASSERT_FALSE(pr.empty());
  EXPECT_TRUE(all_hypothetical(pr));
  EXPECT_EQ(std::count(x.summary.types.begin(), x.summary.types.end(), "prosecution"), 0);
}

TEST(Issue4InterviewerQuestions, AnswersAndWhyQuestionsStillTellActs) {
  Extraction x = extract_text(
      "Q: Why were you detained at the border?\n\n"
      "A: I was charged with insulting the president after Can Demir published my poem.",
      "2024-05-10");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_FALSE(ar.empty());
  EXPECT_FALSE(ar[0]->hypothetical);
  auto pr = events_of(x, "prosecution");
  ASSERT_FALSE(pr.empty());
  EXPECT_FALSE(pr[0]->hypothetical);
  EXPECT_NE(entity_named(x, "Can Demir", "person"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
