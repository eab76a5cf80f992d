// Issue 4: "the northern state of Sinaloa" and "the state capital" made the state a perpetrator;
// a state named as a territory is no actor. "Detained by the state" still is one.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4StateAsTerritory, AStateNamedAsAPlaceIsNoDoer) {
  for (const char* text : {"Teodoro Villa was shot dead in the northern state of Sonora on 7 May.",
                           "Teodoro Villa was shot dead in the state capital on 7 May."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_TRUE(first_perpetrators(x, "killing").empty()) << text;
  }
}

TEST(Issue4StateAsTerritory, TheStateAsAnActorStays) {
  Extraction x = extract_text("Teodoro Villa was detained by the state on 7 May.", "2024-05-10");
  EXPECT_FALSE(first_perpetrators(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
