// Issue 4: a headline drops "is": "Activist missing after raid" says "missing" of the
// activist, whom the lead names. A headline's role of two words ("protest leader") is the
// person the lead gives that role right before the name ("detained protest leader X"), not
// another person who has the role later. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HeadlineRoles, AHeadlineAdjectiveSaysItOfTheNounBeforeIt) {
  Extraction x = extract_text(
      "Activist missing after raid\n\nThe whereabouts of Pablo Huanca, a 48-year-old community "
      "leader, have been unknown since 13 August, his family said.",
      "2025-08-20");
  std::vector<const Event*> ev = events_of(x, "enforced_disappearance");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(has_name(names_of(x, ev.front()->victims), "Pablo Huanca"));
}

TEST(Issue4HeadlineRoles, ATwoWordRoleBeforeTheNameInTheLead) {
  Extraction x = extract_text(
      "Protest leader vanishes from a bus stop in Gomel\n\nPlainclothes agents seized "
      "protest leader Vera Lisovskaya at a bus stop on Friday evening, her colleagues wrote.\n\n"
      "Another protest leader, Inna Sadovaya, told reporters she had lost contact with her.",
      "2025-09-08");
  std::vector<const Event*> ev = events_of(x, "enforced_disappearance");
  ASSERT_FALSE(ev.empty());
  std::vector<std::string> v = names_of(x, ev.front()->victims);
  EXPECT_TRUE(has_name(v, "Vera Lisovskaya"));
  EXPECT_FALSE(has_name(v, "Inna Sadovaya"));
}

}  // namespace
}  // namespace casebook::testing
