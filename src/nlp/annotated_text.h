// AnnotatedText: the nlp stage's output for one document — tokens, sentences, lower-cased
// forms, lemmas and time expressions — stand-off over the Document's text. It borrows the
// text: an AnnotatedText must not outlive the Document it was built from.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/word_interner.h"
#include "nlp/sentence_splitter.h"
#include "nlp/time_expression.h"
#include "nlp/tokenizer.h"

namespace casebook {

struct AnnotatedText {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;           // paragraph: a new one after every line break
  std::vector<uint32_t> sentence_of;         // token index -> sentence index
  std::vector<std::string_view> lower;       // token text lower-cased (views into lower_buf)
  std::vector<std::string_view> verb_lemma;  // lemma as a verb (lower-case)
  std::vector<std::string_view> noun_lemma;  // lemma as a noun (lower-case)
  // Every distinct lower-case form and lemma of the document has an id (in order of first
  // appearance), and equal ids mean equal strings: later stages compare ids and keep their
  // per-word answers in arrays by id instead of hashing the same word again.
  std::vector<std::string_view> words;  // id -> form
  WordInterner word_ids;                // form -> id
  std::vector<uint32_t> lower_id;       // token index -> id of lower[i]
  std::vector<uint32_t> verb_id;        // token index -> id of verb_lemma[i]
  std::vector<uint32_t> noun_id;        // token index -> id of noun_lemma[i]
  // id -> a later stage's byte for the word (annotate's word_note), where the annotator knew
  // it: 0 for a word it did not note (no word_note given, or a word this thread's lemma cache
  // does not hold: longer than 14 bytes, a single letter, not a word token).
  std::vector<uint8_t> word_notes;
  // id -> a later stage's byte for the word and its two lemmas (annotate's lemma_note), kept
  // and left 0 as word_notes are.
  std::vector<uint8_t> lemma_notes;
  std::vector<TimeExpression> times;
  std::vector<uint8_t> in_time;  // token index -> 1 when inside a time expression
  std::string lower_buf;         // storage for `lower`

  std::string_view token_text(size_t i) const {
    return text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
  }
  bool has(size_t i, uint16_t flag) const { return (tokens[i].flags & flag) != 0; }
  // Whether sentence si is a headline: a paragraph of one sentence with no closing stop
  // ("Police detain journalist at border", "The FBI Followed Me"). A line ending in ":" or ";"
  // leads into what follows and is none.
  bool is_headline(size_t si) const {
    const Sentence& s = sentences[si];
    if (s.end_token <= s.first_token) return false;
    const std::string_view last = token_text(s.end_token - 1);
    if (last == "." || last == "!" || last == "?" || last == ":" || last == ";") return false;
    return (si == 0 || sentences[si - 1].paragraph != s.paragraph) &&
           (si + 1 >= sentences.size() || sentences[si + 1].paragraph != s.paragraph);
  }
  // The index of the first token starting at or after byte b (tokens.size() when none): where
  // a span given in bytes (an event's trigger, a time expression) begins in tokens.
  uint32_t token_at(uint32_t b) const {
    return static_cast<uint32_t>(std::partition_point(tokens.begin(), tokens.end(),
                                                      [b](const Token& t) { return t.start < b; }) -
                                 tokens.begin());
  }
};

// What a later stage works out about a lower-cased word out of context, as a byte, never 0
// (the extract stage's common-mention reader: which of its tries the word may begin). It must
// answer the same for a word every time: the annotator keeps the byte in this thread's lemma
// cache, beside the word's lemmas, so each word is asked about once per thread, not once per
// page. It must not lemmatise: the annotator holds the word's cache slot while it asks, and a
// lookup of another word could move that slot.
using WordNote = uint8_t (*)(std::string_view lower);
// The same for what a later stage works out from a word and its verb and noun lemmas (the
// extract stage's event finder: whether any of the forms has trigger rows or begins a cue).
// Kept beside the WordNote's byte, under the same rules. Since it must not lemmatise while the
// annotator holds a slot, and a lexicon loaded on first use may lemmatise as it loads, the
// annotator calls it once with three empty views, holding no slot, whenever a thread is first
// given it: a lazy lexicon loads then.
using LemmaNote = uint8_t (*)(std::string_view lower, std::string_view verb, std::string_view noun);

// Runs the tokenizer, sentence splitter, lemmatiser and time-expression finder.
// `reference` is the document's reference date (year 0 when unknown). With a word_note,
// out->word_notes holds its byte for the words the lemma cache holds (see word_notes); with a
// lemma_note, out->lemma_notes the same way.
void annotate(std::string_view text, const CivilDate& reference, AnnotatedText* out,
              WordNote word_note = nullptr, LemmaNote lemma_note = nullptr);

}  // namespace casebook
