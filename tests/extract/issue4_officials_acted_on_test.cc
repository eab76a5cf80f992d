// Issue 4: an office holder can be the one an act is done to. In a headline, "Kurdish mayor
// detained" detained the mayor; "Mayor X was detained in a dawn raid" raided no one on the
// mayor's orders. A body stays the doer in a headline ("Police detain ..."), and a minister
// who orders an arrest stays its doer. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4OfficialsActedOn, OfficeHolderInAHeadline) {
  for (const char* text : {"Opposition mayor detained", "Former judge arrested in Ankara"}) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, "arrest_detention");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(ev[0]->victims.size(), 1u) << text;
    EXPECT_TRUE(ev[0]->perpetrators.empty()) << text;
  }
}

TEST(Issue4OfficialsActedOn, TitleOfAPassiveSubjectIsNoDoer) {
  Extraction x = extract_text("Mayor Zeynep Arslan was detained in a dawn raid.");
  for (const Event& ev : x.events) EXPECT_TRUE(ev.perpetrators.empty()) << ev.type;
}

TEST(Issue4OfficialsActedOn, MinisterWhoOrdersStaysTheDoer) {
  Extraction x = extract_text("Interior Minister Kemal Uysal ordered the arrest of the editors.");
  EXPECT_FALSE(first_perpetrators(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
