// Issue 6: the clause reader asks, of every word before and after a trigger, whether an "as"
// there opens a clause of its own ("faces expulsion as his brother is jailed"). Nearly every
// word asked is another word, and the call cost more than the answer: the word is now compared
// with "as" inline and only an "as" is read further. The readings must stay: "as" with a
// subject and a verb opens a clause, before and after the trigger; "such as", "known as" and
// "detained as a spy" do not. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(AsClause, Issue6AsWithASubjectAndVerbOpensAClauseBeforeTheTrigger) {
  const Extraction x = extract_text(
      "Lena Varga, an editor living in Vilnius, faces expulsion as her brother Oskar is jailed "
      "in Minsk.");
  const std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Oskar"));
  EXPECT_FALSE(has_name(v, "Lena Varga"));
}

TEST(AsClause, Issue6AsAfterTheTriggerClosesItsClause) {
  // The act's clause ends before "as ... were": the marchers are no victims of the detention.
  const Extraction x = extract_text(
      "Police detained Oskar Varga on Monday as the marchers were gathering in the square.");
  const std::vector<std::string> v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Oskar Varga"));
  EXPECT_EQ(v.size(), 1u);
}

TEST(AsClause, Issue6AsWithNoClauseOfItsOwn) {
  // "detained as a spy": no verb follows the noun phrase; the one detained is the victim.
  const Extraction x = extract_text("Oskar Varga was detained as a spy in Minsk on Monday.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Oskar Varga"));
}

TEST(AsClause, Issue6OnlyAnAsIsReadFurther) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/src/extract/event_clause.cc");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string cc = ss.str();
  const size_t at = cc.find("bool opens_as_clause(uint32_t t, uint32_t limit) const {");
  ASSERT_NE(at, std::string::npos);
  const std::string body = cc.substr(at, cc.find("\n  }\n", at) - at);
  EXPECT_NE(body.find("return low(t) == \"as\" && as_opens_clause(t, limit);"), std::string::npos)
      << body;
}

}  // namespace
}  // namespace casebook::testing
