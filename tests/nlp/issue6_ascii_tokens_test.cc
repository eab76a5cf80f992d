// Issue 6: annotate read every byte of every token to learn whether the token is ASCII (whose
// lower-cased form is its own span of the text lowered in place) or holds other characters
// (lowered by lower() and appended). It now finds the text's bytes of 0x80 and above once, 8
// bytes at a time, and walks their offsets along the tokens. Each token's form must be
// lower()'s, and in the same place as before: its own span for an ASCII token, past the text
// for any other, wherever the other characters fall (first or last byte of a token, right
// after it, in the text's last bytes, across 8-byte boundaries). Text written for these tests.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/annotated_text.h"
#include "nlp/tokenizer.h"

namespace casebook {
namespace {

// Checks every token of `text`; returns how many held a byte of 0x80 or above.
int check_tokens(const std::string& text) {
  AnnotatedText at;
  annotate(text, CivilDate{}, &at);
  int other = 0;
  std::string buf;
  for (size_t i = 0; i < at.tokens.size(); ++i) {
    const std::string_view span = at.token_text(i);
    bool ascii = true;
    for (char c : span) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    other += !ascii;
    EXPECT_EQ(at.lower[i], lower(span, &buf)) << "token " << i << " of: " << text;
    const char* in_place = at.lower_buf.data() + at.tokens[i].start;
    if (ascii) {
      EXPECT_EQ(at.lower[i].data(), in_place) << "token " << i << " of: " << text;
    } else {
      EXPECT_GE(at.lower[i].data(), at.lower_buf.data() + text.size())
          << "token " << i << " of: " << text;
    }
  }
  return other;
}

TEST(AsciiTokens, Issue6EachTokensFormIsLowersInItsPlace) {
  int other = 0;
  for (const std::string text : {
           std::string("Police detained ÉLODIE Martin in Łódź on Monday."),
           std::string("ÉCOLE"),
           std::string("Ana said: “They took him.” Then nothing."),
           std::string("Zürich"),
           std::string("The ŻUREK"),
           std::string("abcdefgÉ abcdefÉÉ abcdeÉ ÉÉÉÉ x"),
           std::string("Plain ASCII text with no other character at all, twice over."),
           std::string("Rights groups said KÖLN police held 12 people — ÖZIL among them"),
           std::string("end in É"),
           std::string("ÀÉÎ"),
       }) {
    other += check_tokens(text);
  }
  EXPECT_GT(other, 10);
}

TEST(AsciiTokens, Issue6RandomTextsAtEveryOffset) {
  // Words of ASCII and of other letters, with and without capitals, in random order and
  // spacing, so that other characters fall at every offset from an 8-byte boundary.
  const std::vector<std::string> words = {"Police", "DETAINED", "Élodie", "Łódź",   "a",
                                          "ÖZIL",   "—",        "“",      "quoted", "ÉÉ",
                                          "x",      "İstanbul", "naïve",  "ZÜRICH", "12"};
  std::mt19937 rng(7);
  int other = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      if (k > 0) text += (rng() % 4 == 0) ? "  " : " ";
      text += words[rng() % words.size()];
      if (rng() % 5 == 0) text += ".";
    }
    other += check_tokens(text);
  }
  EXPECT_GT(other, 300);
}

}  // namespace
}  // namespace casebook
