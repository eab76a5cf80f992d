// Issue 6: `ev.type == "killing"` with a std::string on the left called basic_string::compare,
// and from there memcmp, out of line: the event, summary and merge rules ask it of every event
// many times (~1.6 M instructions on 30 pages). core/word_literal.h now declares an operator==
// for a std::string and a C string in namespace casebook, no template, so it wins the tie with
// std's template for a literal; its compare is inline. Its answers must be std's for every
// string, embedded NULs and a buffer holding a shorter C string included. Words written for
// this test.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/mention.h"

namespace casebook {
namespace {

TEST(StringLiteralOperator, Issue6TheRulesCompareWithCasebooksOperator) {
  // casebook's operator is noexcept; std's (libstdc++ 12) is not, so noexcept tells which was
  // chosen for `s == "..."`, `"..." == s` and `s != "..."` (the last two rewritten to the
  // first).
  const std::string s = "killing";
  EXPECT_TRUE(noexcept(s == "killing"));
  EXPECT_TRUE(noexcept("killing" == s));
  EXPECT_TRUE(noexcept(s != "killing"));
  const char* c = "killing";
  EXPECT_TRUE(noexcept(s == c));
  Event ev;
  EXPECT_TRUE(noexcept(ev.type == "killing"));
  EXPECT_TRUE(noexcept(std::declval<const Entity&>().kind == "person"));
}

TEST(StringLiteralOperator, Issue6SameAnswersAsStd) {
  const std::vector<std::string> strings = {
      "",        "k",        "killin",  "killing", "killings", "Killing", "killinG", "killing ",
      " killing", "kidnapping", "state_actor", "state", "person", "\xE2\x80\x94",
      std::string("kill\0ng", 7), std::string("killing\0", 8), std::string("\0", 1)};
  const std::vector<const char*> literals = {"killing", "", "k", "state_actor", "person",
                                             "\xE2\x80\x94", "killings"};
  for (const std::string& s : strings) {
    for (const char* c : literals) {
      EXPECT_EQ(s == c, s.compare(c) == 0) << s << " " << c;
      EXPECT_EQ(c == s, s.compare(c) == 0) << s << " " << c;
      EXPECT_EQ(s != c, s.compare(c) != 0) << s << " " << c;
    }
    EXPECT_EQ(s == "killing", s.compare("killing") == 0) << s;
    EXPECT_EQ(s == "", s.empty()) << s;
  }
}

TEST(StringLiteralOperator, Issue6ABufferHoldingAShorterStringComparesAsItsString) {
  char buf[16] = "state";
  const char* c = buf;
  EXPECT_TRUE(std::string("state") == c);
  EXPECT_FALSE(std::string("state\0\0", 7) == c);
  buf[2] = '\0';
  EXPECT_TRUE(std::string("st") == c);
  EXPECT_FALSE(std::string("state") == c);
}

}  // namespace
}  // namespace casebook
