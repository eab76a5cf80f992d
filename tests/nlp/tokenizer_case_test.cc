// Issue 6: the tokenizer reads ASCII letters and digits 8 bytes at a time. Every word length,
// mix of cases and digits and position in the text must give the same span and case flags as
// counting letter by letter.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "nlp/tokenizer.h"

namespace casebook {
namespace {

// The case flags of an ASCII word, counted one letter at a time.
uint16_t expected_case(const std::string& w) {
  int upper = 0, lower = 0;
  bool first_upper = false, seen = false;
  for (char c : w) {
    const bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    if ((up || low) && !seen) {
      first_upper = up;
      seen = true;
    }
    upper += up;
    lower += low;
  }
  uint16_t f = 0;
  if (first_upper) f |= kCapitalized;
  if (upper >= 2 && lower == 0) f |= kAllCaps;
  if (lower > 0 && upper == 0) f |= kLowerCase;
  return f;
}

TEST(TokenizerCase, Issue6EveryLengthMixAndOffsetCountsAsLetterByLetter) {
  const std::string alphabet = "aZbY0cX9dWQe";
  const uint16_t kCase = kCapitalized | kAllCaps | kLowerCase;
  uint32_t seed = 12345;
  int checked = 0;
  for (size_t len = 1; len <= 26; ++len) {
    for (int variant = 0; variant < 24; ++variant) {
      std::string w(1, variant % 2 ? 'K' : 'k');  // a letter first: a word, not a number
      for (size_t i = 1; i < len; ++i) {
        seed = seed * 1103515245u + 12345u;
        w.push_back(alphabet[(seed >> 16) % alphabet.size()]);
      }
      for (size_t pad = 0; pad < 9; ++pad) {
        const std::string text = std::string(pad, ' ') + w + " end";
        std::vector<Token> tokens;
        tokenize(text, &tokens);
        ASSERT_GE(tokens.size(), 2u) << text;
        EXPECT_EQ(tokens[0].start, pad) << text;
        EXPECT_EQ(tokens[0].end, pad + w.size()) << text;
        EXPECT_EQ(tokens[0].kind, TokenKind::kWord) << text;
        EXPECT_EQ(tokens[0].flags & kCase, expected_case(w)) << text;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 5000);
}

TEST(TokenizerCase, Issue6RunStopsAtPunctuationAndOtherScripts) {
  const std::string text = "ABCDEFGHIJ,abc Ivan\xC3\xA9nko stopped.";
  std::vector<Token> tokens;
  tokenize(text, &tokens);
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_EQ(token_text(text, tokens[0]), "ABCDEFGHIJ");
  EXPECT_TRUE(tokens[0].flags & kAllCaps);
  EXPECT_EQ(token_text(text, tokens[1]), ",");
  EXPECT_EQ(token_text(text, tokens[3]), "Ivan\xC3\xA9nko");
  EXPECT_TRUE(tokens[3].flags & kCapitalized);
  EXPECT_FALSE(tokens[3].flags & kAllCaps);
}

}  // namespace
}  // namespace casebook
