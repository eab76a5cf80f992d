// Issue 4: "Authorities routinely detain relatives of exiled critics, said X, a researcher"
// made the researcher's relatives the ones detained, and the act no longer generic. The
// relatives of a group are not those of a person named past a comma.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativesOfAGroup, NotTheResearchersRelatives) {
  Extraction x = extract_text(
      "Authorities routinely detain relatives of exiled critics, said Aigul Bekova, a "
      "researcher.",
      "2024-05-10");
  auto events = events_of(x, "arrest_detention");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0]->generic);
  for (const std::string& v : names_of(x, events[0]->victims)) {
    EXPECT_EQ(v.find("Aigul Bekova"), std::string::npos) << v;
  }
}

TEST(Issue4RelativesOfAGroup, ARelativeOfANamedPersonStillIs) {
  Extraction x =
      extract_text("Police detained the father of the exiled blogger Aigul Bekova.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "father of Aigul Bekova"));
}

}  // namespace
}  // namespace casebook::testing
