// Issue 4: "subjected to torture". After "subjected to", "exposed to", "led to" the word is a
// noun, not an infinitive: "X was subjected to torture" made X the torturer. The object of
// an active "subjected X to torture" is the victim. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SubjectedTo, ThePassiveSubjectUndergoesTheAct) {
  Extraction x = extract_text("Tomas Ilves was subjected to torture on 4 March 2023.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "Tomas Ilves"));
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4SubjectedTo, TheActiveObjectUndergoesTheAct) {
  Extraction x = extract_text("Guards subjected Tomas Ilves to torture in the cell.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "Tomas Ilves"));
  x = extract_text("Guards subjected the prisoners to beatings.");
  ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->victims.empty());
}

TEST(Issue4SubjectedTo, AnInfinitiveStaysAVerb) {
  // "to torture" after other words is still the verb: the guards torture.
  Extraction x = extract_text("Guards began to torture Tomas Ilves in the cell.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "Tomas Ilves"));
  x = extract_text("The students were due to protest at the ministry on Monday.");
  EXPECT_EQ(events_of(x, "protest").size(), 1u);
}

TEST(Issue4SubjectedTo, PastATitleBeforeTheName) {
  Extraction x = extract_text("Police subjected Mr. Tomas Ilves to torture.");
  EXPECT_EQ(first_victims(x, "torture_ill_treatment"), std::vector<std::string>{"Tomas Ilves"});
  EXPECT_EQ(first_perpetrators(x, "torture_ill_treatment"), std::vector<std::string>{"police"});
}

}  // namespace
}  // namespace casebook::testing
