// Issue 4: the shapes of an NGO's yearly country chapter, written in January about the year
// before. "In March, security forces shot four protesters" is last March: an irregular past
// ("shot", "took") is told in the past as "-ed" is, and so is an act in the infinitive of a
// verb told in the past ("ordered providers to cut mobile data"), and an act in a sentence
// told in the past ("opened fire ..., killing four"). A section's heading further
// down ("Torture and Ill-Treatment") tells no act. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AnnualReport, AnIrregularPastIsLastYearsMonth) {
  Extraction x = extract_text("In March, security forces shot four protesters in Pakokku.",
                              "2024-01-11");
  ASSERT_EQ(events_of(x, "assault").size(), 1u);
  EXPECT_EQ(events_of(x, "assault")[0]->date.start, "2023-03");
}

TEST(Issue4AnnualReport, AnActInASentenceToldInThePast) {
  // "killing" is no past form, but "opened" in its sentence is.
  Extraction x = extract_text(
      "In March, security forces opened fire on a march in Pakokku, killing four protesters.",
      "2024-01-11");
  ASSERT_EQ(events_of(x, "killing").size(), 1u);
  EXPECT_EQ(events_of(x, "killing")[0]->date.start, "2023-03");
}

TEST(Issue4AnnualReport, AnActInTheInfinitiveOfAPastVerb) {
  Extraction x = extract_text(
      "In February, the authorities ordered internet providers to cut mobile data in Sagaing.",
      "2024-01-11");
  std::vector<const Event*> ev = events_of(x, "communication_restriction");
  ASSERT_FALSE(ev.empty());
  for (const Event* e : ev) EXPECT_EQ(e->date.start, "2023-02");
}

TEST(Issue4AnnualReport, ASectionHeadingTellsNoAct) {
  Extraction x = extract_text(
      "Myanmar: the year in review\n\nThe year saw more arrests of reporters.\n\n"
      "Torture and Ill-Treatment\n\nSoldiers beat three detainees in Hpa-an in June.",
      "2024-01-11");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->trigger.text, "beat");
  // The headline at the top still tells its act.
  x = extract_text("Torture of detainees in Hpa-an\n\nThe report was published on Monday.");
  EXPECT_EQ(events_of(x, "torture_ill_treatment").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
