// Small classes of words the clause readers test around a trigger: forms of "be", adverbs
// inside a verb group, prepositions, modals and the words that open a yes-no question; and
// readings of the annotated text built on them (a form of "be" at a token, a verb between two
// tokens, the words after an interviewer's "Q:", the words qualifying a noun after "a").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/word_literal.h"
#include "nlp/annotated_text.h"

namespace casebook {

// A verb of seeing, whose object may be the subject of the verb after it ("saw police beat
// him", "filmed the men being beaten").
inline bool is_seeing_verb(std::string_view lemma) {
  return is_literal(lemma, "see") || is_literal(lemma, "watch") || is_literal(lemma, "witness") ||
         is_literal(lemma, "hear") || is_literal(lemma, "notice") || is_literal(lemma, "spot") ||
         is_literal(lemma, "film") || is_literal(lemma, "photograph") || is_literal(lemma, "show");
}

// "Mr. President, ...", "Madam Chair, ...": the office a speech addresses when the sentence
// opening at token `first` starts so, before token `end`; its token, else UINT32_MAX.
inline uint32_t addressed_office(const AnnotatedText& at, uint32_t first, uint32_t end) {
  const std::string_view w = at.lower[first];
  if (w != "mr" && w != "mr." && w != "madam" && w != "madame" && w != "mister") {
    return UINT32_MAX;
  }
  uint32_t t = first + 1;
  if (t < end && at.token_text(t) == ".") ++t;
  if (t + 1 >= end || at.token_text(t + 1) != ",") return UINT32_MAX;
  const std::string_view office = at.lower[t];
  const bool chair = office == "president" || office == "chair" || office == "chairperson" ||
                     office == "speaker";
  return chair ? t : UINT32_MAX;
}

inline bool is_be(std::string_view w) {
  return is_literal(w, "is") || is_literal(w, "are") || is_literal(w, "was") ||
         is_literal(w, "were") || is_literal(w, "be") || is_literal(w, "been") ||
         is_literal(w, "being") || is_literal(w, "get") || is_literal(w, "got") ||
         is_literal(w, "gets") || is_literal(w, "getting") || is_literal(w, "gotten") ||
         is_literal(w, "'s") || is_literal(w, "’s");
}

// Verbs whose past participle is their base form ("is put under house arrest", "were hit by
// rubber bullets", "had been shut down"): after a form of "be" they are participles, though
// the word is its own lemma.
inline bool is_same_form_participle(std::string_view w) {
  return w == "put" || w == "set" || w == "cut" || w == "hit" || w == "shut" || w == "hurt" ||
         w == "beat" || w == "cast" || w == "spread" || w == "let" || w == "burst" ||
         w == "broadcast" || w == "shed" || w == "split" || w == "thrust" || w == "upset";
}

// Words that may stand between an auxiliary and its participle ("was then publicly shamed").
inline bool is_adverb_like(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 2) == "ly") || w == "then" || w == "also" ||
         w == "later" || w == "not" || w == "n't" || w == "never" || w == "been" || w == "being" ||
         w == "again" || w == "still" || w == "already" || w == "soon" || w == "since" ||
         w == "once" || w == "twice" || w == "just" || w == "even" || w == "all" || w == "both" ||
         w == "often" || w == "sometimes" || w == "always" || w == "seldom";
}

inline bool is_dash(std::string_view w) { return w == "—" || w == "–" || w == "--"; }

// Nouns of a place of holding that an act noun can modify ("the pre-trial detention facility
// of the security service", "a detention centre"): the "of" after them names the keeper.
inline bool is_holding_place(std::string_view w) {
  return w == "facility" || w == "facilities" || w == "centre" || w == "center" || w == "centres" ||
         w == "centers" || w == "camp" || w == "camps" || w == "cell" || w == "cells" ||
         w == "unit" || w == "ward" || w == "conditions";
}

// Whether the act noun ending before token `end` modifies a place of holding named with its
// keeper ("detention facility of the security service"), so the "of" names no victim; `limit`
// ends the clause. Not after a participle ("detained", "holding").
inline bool names_a_holding_places_keeper(const AnnotatedText& at, uint32_t end, uint32_t limit) {
  return end > 0 && end + 1 < limit && is_holding_place(at.lower[end]) &&
         at.lower[end + 1] == "of" && !at.lower[end - 1].ends_with("ed") &&
         !at.lower[end - 1].ends_with("ing");
}

inline bool is_preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "to" || w == "with" || w == "for" ||
         w == "on" || w == "by" || w == "of" || w == "into" || w == "against" || w == "about" ||
         w == "near" || w == "outside" || w == "inside" || w == "under" || w == "over" ||
         w == "according" || w == "via" || w == "through" || w == "during";
}

inline bool is_modal(std::string_view w) {
  return is_literal(w, "could") || is_literal(w, "would") || is_literal(w, "might") ||
         is_literal(w, "may") || is_literal(w, "will") || is_literal(w, "shall") ||
         is_literal(w, "should") || is_literal(w, "can") || is_literal(w, "must") ||
         is_literal(w, "'ll") || is_literal(w, "’ll") || is_literal(w, "'d");
}

// A form of "be", "have" or "do", or a modal: the words that open a yes-no question ("Were
// you charged?", "Can you tell us how ...?").
inline bool opens_yes_no_question(std::string_view w) {
  return is_literal(w, "is") || is_literal(w, "are") || is_literal(w, "was") ||
         is_literal(w, "were") || is_literal(w, "has") || is_literal(w, "have") ||
         is_literal(w, "had") || is_literal(w, "do") || is_literal(w, "does") ||
         is_literal(w, "did") || is_modal(w);
}

// The first token after a label that marks a sentence as an interviewer's question ("Q:",
// "Question:"), when the sentence's words from token `first` open with one; else `first`.
inline uint32_t past_question_label(const AnnotatedText& at, uint32_t first, uint32_t end) {
  if (first + 2 >= end || at.token_text(first + 1) != ":") return first;
  const std::string_view label = at.token_text(first);
  return label == "Q" || label == "Question" || label == "QUESTION" ? first + 2 : first;
}

// "An Istanbul court", "a military court", "a court in Istanbul": the words that qualify the
// noun of the mention [first, end) when an indefinite article introduces it (capitalised words
// between the article and the mention, the mention's own words before its last, and "in" with
// the capitalised words after it), lower case, joined by spaces; "" when no "a" or "an" opens
// the phrase or no word qualifies the noun.
inline std::string indefinite_qualifier(const AnnotatedText& at, uint32_t first, uint32_t end) {
  uint32_t t = first;
  while (t > 0 && first - t < 3 && at.tokens[t - 1].kind == TokenKind::kWord &&
         at.has(t - 1, kCapitalized) && at.lower[t - 1] != "a" && at.lower[t - 1] != "an" &&
         at.lower[t - 1] != "the") {
    --t;
  }
  if (t == 0 || (at.lower[t - 1] != "a" && at.lower[t - 1] != "an")) return "";
  std::string qualifier;
  for (uint32_t k = t; k + 1 < end; ++k) {
    if (!qualifier.empty()) qualifier += ' ';
    qualifier += at.lower[k];
  }
  if (end + 1 < at.tokens.size() && at.lower[end] == "in" && at.has(end + 1, kCapitalized)) {
    if (!qualifier.empty()) qualifier += ' ';
    qualifier += "in";
    for (uint32_t k = end + 1; k < at.tokens.size() && k < end + 4 && at.has(k, kCapitalized); ++k) {
      qualifier += ' ';
      qualifier += at.lower[k];
    }
  }
  return qualifier;
}

// A form of "be" at token t, but not the possessive "'s" ("the party's treasurer").
inline bool be_at(const AnnotatedText& at, uint32_t t) {
  return is_be(at.lower[t]) && !at.has(t, kPossessive);
}

// A finite verb between tokens a and b: a form of "be" or "have", or an inflected -ed verb.
// It tells a clause ("they banned the paper, and police detained her") from a list ("X, Y,
// and Z were").
inline bool verb_between(const AnnotatedText& at, uint32_t a, uint32_t b) {
  for (uint32_t t = a; t < b; ++t) {
    std::string_view w = at.lower[t];
    if (be_at(at, t) || w == "has" || w == "have" || w == "had") return true;
    if (w.size() > 3 && w.substr(w.size() - 2) == "ed" && at.verb_lemma[t] != w &&
        at.has(t, kLowerCase)) {
      return true;
    }
  }
  return false;
}

}  // namespace casebook
