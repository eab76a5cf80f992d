// Issue 6: the time lexer finds the end of a word's ASCII letters 8 bytes at a time. Every
// length, case mix and offset, and every byte next to the letter ranges, must end the word
// where reading one letter at a time ends it.
#include <gtest/gtest.h>

#include <string>

#include "nlp/time_lexer.h"

namespace casebook {
namespace {

TEST(TimeLexerWord, Issue6WordEndsAtTheFirstNonLetterWhateverItsOffset) {
  const TimeLexicon& lexicon = TimeLexicon::get();
  // Bytes beside 'A'..'Z' and 'a'..'z' ('@', '[', '`', '{'), and common stops.
  const std::string stops = " ,.;@[`{'\"!)\n";
  const std::string letters = "qZxAmYbkRw";
  int checked = 0;
  for (size_t len = 1; len <= 20; ++len) {
    std::string w;
    for (size_t i = 0; i < len; ++i) w.push_back(letters[(i * 7 + len) % letters.size()]);
    for (size_t pad = 0; pad < 9; ++pad) {
      for (char stop : stops) {
        const std::string text = std::string(pad, ' ') + w + stop + "tail text";
        const Tok t = lex_at(text, 0, lexicon);
        ASSERT_EQ(t.type, TokType::kWord) << text;
        EXPECT_EQ(t.start, pad) << text;
        EXPECT_EQ(t.end, pad + len) << text;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 2000);
}

TEST(TimeLexerWord, Issue6MonthNamesAreStillFoundAtTheEndOfTheText) {
  const TimeLexicon& lexicon = TimeLexicon::get();
  for (std::string text : {"September", "on September", "Sept", "january 2020", "MARCH"}) {
    uint32_t pos = 0;
    Tok t = lex_at(text, pos, lexicon);
    while (t.type == TokType::kWord && t.word == nullptr && t.end < text.size()) {
      t = lex_at(text, t.end, lexicon);
    }
    ASSERT_EQ(t.type, TokType::kWord) << text;
    EXPECT_NE(t.word, nullptr) << text;
  }
}

}  // namespace
}  // namespace casebook
