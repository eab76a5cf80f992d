// Issue 6: a surname or given name alone joins a full name that holds it. The entity builder
// made four passes over the document's full names for each such mention, splitting every name
// into words in each pass; it now finds the names holding the word once per mention, in the
// same order, and the passes read that list. The readings must stay: the nearest full name
// before the word wins, and a relative introduced by a kinship noun yields to the other
// sharer. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(SurnameSharers, Issue6TheNearestFullNameBeforeWins) {
  const Extraction x = extract_text(
      "Police detained Ana Lima in Varno on Monday. Her lawyer Paulo Lima spoke to reporters. "
      "Officers beat Lima in the police station.");
  const auto beaten = first_victims(x, "torture_ill_treatment").empty()
                          ? first_victims(x, "assault")
                          : first_victims(x, "torture_ill_treatment");
  ASSERT_EQ(beaten.size(), 1u);
  EXPECT_EQ(beaten[0], "Paulo Lima");
}

TEST(SurnameSharers, Issue6TheRelativeYieldsToTheOtherSharer) {
  const Extraction x = extract_text(
      "The exiled activist Rustam Orazov lives in Berlin. His brother, Dovlet Orazov, stayed in "
      "Ashgabat. Orazov said that police had searched the family home. Police detained Orazov "
      "on Monday.");
  const auto detained = first_victims(x, "arrest_detention");
  ASSERT_EQ(detained.size(), 1u);
  EXPECT_EQ(detained[0], "Rustam Orazov");
}

TEST(SurnameSharers, Issue6TheNamesAreSplitOncePerMention) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/src/extract/entities.cc");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string cc = ss.str();
  const size_t at = cc.find("  void link_people() {");
  ASSERT_NE(at, std::string::npos);
  const std::string body = cc.substr(at, cc.find("\n  }\n", at) - at);
  // One has_word per full name and mention, filling the list the passes read.
  size_t calls = 0;
  for (size_t k = body.find("has_word("); k != std::string::npos; k = body.find("has_word(", k + 1))
    ++calls;
  EXPECT_EQ(calls, 1u);
  EXPECT_NE(body.find("if (has_word(name, w)) sharers.push_back(e);"), std::string::npos);
  EXPECT_NE(body.find("for (int e : sharers)"), std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
