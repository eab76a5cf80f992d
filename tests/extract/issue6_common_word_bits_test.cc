// Issue 6: the common-mention reader refuses most words on one byte a word (is it a kinship
// noun, an actor phrase's first word, a group noun, a pronoun, "the"?); each kind of mention it
// reads must still be found, also where a word comes back. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(CommonWordBits, Issue6StateAndNonStateActors) {
  Extraction x = extract_text("Yesterday the police detained Ana Lima near the old market.");
  const Entity* police = entity_named(x, "police", "state_actor");
  ASSERT_NE(police, nullptr);
  EXPECT_TRUE(has_name(first_perpetrators(x, "arrest_detention"), "police"));
}

TEST(CommonWordBits, Issue6PronounStandsForTheNamedPerson) {
  Extraction x = extract_text(
      "Ana Lima walked home from the market on Friday. Later that evening police detained her.");
  EXPECT_TRUE(has_name(victims_of(x, "arrest_detention"), "Ana Lima"));
}

TEST(CommonWordBits, Issue6TheAndANumberStandForTheListed) {
  Extraction x = extract_text(
      "Tomas Varga and Ilse Brandt spoke at the rally on Sunday. The two were arrested on "
      "Monday after the rally.");
  std::vector<std::string> v = victims_of(x, "arrest_detention");
  EXPECT_EQ(v, (std::vector<std::string>{"Tomas Varga", "Ilse Brandt"}));
}

TEST(CommonWordBits, Issue6RelativeAndGroupInTheSecondPass) {
  Extraction x = extract_text(
      "Tomas Varga is an exiled blogger. His father was detained at home, and protesters "
      "gathered outside the station.");
  EXPECT_NE(entity_named(x, "father of Tomas Varga", "person"), nullptr);
  EXPECT_NE(entity_named(x, "protesters", "group"), nullptr);
}

TEST(CommonWordBits, Issue6DescriptorAmongPlainWords) {
  Extraction x = extract_text("Masked men in plain clothes quietly detained a journalist.");
  EXPECT_NE(entity_named(x, "journalist", "person"), nullptr);
}

TEST(CommonWordBits, Issue6RepeatedWordKeepsItsBits) {
  // A word's bits are worked out at its first free token and read again at the next ones,
  // written with a capital or not.
  Extraction x = extract_text(
      "Protesters marched to the court in 2010. On Monday police dispersed protesters outside "
      "the court.");
  const Entity* group = entity_named(x, "protesters", "group");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->mentions.size(), 2u);
}

}  // namespace
}  // namespace casebook::testing
