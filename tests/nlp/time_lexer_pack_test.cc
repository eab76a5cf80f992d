// Issue 6: the time lexer packs a word for its lexicon with two loads and masks where 16 bytes
// can be read; the key must be the byte-by-byte one (lower-cased, zero-padded) for every
// length, offset and case, near the end of the text too.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>

#include "core/tsv.h"
#include "nlp/time_lexer.h"
#include "nlp/time_lexicon.h"

namespace casebook {
namespace {

void byte_key(std::string_view text, size_t p, size_t n, uint64_t key[2]) {
  char packed[16] = {};
  for (size_t i = 0; i < n; ++i) {
    const char c = text[p + i];
    packed[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  std::memcpy(key, packed, 16);
}

TEST(TimeLexerPack, Issue6PackedKeyIsTheByteKey) {
  std::mt19937 rng(6);
  const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (int round = 0; round < 200; ++round) {
    std::string text(40, ' ');
    for (char& c : text) c = letters[rng() % letters.size()];
    for (size_t p = 0; p < text.size(); ++p) {
      for (size_t n = 1; n <= TimeLexicon::kMaxWordLength && p + n <= text.size(); ++n) {
        uint64_t want[2], got[2];
        byte_key(text, p, n, want);
        pack_lower(text, p, n, got);
        ASSERT_EQ(got[0], want[0]) << text << " " << p << " " << n;
        ASSERT_EQ(got[1], want[1]) << text << " " << p << " " << n;
      }
    }
  }
}

TEST(TimeLexerPack, Issue6MonthsStillFoundInMixedCase) {
  const TimeLexicon& lexicon = TimeLexicon::get();
  for (std::string w : {"january", "September", "DECEMBER", "yesterday", "Wednesday"}) {
    const std::string text = "on " + w + " the court";
    const Tok t = lex_at(text, 2, lexicon);
    EXPECT_EQ(t.type, TokType::kWord) << w;
    EXPECT_NE(t.word, nullptr) << w;
    EXPECT_EQ(t.end, 3 + w.size()) << w;
  }
}

// The lexicon's probes read 2-byte tags before the slots: every first-column word of its data
// files is still found (by find and by the packed key), and words of no file are not.
TEST(TimeLexerPack, Issue6EveryLexiconWordIsFoundThroughTheTags) {
  const TimeLexicon& lexicon = TimeLexicon::get();
  int words = 0;
  for (const char* file :
       {"time/months.tsv", "time/weekdays.tsv", "time/numbers.tsv", "time/ordinals.tsv",
        "time/relative.tsv", "time/seasons.tsv", "time/units.tsv", "time/day_parts.tsv"}) {
    for_each_data_row(file, [&](const TsvRow& r) {
      const std::string_view w = r[0];
      if (w.empty() || w.size() > TimeLexicon::kMaxWordLength || w.find(' ') != w.npos) return;
      ++words;
      const TimeWord* found = lexicon.find(w);
      EXPECT_NE(found, nullptr) << w;
      uint64_t key[2];
      byte_key(w, 0, w.size(), key);
      EXPECT_EQ(lexicon.find_packed(key, w.size()), found) << w;
    });
  }
  EXPECT_GT(words, 50);
  for (std::string_view w : {"qwerty", "journalist", "xylophone", "zq"}) {
    EXPECT_EQ(lexicon.find(w), nullptr) << w;
  }
}

}  // namespace
}  // namespace casebook
