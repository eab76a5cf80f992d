// Issue 4: "Police detained X and two students": the counted group after "and" is held too,
// not only the named person; "X and three other reporters" as well. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NameAndCountedGroup, CountedGroupAfterAName) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Police detained Emre Tasdelen and two students.", "students"},
      {"Police detained Emre Tasdelen and three other reporters.", "reporters"},
      {"Police detained Emre Tasdelen and 14 protesters.", "protesters"},
  };
  for (const auto& [text, group] : cases) {
    Extraction x = extract_text(text);
    const std::vector<std::string> victims = first_victims(x, "arrest_detention");
    EXPECT_TRUE(has_name(victims, "Emre Tasdelen")) << text;
    EXPECT_TRUE(has_name(victims, group)) << text;
  }
}

TEST(Issue4NameAndCountedGroup, ACountOfThingsIsNoGroup) {
  Extraction x = extract_text("Police detained Emre Tasdelen and seized two laptops.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Emre Tasdelen"});
}

}  // namespace
}  // namespace casebook::testing
