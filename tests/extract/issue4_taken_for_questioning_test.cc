// Issue 4: the one taken, put or sent somewhere for an act undergoes it. "Officers took Omar
// Tesh to a room for interrogation" and "put him in solitary confinement" left both acts with
// no victim; so did a narrator's "took me". "X was questioned on 10 March" and "X was
// summoned on 17 March" gave no event at all, and "is still in the penal colony" no
// detention. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TakenForQuestioning, TheOneTakenUndergoesTheAct) {
  Extraction x = extract_text(
      "In May two officers took Omar Tesh to a room for interrogation. Two weeks later, they put "
      "Omar Tesh in solitary confinement.",
      "2024-05-10");
  EXPECT_EQ(first_victims(x, "interrogation"), std::vector<std::string>{"Omar Tesh"});
  EXPECT_EQ(first_victims(x, "torture_ill_treatment"), std::vector<std::string>{"Omar Tesh"});
  x = extract_text("My name is Ivo Marek. In May police took me to a room for interrogation.",
                   "2024-05-10");
  EXPECT_EQ(first_victims(x, "interrogation"), std::vector<std::string>{"Ivo Marek"});
}

TEST(Issue4TakenForQuestioning, OnlyAfterAVerbOfTakingOrPlacing) {
  // Omar met the officers; he was not taken anywhere.
  Extraction x = extract_text("Officers met Omar Tesh in a room for interrogation.");
  EXPECT_FALSE(has_name(victims_of(x, "interrogation"), "Omar Tesh"));
  x = extract_text("Officers took Omar Tesh to a room for interrogation.");
  EXPECT_TRUE(has_name(victims_of(x, "interrogation"), "Omar Tesh"));
}

TEST(Issue4TakenForQuestioning, QuestionedAndStillInTheColony) {
  Extraction x = extract_text("Ana Lind was questioned on 10 March.", "2024-05-10");
  EXPECT_EQ(first_victims(x, "interrogation"), std::vector<std::string>{"Ana Lind"});
  x = extract_text("Her father, Oskar Lind, was summoned on 17 March.", "2024-05-10");
  EXPECT_EQ(first_victims(x, "interrogation"), std::vector<std::string>{"Oskar Lind"});
  x = extract_text("Her judgement was questioned by colleagues.");
  EXPECT_TRUE(events_of(x, "interrogation").empty());
  x = extract_text("Her friend Ana Lind is still in the penal colony in Navapolatsk.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Ana Lind"});
  // Said of no one, the colony is a place, not an act.
  x = extract_text("In penal colony No. 15 in Mogilev the regime is harsh.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
