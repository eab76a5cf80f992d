// The event trigger lexicon (data/events/triggers.tsv), the event types with their CAMEO codes
// (data/events/types.tsv) and the context cues (data/events/cues.tsv): lookups by lemma and the
// phrase matcher. The file headers of those TSVs define the columns and the matching semantics.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace casebook {

// One row of triggers.tsv. Every view points into the embedded data and lives for the program.
struct TriggerEntry {
  std::string_view type;         // "arrest_detention"
  std::string_view pos;          // "verb" | "noun" | "phrase" | "adj"
  std::string_view voice;        // "passive" | "active" | "any"
  std::string_view victim_slot;  // "object" | "subject" | "of" | "possessor" | "none"
  std::string_view outcome;      // e.g. "convicted", "rejected"; "" if none
  std::string_view cameo;        // the row's override, else the type's default; "" for no code
  // The `requires` column: context lemmas, any of which must occur in the clause. (Not named
  // `requires`, a C++20 keyword.)
  std::vector<std::string_view> requires_any;
  std::vector<std::string_view> words;  // the lemma sequence ("*" = gap); one word if single
  std::string_view text;                // the lemma_or_phrase column as written
  std::string_view comment;
  uint32_t row;  // line number in triggers.tsv, for the rule id
};

// One row of cues.tsv.
struct CueEntry {
  std::string_view phrase;  // as written: "threatened with"
  std::string_view kind;    // "negation" | "hypothetical" | "generic" | "reprisal" | "charge" ...
  std::vector<std::string_view> words;
  uint32_t row;
};

// Every lexicon entry filed under one word: what single(), phrases_starting() and
// cues_starting() would give for it, found with one lookup.
struct TriggerWordHits {
  std::span<const TriggerEntry*const> verbs, nouns, adjs, phrases;
  std::span<const CueEntry* const> cues;
};

// A word of a phrase row after its first that matches one token (not a gap or a negation):
// the distinct forms a token's lemma may have to match it (as written, verb lemma, noun lemma;
// `count` of them), each with its short_string_hash.
struct PhraseWordForms {
  std::string_view forms[3];
  uint64_t hashes[3] = {};
  uint32_t count = 0;
};

// Loaded once, on first use; immutable afterwards, so one instance is shared by all threads.
// Token sequences passed in are lower-case, one entry per token, holding the token's lemma
// (its surface form works too: words are compared through the lemmatiser).
class TriggerLexicon {
 public:
  static const TriggerLexicon& instance();

  // Triggers whose single word equals `lemma` for this pos ("verb", "noun" or "adj").
  std::span<const TriggerEntry* const> single(std::string_view lemma, std::string_view pos) const;
  // Phrases whose first word is `lemma` (indexed also under that word's verb and noun lemmas;
  // any negation, "never" or "wasn't", finds the phrases starting with "not"). The caller checks
  // the rest with match_phrase.
  std::span<const TriggerEntry* const> phrases_starting(std::string_view lemma) const;
  // single(word, "verb"), single(word, "noun"), single(word, "adj"), phrases_starting(word)
  // and cues_starting(word) at once: the event finder asks all of them for every word.
  TriggerWordHits hits(std::string_view word) const;
  // Tries the phrase of `e` at lemmas[i..]; returns how many tokens it spans, or 0. A gap "*"
  // takes one word (with a following possessive "'s") if the rest still matches, else none, so
  // the longest match wins; it never takes punctuation or a negation. "not" matches "not",
  // "never", "cannot" and any contraction in n't ("wasn't", as the tokenizer keeps it whole).
  // With lemmatize false, `lemmas` must already be lemmas (the pipeline's fast path: no word
  // is lemmatised again).
  int match_phrase(const TriggerEntry& e, std::span<const std::string_view> lemmas, size_t i,
                   bool lemmatize = true) const;
  // The words of row e's phrase after its first that each match one token
  // (PhraseWordForms): match_phrase(e, lemmas, i, false) matches only where each of them is
  // the lemma of a token inside the span it returns. Empty for a one-word row, and for a row
  // not of the lexicon.
  std::span<const PhraseWordForms> phrase_later_words(const TriggerEntry& e) const;
  // True when `e` has no `requires`, or one of its words occurs among `clause_lemmas`.
  bool requires_met(const TriggerEntry& e, std::span<const std::string_view> clause_lemmas) const;

  // The type's default CAMEO code ("173"), or "" for an unknown type.
  std::string_view cameo_of(std::string_view type) const;
  // "repression" or "response", or "" for an unknown type.
  std::string_view group_of(std::string_view type) const;
  // The 23 types, in the order of types.tsv.
  std::span<const std::string_view> types() const;
  // Every trigger row, in file order.
  std::span<const TriggerEntry> entries() const;

  // The kind of a cue ("hypothetical"), or "". Matches the cue as written, or after reducing
  // each word to its lemma, so "threatens with" finds "threatened with".
  std::string_view cue(std::string_view lower_phrase) const;
  // The cues of one kind, as written in cues.tsv.
  std::span<const std::string_view> cues_of_kind(std::string_view kind) const;
  // Cues whose first word is `lemma` (indexed like phrases_starting).
  std::span<const CueEntry* const> cues_starting(std::string_view lemma) const;
  // Tries cue `c` at lemmas[i..] with the phrase rules; returns the tokens spanned, or 0.
  int match_cue(const CueEntry& c, std::span<const std::string_view> lemmas, size_t i,
                bool lemmatize = true) const;
  // Every cue, in cues.tsv order (cues_starting and hits point into it), for answers kept by
  // cue.
  std::span<const CueEntry> cues() const;
  // The forms (as written, verb lemma, noun lemma) one of which the token after the first must
  // have for match_cue(c, lemmas, i, false) to match; false when any token may follow (a gap
  // or a negation second, a one-word cue) or `c` is not one of the lexicon's cues. With
  // `hashes`, also each form's short_string_hash (hashes[0..3)), kept from the load, so that a
  // caller can look the forms up by hash without reading them.
  bool cue_second_forms(const CueEntry& c, std::string_view forms[3],
                        uint64_t* hashes = nullptr) const;

  TriggerLexicon(const TriggerLexicon&) = delete;
  TriggerLexicon& operator=(const TriggerLexicon&) = delete;

 private:
  TriggerLexicon();
  ~TriggerLexicon();
  struct Tables;
  Tables* t_;
};

}  // namespace casebook
