// Issue 4: the state's own agents hurt ("Police said 47 officers were injured in the
// clashes") were not hurt by the state: no organ of the state named nearby is taken as the
// doer. An arrest of an officer keeps its arresting police. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AgentsHurt, OfficersHurtAreNotHurtByThePolice) {
  Extraction x = extract_text("Police said 47 officers were injured in the clashes.");
  std::vector<const Event*> ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->perpetrators.empty());
}

TEST(Issue4AgentsHurt, AnOfficerArrestedByPolice) {
  Extraction x = extract_text("Police in Gomel arrested an officer of the border guard.");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "police") ||
              has_name(names_of(x, ev[0]->perpetrators), "Gomel police"));
}

}  // namespace
}  // namespace casebook::testing
