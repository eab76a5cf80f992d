// Issue 4: "arrested after publishing a drawing of the prime minister" and "sentenced for
// spreading false information about the army" made the prime minister and the army the
// doers. A state body that a work of expression is about ("a drawing of", "information
// about", "a song about") is its topic, not who acted; "a post about police brutality" still
// names the police as doers of the brutality. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4BodyAWorkIsAbout, TheTopicIsNoDoer) {
  Extraction x = extract_text(
      "Nadia Sabri, a cartoonist, was arrested in Cairo on 2 May 2023 after publishing a drawing "
      "of the prime minister.",
      "2024-05-10");
  EXPECT_FALSE(has_name(first_perpetrators(x, "arrest_detention"), "prime minister"));
  x = extract_text(
      "Ana Lind was sentenced in October 2023 for spreading false information about the army.",
      "2024-05-10");
  EXPECT_FALSE(has_name(first_perpetrators(x, "prosecution"), "army"));
}

TEST(Issue4BodyAWorkIsAbout, AnActOfTheBodyKeepsIt) {
  Extraction x = extract_text("Police arrested Ana Lind after a post about police brutality.");
  EXPECT_EQ(first_perpetrators(x, "arrest_detention"), std::vector<std::string>{"police"});
}

}  // namespace
}  // namespace casebook::testing
