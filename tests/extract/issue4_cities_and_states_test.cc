// Issue 4: places as the news writes them. "Shot dead in Acapulco" and "in Bacolod" gave no
// place (the gazetteer holds "Acapulco de Juárez", "Bacolod City"); "the state of Guerrero"
// was a town of that name in Chihuahua.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CitiesAndStates, TheShortNameOfACity) {
  Extraction x = extract_text("Armando Salas was shot dead in Acapulco.", "2024-05-10");
  EXPECT_EQ(x.summary.country, "MX");
  Extraction y = extract_text("Lorena Abello was shot dead in Bacolod.", "2024-05-10");
  EXPECT_EQ(y.summary.country, "PH");
}

TEST(Issue4CitiesAndStates, TheStateOfAName) {
  Extraction x = extract_text("A journalist was killed in the state of Guerrero.", "2024-05-10");
  const Entity* state = entity_named(x, "Guerrero", "place");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->place_type, "region");
  EXPECT_EQ(state->country, "MX");
}

}  // namespace
}  // namespace casebook::testing
