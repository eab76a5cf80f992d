// Issue 4: a list of people each set off by a role with an article ("An aid worker, A, and an
// academic, B, were arrested") names both as victims, and each keeps only the role told of
// them: the role after "and" is the next person's. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

bool has_role(const Entity* e, const std::string& role) {
  return e != nullptr && std::find(e->roles.begin(), e->roles.end(), role) != e->roles.end();
}

TEST(Issue4ApposedList, EachRoleWithItsName) {
  for (const char* text :
       {"An aid worker, Tomas Weller, and an academic, Rafael Ortiz, were arrested.",
        "Police arrested an aid worker, Tomas Weller, and an academic, Rafael Ortiz."}) {
    Extraction x = extract_text(text);
    std::vector<std::string> v = first_victims(x, "arrest_detention");
    EXPECT_TRUE(has_name(v, "Tomas Weller")) << text;
    EXPECT_TRUE(has_name(v, "Rafael Ortiz")) << text;
    EXPECT_FALSE(has_role(entity_named(x, "Tomas Weller", "person"), "academic")) << text;
    EXPECT_TRUE(has_role(entity_named(x, "Rafael Ortiz", "person"), "academic")) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
