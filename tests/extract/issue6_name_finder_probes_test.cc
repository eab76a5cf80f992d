// Issue 6: the name finder asks the name lexicon about a token once (one record per token for
// the page: given name, honorific, international body, not a name, organisation head, family
// name first, surname ending), reads tokens' text without a range check, and compares words
// with literals inline. None of this may change what it finds: these invented pages go through
// each rule those answers feed (a title before a weekday given name, a "-based" place, an age
// in commas, a generational suffix, a law's title, a storm's name, an international body, an
// organisation with its tail, a name at the very end of the text), and role nouns before a name
// are asked once per word of the page.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

constexpr char kPage[] =
    "Police in Warsaw detained Mr Sunday Okoro on Tuesday. The Kelvaro-based lawyer Ana Lima, "
    "34, said he was held in Evin prison.\n\n"
    "Tomas Weller Jr. told reporters that the Official Secrets Act was misused. Cyclone Nadia "
    "hit the coast, according to Human Rights Watch.\n\n"
    "Journalist Rui Costa was arrested by the National Security Committee of Tajikistan, said "
    "Mirela Dovan.\n";

std::string rule_of(const Extraction& x, const std::string& name, const std::string& kind) {
  const Entity* e = entity_named(x, name, kind);
  if (e == nullptr) return "(none)";
  return e->rule;
}

TEST(Issue6NameFinderProbes, EachRuleFedByTheTokenRecordStillFires) {
  const Extraction x = extract_text(kPage);
  EXPECT_EQ(rule_of(x, "Sunday Okoro", "person"), "person-honorific");  // calendar word, title
  EXPECT_EQ(rule_of(x, "Ana Lima", "person"), "person-given-name");
  EXPECT_EQ(rule_of(x, "Tomas Weller Jr.", "person"), "person-given-name");
  EXPECT_EQ(rule_of(x, "Rui Costa", "person"), "person-given-name");  // role noun opens
  EXPECT_EQ(rule_of(x, "Mirela Dovan", "person"), "person-context");  // "said X"
  EXPECT_EQ(rule_of(x, "Human Rights Watch", "organization"), "org-international-body");
  EXPECT_EQ(rule_of(x, "National Security Committee of Tajikistan", "state_actor"),
            "state-body-name");
  EXPECT_EQ(rule_of(x, "Warsaw", "place"), "place-gazetteer");
}

TEST(Issue6NameFinderProbes, WordsTheRecordRefusesAreNoPeople) {
  const Extraction x = extract_text(kPage);
  for (const char* name : {"Nadia", "Cyclone Nadia", "Official Secrets", "Official Secrets Act",
                           "Evin", "Kelvaro", "Tuesday", "Police", "Journalist Rui Costa"}) {
    EXPECT_EQ(entity_named(x, name, "person"), nullptr) << name;
  }
}

TEST(Issue6NameFinderProbes, RoleNounsBeforeANameAreAskedOncePerWord) {
  // A two-word role before the name (its last word asked first), a plural role before an
  // apposition of two names, a plain person noun before one, and the same again further down.
  std::string page =
      "Officials said the asylum seeker Kamo Vardanyel was deported on Monday.\n\n"
      "Two lawyers, Rurik Tasso and Belan Orvik, were detained.\n\n"
      "A woman, Sella Marvane, was injured.\n\n";
  page += page;
  const Extraction x = extract_text(page);
  for (const char* name : {"Kamo Vardanyel", "Rurik Tasso", "Belan Orvik", "Sella Marvane"}) {
    EXPECT_EQ(rule_of(x, name, "person"), "person-context") << name;
    const Entity* e = entity_named(x, name, "person");
    if (e != nullptr) EXPECT_GE(e->mentions.size(), 2u) << name;
  }
}

TEST(Issue6NameFinderProbes, ANameThatEndsTheTextIsRead) {
  const Extraction x = extract_text("The statement was signed by journalist Ana Lima");
  EXPECT_EQ(rule_of(x, "Ana Lima", "person"), "person-given-name");
}

TEST(Issue6NameFinderProbes, TheSameNameOnManyLinesIsReadAlike) {
  // The record is kept per token: a page naming the same people again and again reads each
  // line as the first one.
  std::string page;
  for (int i = 0; i < 40; ++i)
    page += "Police detained Mr Sunday Okoro and Ana Lima in Warsaw.\n\n";
  const Extraction x = extract_text(page);
  const Entity* okoro = entity_named(x, "Sunday Okoro", "person");
  const Entity* lima = entity_named(x, "Ana Lima", "person");
  ASSERT_NE(okoro, nullptr);
  ASSERT_NE(lima, nullptr);
  EXPECT_EQ(okoro->mentions.size(), 40u);
  EXPECT_EQ(lima->mentions.size(), 40u);
}

}  // namespace
}  // namespace casebook::testing
