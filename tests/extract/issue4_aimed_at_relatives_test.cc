// Issue 4: "threats against the mother of X", "reprisals against the family of X": after a
// noun act, the relative the act is aimed at is its victim, not the person named in the "of"
// phrase. After a verb, "against the" still opens no object. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AimedAtRelatives, ThreatsAgainstTheMotherOfAnExile) {
  Extraction x = extract_text(
      "Rights groups recorded threats against the mother of Daler Khodjaev, a blogger in exile.");
  std::vector<std::string> v = first_victims(x, "threat_intimidation");
  EXPECT_TRUE(has_name(v, "mother of Daler Khodjaev"));
  EXPECT_FALSE(has_name(v, "Daler Khodjaev"));
}

TEST(Issue4AimedAtRelatives, ReprisalsAgainstTheFamily) {
  Extraction x = extract_text("Police stepped up reprisals against the family of Daler Khodjaev.");
  std::vector<std::string> v = first_victims(x, "harassment");
  EXPECT_TRUE(has_name(v, "family of Daler Khodjaev"));
}

TEST(Issue4AimedAtRelatives, AVerbsAgainstTheOpensNoObject) {
  Extraction x = extract_text(
      "Daler Khodjaev was detained after he spoke against the governor of the province.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Daler Khodjaev"));
}

}  // namespace
}  // namespace casebook::testing
