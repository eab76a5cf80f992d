// Issue 4: a testimony in the first person. "Two men from the security service came to my
// house at night": the narrator, whose house it is, is the one harassed, not the men. "They
// showed no papers. They questioned me until morning.": a questioning takes the security
// service from up to two sentences before it in the paragraph as its context, and a dismissal
// the job named in the sentence before. Not "Reporters questioned the figures" with nothing
// of the police near. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Testimony, WhoseHouseTheyCameToIsHarassed) {
  Extraction x = extract_text(
      "My name is Dilbar Karimova and I live in Namangan. On 3 March, two men from the security "
      "service came to my house at night.");
  std::vector<std::string> v = first_victims(x, "harassment");
  EXPECT_TRUE(has_name(v, "Dilbar Karimova"));
  EXPECT_FALSE(has_name(v, "men"));
}

TEST(Issue4Testimony, AQuestioningTakesItsContextTwoSentencesBack) {
  Extraction x = extract_text(
      "My name is Dilbar Karimova. On 3 March, two men from the security service came to my "
      "house. They showed no papers. They drove me to a building where they questioned me until "
      "morning.");
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "Dilbar Karimova"));
}

// "would lose her job at the hospital. Two weeks later she was dismissed.": the job named in
// the sentence before is the dismissal's context.
TEST(Issue4Testimony, ADismissalTakesItsJobFromTheSentenceBefore) {
  Extraction x = extract_text(
      "An officer said my daughter Malika would lose her job at the hospital. Two weeks later "
      "she was dismissed without explanation.");
  std::vector<const Event*> ev = events_of(x, "harassment");
  bool real = false;
  for (const Event* e : ev) real = real || !e->hypothetical;
  EXPECT_TRUE(real);
}

TEST(Issue4Testimony, AQuestioningWithNoContextIsNone) {
  Extraction x = extract_text(
      "The ministry published its harvest figures. Farmers were surprised. Reporters questioned "
      "the numbers at once.");
  EXPECT_TRUE(events_of(x, "interrogation").empty());
}

}  // namespace
}  // namespace casebook::testing
