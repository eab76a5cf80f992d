// Issue 4: the state body a critic wrote about ("fled after writing about corruption in the
// customs service", "wrote on corruption in the customs service") is what was criticised,
// not who acted against the critic's family. Still "a post about police brutality", where the
// police are the abuse's own word. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4WhatCriticsWroteAbout, TheBodyWrittenAboutIsNoPerpetrator) {
  Extraction x = extract_text(
      "Karim Rahmonov, 41, fled in 2019 after writing about corruption in the customs service. "
      "His mother was questioned for six hours last week.");
  std::vector<std::string> p = first_perpetrators(x, "interrogation");
  EXPECT_FALSE(has_name(p, "customs service"));
}

TEST(Issue4WhatCriticsWroteAbout, CorruptionInABodyIsCriticism) {
  Extraction x = extract_text(
      "The brother of the blogger Anvar Sodiqov was detained on Monday, weeks after Sodiqov wrote "
      "on corruption in the customs service.");
  EXPECT_FALSE(has_name(first_perpetrators(x, "arrest_detention"), "customs service"));
}

}  // namespace
}  // namespace casebook::testing
