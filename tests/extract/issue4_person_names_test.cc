// Issue 4: East Asian names written family name first ("Wang Lixin", "Nguyen Van Dai") are
// one person with no role noun before them; an ethnonym ("Han Chinese") and a common word
// after the name ("Mao Zedong Thought") are no part of one.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PersonNames, FamilyNameFirstIsOnePerson) {
  EXPECT_NE(
      entity_named(extract_text("Zhou Wenli was sentenced to four years."), "Zhou Wenli", "person"),
      nullptr);
  EXPECT_NE(entity_named(extract_text("His wife, Tian Xiaomei, said he was beaten."),
                         "Tian Xiaomei", "person"),
            nullptr);
  EXPECT_NE(entity_named(extract_text("Police detained Pham Van Khoa in Hanoi."), "Pham Van Khoa",
                         "person"),
            nullptr);
}

TEST(Issue4PersonNames, EthnonymOrCommonWordIsNoGivenName) {
  Extraction x = extract_text("Han Chinese officials ran the camp.");
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "person") << e.name;
  Extraction y = extract_text("The court cited Mao Zedong Thought in its ruling.");
  EXPECT_NE(entity_named(y, "Mao Zedong", "person"), nullptr);
  EXPECT_EQ(entity_named(y, "Mao Zedong Thought"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
