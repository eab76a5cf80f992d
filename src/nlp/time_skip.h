// Where the time-expression scanner may jump ahead: stretches of a page that cannot hold the
// start of an expression, found on the tokenizer's tokens so that the scanner need not lex
// them a second time. Internal to src/nlp (annotate uses it).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/time_expression.h"
#include "nlp/tokenizer.h"

namespace casebook {

// A word's class to the scanner out of context (lower-cased; see find_time_skips): never 0,
// so that 0 may mark a word not yet classified. The annotator keeps it in the lemma cache, so
// that a word is classified once per thread rather than once per page.
uint8_t time_word_class(std::string_view lower);

// Replaces *out with the jumps for text and its tokens, in order. lower[i] is token i
// lower-cased and lower_id[i] its word id, as AnnotatedText holds them; an ASCII token's lower
// form lies at its own offsets from lower_base (AnnotatedText::lower_buf). word_classes holds
// time_word_class by word id, 0 where not yet known (filled in here as needed).
//
// A stretch is a run of tokens, with only ASCII white space between them, in which the
// scanner's own tokens are all plain: ASCII words with no core role in the time lexicon
// (TimeWord::core) and ASCII punctuation, nothing glued to a digit or to another script.
// When a stretch holds two words in a row with no entry at all ("police arrested"), after at
// least one token more, the scanner may jump from anywhere in the stretch to just before the
// two: no expression can start before them (time_parser.h says why), and reading the two
// sets the context (the two tokens before) as if every token had been read.
void find_time_skips(std::string_view text, const std::vector<Token>& tokens,
                     const std::vector<std::string_view>& lower, const char* lower_base,
                     const std::vector<uint32_t>& lower_id, std::vector<uint8_t>* word_classes,
                     std::vector<TimeSkip>* out);

}  // namespace casebook
