// Issue 4: the shapes of an NGO's yearly country chapter, written in January about the year
// before. "In March, security forces shot four protesters" is last March: an irregular past
// ("shot", "took") is told in the past as "-ed" is, and so is an act in the infinitive of a
// verb told in the past ("ordered providers to cut mobile data"). Sentences written for
// these tests.
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

TEST(Issue4AnnualReport, AnActInTheInfinitiveOfAPastVerb) {
  Extraction x = extract_text(
      "In February, the authorities ordered internet providers to cut mobile data in Sagaing.",
      "2024-01-11");
  std::vector<const Event*> ev = events_of(x, "communication_restriction");
  ASSERT_FALSE(ev.empty());
  for (const Event* e : ev) EXPECT_EQ(e->date.start, "2023-02");
}

}  // namespace
}  // namespace casebook::testing
