// The token reader under the time-expression finder: reads one token at a byte offset, on
// demand, so the scanner makes one pass and the patterns look ahead without a token array.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/time_lexicon.h"

namespace casebook {

enum class TokType : uint8_t {
  kEnd,     // end of text
  kBreak,   // a blank line: no expression spans it
  kWord,    // letters (word points at its lexicon entry, or is null)
  kNumber,  // ASCII digits, maybe "6th", "1990s", or grouped "2,000" (number -1)
  kPunct,   // one punctuation code point (cp)
  kOther,   // letters and digits glued together ("A2016"), never part of an expression
};

struct Tok {
  uint32_t start = 0, end = 0;
  TokType type = TokType::kEnd;
  bool space_before = false;       // whitespace separates it from what precedes
  bool cap = false;                // word: starts with an upper-case letter
  bool ordinal = false;            // number: with an ordinal suffix ("6th")
  bool decade = false;             // number: with a plural "s" ("1990s", "1990's")
  uint8_t digits = 0;              // number: how many digits (0 when grouped)
  int32_t number = -1;             // number: its value; -1 when grouped ("2,000") or too long
  char32_t cp = 0;                 // punct: the code point
  const TimeWord* word = nullptr;  // word: lexicon entry, null when the word has no role
};

// The first token at or after pos.
Tok lex_at(std::string_view text, uint32_t pos, const TimeLexicon& lexicon);

// The n bytes text[p, p+n) (ASCII letters, n <= 16) with the case bit set, zero-padded into
// 16 bytes: the time lexicon's packed key.
void pack_lower(std::string_view text, size_t p, size_t n, uint64_t key[2]);

// '-', and the Unicode hyphens and dashes (U+2010..U+2015, U+2212).
bool is_dash(char32_t cp);

}  // namespace casebook
