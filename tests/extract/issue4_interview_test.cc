// Issue 4: the shapes of a published interview. Its answers ("A: My brother was detained")
// are told by the one the interview is with, named in its title ("An Interview with X") or
// in a question ("Q: Mr. X, when ..."), so the relatives tie to that person. "two weeks after
// I left Minsk, officers came to my parents' flat": the time clause's subject is not the
// main clause's doer. "Police Detain Lawyer Andrei Petrenko": in a title-case headline the
// common words before a given name are no part of the name. An op-ed's title, by-line and
// "Published:" line do not count as the body the first "I" must open. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Interview, TheAnswersAreTheIntervieweesOwn) {
  Extraction x = extract_text(
      "Exile and family: an interview with Marta Kowal\n\n"
      "Marta Kowal left Minsk in 2022. We spoke with her in March.\n\n"
      "Q: When did the pressure begin?\n\n"
      "A: In May 2022 my brother Pavel was detained at his workplace.\n\n"
      "Q: And your mother?\n\n"
      "A: My mother was summoned for questioning three times.");
  EXPECT_TRUE(has_relation(x, "Pavel", "brother", "Marta Kowal"));
  std::vector<const Event*> ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"mother of Marta Kowal"});
}

TEST(Issue4Interview, ATimeClausesSubjectIsNotTheDoer) {
  Extraction x = extract_text(
      "Two weeks after Ivo Lind left Minsk, police officers detained his father.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "police officers"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Ivo Lind"));
  x = extract_text("Since Mona Saad left, security officers have summoned her mother twice.");
  ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Mona Saad"));
  // Not a list of acts after its first comma: "Since the vote, hundreds of students have been
  // harassed, beaten and detained" keeps its subject for all three.
  x = extract_text("Since the vote, hundreds of students have been harassed, beaten and detained.");
  for (const Event* e : events_of(x, "arrest_detention")) {
    EXPECT_EQ(names_of(x, e->victims), std::vector<std::string>{"students"});
  }
}

TEST(Issue4Interview, CommonWordsBeforeANameInATitleCaseHeadline) {
  // "Police Detain Lawyer Andrei Petrenko": "Detain" and "Lawyer" are no part of his name.
  Extraction x =
      extract_text("Police Detain Lawyer Andrei Petrenko in Minsk\n\nHe was held on Monday.");
  EXPECT_NE(entity_named(x, "Andrei Petrenko", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Detain Lawyer Andrei Petrenko", "person"), nullptr);
}

TEST(Issue4Interview, AByLineAndADateLineAboveAFirstPersonText) {
  // An op-ed's head: title, by-line and "Published:" line are no body sentences, so the "I" of
  // the first paragraph is still the author's.
  Extraction x = extract_text(
      "Why I left\n\nBy Mona Saad\n\nPublished: 3 April 2024\n\n"
      "In February 2021 I was arrested myself. My nephew was jailed in 2023.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Mona Saad"});
  EXPECT_EQ(names_of(x, ev[1]->victims), std::vector<std::string>{"nephew of Mona Saad"});
}

}  // namespace
}  // namespace casebook::testing
