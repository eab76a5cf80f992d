// Issue 4: shapes of the "political hostages" pattern told by an exile abroad. "his younger
// sister, Zulpiya," names the sister, though no lexicon knows the name and a town has it;
// "learned that his sister, X, had been sentenced": the commas close an apposition inside the
// reported clause; "learned last week that ... had been sentenced": when he heard, not when it
// happened; a given name of a full name already given is that person later ("Sofia");
// "his parents ... called their son a traitor": the son is the exile; "police visited the
// parents' home": the parents are the exile's. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HostageFamilyShapes, ANameApposedToAKinshipNoun) {
  Extraction x = extract_text(
      "Erkin Sabit learned that his younger sister, Zulpiya, had been sentenced to 14 years.");
  EXPECT_TRUE(has_relation(x, "Zulpiya", "sister", "Erkin Sabit"));
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Zulpiya"));
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "Erkin Sabit"));
}

TEST(Issue4HostageFamilyShapes, ANounsThatClauseStaysAsItWas) {
  // "were tipped off that X, a trader, was seized by gunmen": the police who heard of it are
  // no doers.
  Extraction x = extract_text(
      "Detectives got word on Sunday that a trader, Musa Bello, a cattle dealer from Tudun, was "
      "abducted near the market by armed men.");
  std::vector<std::string> p = first_perpetrators(x, "abduction");
  EXPECT_TRUE(has_name(p, "armed men"));
  EXPECT_FALSE(has_name(p, "detectives"));
}

TEST(Issue4HostageFamilyShapes, ANameApposedToKinThoughATownHasIt) {
  // "Gulnar" is also a town's name in the gazetteer.
  Extraction x =
      extract_text("Erkin Sabit said his sister, Gulnar, was taken from her home by police in May.",
                   "2025-07-01");
  EXPECT_NE(entity_named(x, "Gulnar", "person"), nullptr);
  EXPECT_EQ(entity_named(x, "Gulnar", "place"), nullptr);
}

TEST(Issue4HostageFamilyShapes, WhenHeLearnedIsNotWhenItHappened) {
  Extraction x =
      extract_text("Erkin Sabit learned last week that his sister had been sentenced to 14 years.",
                   "2026-03-03");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev.front()->date.start, "");
  Extraction y = extract_text(
      "Li Wenqing disappeared in October. His wife learned on 3 November that he was being "
      "held in a secret facility.",
      "2025-11-20");
  std::vector<const Event*> held = events_of(y, "arrest_detention");
  ASSERT_FALSE(held.empty());
  EXPECT_FALSE(held.front()->date.start.empty());
}

TEST(Issue4HostageFamilyShapes, AGivenNameOfAFullNameGivenBefore) {
  // "Sofia" is also a city's name in the gazetteer.
  Extraction x = extract_text(
      "Sofia Achieng grew up in Kisumu. Her elder sister, Maria, became a teacher, but "
      "Sofia studied law. In 1977 she was detained by soldiers.");
  const Entity* v = entity_named(x, "Sofia Achieng", "person");
  ASSERT_NE(v, nullptr);
  EXPECT_GE(v->mentions.size(), 3u);  // the full name, "Sofia" alone, "Her", "she"
  EXPECT_EQ(entity_named(x, "Sofia", "place"), nullptr);
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Sofia Achieng"));
}

TEST(Issue4HostageFamilyShapes, TheSonOfTheExilesParentsIsTheExile) {
  Extraction x = extract_text(
      "Erkin Sabit lives in Munich. In January, his parents appeared in a video in which they "
      "called their son a \"traitor\".",
      "2026-03-03");
  EXPECT_TRUE(has_name(first_victims(x, "public_shaming"), "Erkin Sabit"));
}

TEST(Issue4HostageFamilyShapes, TheParentsHomeIsTheExilesParents) {
  Extraction x = extract_text(
      "Erkin Sabit lives in Munich; his parents stayed in Hotan. Police have visited the "
      "parents' home several times.",
      "2026-03-03");
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "parents of Erkin Sabit"));
}

TEST(Issue4HostageFamilyShapes, RelativesUrgingTheirOwnIsNoAdvocacy) {
  Extraction x = extract_text(
      "Erkin Sabit lives in Munich. In a video, his parents urged him to stop his activities "
      "abroad.",
      "2026-03-03");
  EXPECT_TRUE(events_of(x, "advocacy").empty());
  Extraction y = extract_text(
      "The union wrote to the minister, Ana Lima, and urged her to release the workers.");
  EXPECT_FALSE(events_of(y, "advocacy").empty());
}

TEST(Issue4HostageFamilyShapes, WhereTheSpeakerIsIsNoPlaceOfTheAct) {
  Extraction x = extract_text(
      "Uyghur activist in Munich says sister sentenced\n\nErkin Sabit learned that his sister, "
      "Zulpiya, had been sentenced to 14 years.",
      "2026-03-03");
  for (const Event* e : events_of(x, "prosecution")) EXPECT_NE(place_of(x, *e), "Munich");
}

}  // namespace
}  // namespace casebook::testing
