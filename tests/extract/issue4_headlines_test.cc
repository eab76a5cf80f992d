// Issue 4: headlines drop their articles and use the present tense ("Police detain journalist
// at border", "Court jails Danish man"): a bare role noun in a headline is one person, and a
// base-form verb with a person, group or role noun right after it is the act.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4Headlines, BareRoleNounInAHeadlineIsThePerson) {
  Extraction x = extract_text(
      "Police detain journalist at northern border\n\n"
      "The reporter was stopped on Monday, her editor said.");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "journalist"));
}

TEST(Issue4Headlines, BareRoleNounInProseIsNoPerson) {
  // A sentence with its stop, in a paragraph of several: prose, where a role noun without
  // an article is a modifier or a predicate.
  Extraction x =
      extract_text("She trained as a nurse. Union leader talks ended on Monday without a deal.");
  for (const Entity& e : x.entities) EXPECT_NE(e.name, "leader");
}

TEST(Issue4Headlines, BaseFormVerbBeforeAGroupOrAModifiedPerson) {
  Extraction x = extract_text(
      "Authorities arrest students after campus sit-in\n\nThe body of the report follows.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "students"));
  Extraction y = extract_text("Officers arrest opposition leader Marit Sund in Kelby.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Marit Sund"));
}

TEST(Issue4Headlines, NounPhraseBeforeAVerbIsNoObject) {
  Extraction x = extract_text("The police beat reporter Marit Sund wrote about the trial.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  EXPECT_TRUE(events_of(x, "assault").empty());
}

}  // namespace
}  // namespace casebook
