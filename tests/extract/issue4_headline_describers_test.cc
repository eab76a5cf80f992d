// Issue 4: in a headline, capitalised words ending in a demonym right before a lower-case noun
// for a person ("Exiled Bahraini activist held in Serbia", "Jailed Bahraini rapper freed")
// describe that person and are no name; a name after the noun ("Exiled Bahraini activist Yusuf
// Karimi held ...") is still one. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool has_person_with(const Extraction& x, const std::string& word) {
  for (const Entity& e : x.entities) {
    if (e.kind == "person" && e.name.find(word) != std::string::npos) return true;
  }
  return false;
}

TEST(Issue4HeadlineDescribers, ModifiersAndADemonymBeforeARoleNounAreNoName) {
  Extraction x = extract_text(
      "Exiled Bahraini activist held in Serbia\n\n"
      "Serbian police detained Yusuf Karimi, a Bahraini activist, in Belgrade on 2 May.",
      "2024-05-10");
  EXPECT_FALSE(has_person_with(x, "Exiled"));
  EXPECT_FALSE(has_person_with(x, "Bahraini"));
  EXPECT_NE(entity_named(x, "Yusuf Karimi", "person"), nullptr);
  x = extract_text(
      "Jailed Bahraini rapper freed on bail\n\n"
      "The rapper, whose songs mocked the clerics, left Jau prison on Monday.",
      "2024-05-10");
  EXPECT_FALSE(has_person_with(x, "Jailed"));
  EXPECT_FALSE(has_person_with(x, "Bahraini"));
}

TEST(Issue4HeadlineDescribers, ANameAfterTheRoleNounIsStillAPerson) {
  Extraction x = extract_text(
      "Exiled Bahraini activist Yusuf Karimi held in Serbia\n\n"
      "Serbian police detained him in Belgrade on 2 May.",
      "2024-05-10");
  EXPECT_NE(entity_named(x, "Yusuf Karimi", "person"), nullptr);
  EXPECT_FALSE(has_person_with(x, "Exiled"));
}

}  // namespace
}  // namespace casebook::testing
