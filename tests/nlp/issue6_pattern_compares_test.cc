// Issue 6: the trigger lexicon compares a token with a pattern word's forms inline
// (same_word: the lengths, then the bytes by integer loads) instead of through `==`, which
// called memcmp whenever the lengths agreed. These tests hold the compares inline, and check
// that a word differing from a pattern word in one byte anywhere, at every length on both sides
// of 4, 8 and 16 bytes, is refused, in the quick no on the second word and in the full match.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

std::string source(const std::string& path) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/" + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Issue6PatternCompares, TheFormsAreComparedInline) {
  const std::string s = source("src/nlp/trigger_lexicon.cc");
  ASSERT_FALSE(s.empty());
  for (const char* called : {"f == p.text", "f == p.verb", "f == p.noun", "t != w.forms[0]",
                             "t != w.forms[1]", "t != w.forms[2]"}) {
    EXPECT_EQ(s.find(called), std::string::npos) << called;
  }
  EXPECT_NE(s.find("same_word(f, p.text)"), std::string::npos);
  EXPECT_NE(s.find("!same_word(t, w.forms[0])"), std::string::npos);
}

// A caller-built phrase "seize <w> <w3>" at every length of w, tried on the same words (a match)
// and on words differing from w or w3 in one byte at its start, middle or end (no match).
TEST(Issue6PatternCompares, OneByteAnywhereTellsWordsApartAtEveryLength) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  int checked = 0;
  for (size_t len = 1; len <= 24; ++len) {
    std::string w, w3;
    for (size_t k = 0; k < len; ++k) {
      w += static_cast<char>('q' + k % 7);
      w3 += static_cast<char>('k' + k % 5);
    }
    TriggerEntry e;
    e.type = "seizure";
    e.pos = "phrase";
    e.words = {"seize", w, w3};
    e.text = "seize";
    for (bool quick : {false, true}) {  // quick: lemmas given, so the second word's quick no
      std::vector<std::string_view> same = {"seize", w, w3, "end"};
      EXPECT_EQ(lex.match_phrase(e, same, 0, !quick), 3) << w;
      for (size_t at : {size_t{0}, len / 2, len - 1}) {
        std::string other = w, other3 = w3;
        other[at] = static_cast<char>(other[at] ^ 0x01);
        other3[at] = static_cast<char>(other3[at] ^ 0x01);
        std::vector<std::string_view> second = {"seize", other, w3, "end"};
        EXPECT_EQ(lex.match_phrase(e, second, 0, !quick), 0) << w << " " << other;
        std::vector<std::string_view> third = {"seize", w, other3, "end"};
        EXPECT_EQ(lex.match_phrase(e, third, 0, !quick), 0) << w3 << " " << other3;
        ++checked;
      }
      std::string longer = w + "s";  // one byte more: the lengths differ
      std::vector<std::string_view> more = {"seize", longer, w3, "end"};
      EXPECT_EQ(lex.match_phrase(e, more, 0, !quick), 0) << longer;
    }
  }
  EXPECT_EQ(checked, 24 * 2 * 3);
}

}  // namespace
}  // namespace casebook
