// Issue 4: relatives of several people or of a group. "Ana Lima and Ivan Petrov were
// arrested. Their father was detained": "their" is the two named together, and the father is
// each one's (he had been lost, and his detention merged into theirs). "the activists'
// parents", "the brothers' father": a group's relatives keep the group in their name, with no
// relation (relations tie relatives to people). "Their families have not been told where they
// are held": the ones held are the families' relatives. "The brothers' father lost his job
// after their arrest": "their" is the brothers of its own sentence, not a court named before.
// "Their passports were confiscated" after two people named together: the two's. A relative
// whose paragraph opens with his own name is the one "his family" and "he" go on about.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4GroupRelatives, TheFatherOfTwoPeopleNamedTogether) {
  Extraction x = extract_text(
      "Mira Hadzic and Tomas Vuk were arrested on Monday. Their father was detained a day "
      "later.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(names_of(x, ev[1]->victims),
            std::vector<std::string>{"father of Mira Hadzic and Tomas Vuk"});
  EXPECT_TRUE(has_relation(x, "father of Mira Hadzic and Tomas Vuk", "father", "Mira Hadzic"));
  EXPECT_TRUE(has_relation(x, "father of Mira Hadzic and Tomas Vuk", "father", "Tomas Vuk"));
}

TEST(Issue4GroupRelatives, ARelativeOfAGroupIsNotLost) {
  Extraction x = extract_text(
      "The two students were arrested on Monday. Their mother was detained a day later.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(names_of(x, ev[1]->victims), std::vector<std::string>{"mother of students"});
  EXPECT_TRUE(x.relations.empty());
  x = extract_text("The Petrenko sisters' father was detained on Monday.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"father of sisters"});
  x = extract_text("Police questioned the protesters' wives on Friday.");
  EXPECT_EQ(first_victims(x, "interrogation"), std::vector<std::string>{"wives of protesters"});
}

TEST(Issue4GroupRelatives, TheHeldAreThoseWhoseFamiliesAreNotTold) {
  Extraction x = extract_text(
      "Police detained six miners on Monday. Their families have not been told where they are "
      "held.");
  std::vector<const Event*> ev = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"miners"});
}

TEST(Issue4GroupRelatives, TheirIsTheOwnerInItsSentence) {
  Extraction x = extract_text(
      "Their lawyer said she would take the case to the Supreme Court.\n\n"
      "The Dudek brothers' father lost his job at a school a week after their arrest.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"brothers"});
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Supreme Court"));
  EXPECT_EQ(first_victims(x, "harassment"), std::vector<std::string>{"father of brothers"});
}

TEST(Issue4GroupRelatives, TheirPassportsAreTheTwosNamedBefore) {
  Extraction x = extract_text(
      "Mira Hadzic and Tomas Vuk were questioned on Monday. Their passports were confiscated.");
  std::vector<const Event*> ev = events_of(x, "travel_ban");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Mira Hadzic"));
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Tomas Vuk"));
}

TEST(Issue4GroupRelatives, ARelativeIntroducedByNameIsWhomTheParagraphIsAbout) {
  // "Karim Bek, father of the blogger Aziz Bek, died ... His family says he had been
  // threatened": the father's family, and the father threatened, not the blogger.
  Extraction x = extract_text(
      "Karim Bek, father of the blogger Aziz Bek, died on 19 January 2024, three days after he "
      "was questioned by police in Osh. His family says he had been threatened with the loss "
      "of his house.");
  EXPECT_EQ(first_victims(x, "threat_intimidation"), std::vector<std::string>{"Karim Bek"});
}

}  // namespace
}  // namespace casebook::testing
