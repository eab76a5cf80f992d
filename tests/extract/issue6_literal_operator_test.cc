// Issue 6: `w == "was"` on a std::string_view called std::string_view::compare (and memcmp)
// wherever GCC's inliner had spent its budget, as in the extract stage's large files: ~40
// instructions a compare, ~120,000 compares on 30 pages, most in rules added after the word
// classes moved to is_literal. core/word_literal.h now declares an operator== for a string_view
// and a char array in namespace casebook, found by ordinary lookup before std's (which needs a
// conversion of the literal), and extract/mention.h includes it. Its answers must be std's for
// every word, and the rules' compares must be the ones it answers. Words written for this test.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/mention.h"

namespace casebook {
namespace {

std::string_view view_of(const std::string& s) { return s; }

TEST(LiteralOperator, Issue6TheRulesCompareWithCasebooksOperator) {
  // std's operator== is noexcept; this one is not, so noexcept tells which was chosen, for a
  // rule's `w == "..."`, `"..." == w` and `w != "..."` (the last two rewritten to the first).
  const std::string_view w = "was";
  EXPECT_FALSE(noexcept(w == "was"));
  EXPECT_FALSE(noexcept("was" == w));
  EXPECT_FALSE(noexcept(w != "was"));
  EXPECT_FALSE(noexcept(std::declval<const std::string_view&>() == "the"));
  // A std::string on the left: same answers (its operator is tested in
  // issue6_string_literal_operator_test.cc).
  EXPECT_TRUE(std::string("the") == "the");
  EXPECT_FALSE(std::string("them") == "the");
}

TEST(LiteralOperator, Issue6SameAnswersAsStd) {
  const std::vector<std::string> words = {
      "",      "w",     "wa",   "was",    "wat",   "xas",  "wasn", "Was",    "was ",
      " was",  "were",  "the",  "they",   "th",    "t",    "be",   "been",   "being",
      "\xE2\x80\x94", "\xE2\x80\x93", "--", "according", "accordinG", "bccording",
      std::string("wa\0", 3), std::string("was\0", 4)};
  for (const std::string& s : words) {
    const std::string_view w = view_of(s);
    EXPECT_EQ(w == "was", std::operator==(w, std::string_view("was"))) << s;
    EXPECT_EQ("was" == w, std::operator==(w, std::string_view("was"))) << s;
    EXPECT_EQ(w != "was", !std::operator==(w, std::string_view("was"))) << s;
    EXPECT_EQ(w == "", std::operator==(w, std::string_view(""))) << s;
    EXPECT_EQ(w == "according", std::operator==(w, std::string_view("according"))) << s;
    EXPECT_EQ(w == "\xE2\x80\x94", std::operator==(w, std::string_view("\xE2\x80\x94"))) << s;
    EXPECT_EQ(w == "--", std::operator==(w, std::string_view("--"))) << s;
    EXPECT_EQ(w == "t", std::operator==(w, std::string_view("t"))) << s;
  }
}

TEST(LiteralOperator, Issue6AnArrayHoldingAShorterStringComparesAsItsString) {
  // Not a literal: a buffer longer than the C string it holds compares as that string (its
  // length is strlen's, not the array's).
  char buf[16] = "was";
  EXPECT_TRUE(std::string_view("was") == buf);
  EXPECT_FALSE(std::string_view(std::string("was\0\0\0\0\0\0\0\0\0\0\0\0", 15)) == buf);
  buf[1] = 'e';
  buf[2] = '\0';
  EXPECT_TRUE(std::string_view("we") == buf);
  EXPECT_FALSE(std::string_view("was") == buf);
}

}  // namespace
}  // namespace casebook
