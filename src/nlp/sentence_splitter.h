// Sentence splitter: groups the tokenizer's tokens into sentences and paragraphs, deciding at
// each period whether it ends a sentence (abbreviations, initials, "U.S." at a sentence end).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/tokenizer.h"

namespace casebook {

struct Sentence {
  uint32_t start = 0, end = 0;              // byte span (trimmed)
  uint32_t first_token = 0, end_token = 0;  // token index range [first, end)
  uint32_t paragraph = 0;                   // index of the paragraph (blank-line separated)
};

// Splits tokens (from tokenize(text)) into sentences, replacing the contents of *out. Every
// token belongs to exactly one sentence.
//
// A sentence ends:
// - at . ! ? ... … (with the closing quotes and brackets right after), unless a lower-case word,
//   a comma or similar follows ("“Why?” she asked."), or the next token is glued on ("hrw.org"),
//   or the period closes a list number at a line start ("1. Introduction");
// - always at a paragraph break (blank line);
// - at a line break after a short line with no final punctuation (a title or a byline). In
//   hard-wrapped text (many lines continue with a lower-case word) "short" means under 60% of
//   the wrap width; otherwise up to 150 bytes.
// It does not end at titles ("Dr."), initials ("J. Smith"), inner abbreviations ("No. 5",
// "e.g.") unless a sentence starter follows ("vitamin C. The", "... as I. He").
// "final" abbreviations ("U.S.", "etc.", "Inc.") end the sentence when the next word is
// capitalised and either a sentence starter ("the U.S. He said") or, Punkt-style, a word this
// document also writes in lower case and not followed by another capitalised word ("the U.S.
// Police said" when "police" occurs; not "the U.S. State Department", not "U.S. Congress").
// Thread-safe; allocates only for *out and, when a final abbreviation needs it, one table.
void split_sentences(std::string_view text, const std::vector<Token>& tokens,
                     std::vector<Sentence>* out);

}  // namespace casebook
